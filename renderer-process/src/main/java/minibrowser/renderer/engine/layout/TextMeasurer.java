package minibrowser.renderer.engine.layout;

import java.util.HashMap;
import java.util.Map;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.TextStyle;

/**
 * Asks the {@link Device} for text widths and remembers the answers for the rest of
 * one layout (the same words recur a lot). One per layout pass, used by one thread.
 */
final class TextMeasurer {

    private record Key(String text, TextStyle style) {}

    private static final int MAX_ENTRIES = 50_000;

    private final Device device;
    private final Map<Key, Double> advances = new HashMap<>();

    TextMeasurer(Device device) {
        this.device = device;
    }

    Device device() {
        return device;
    }

    /** The advance width of {@code text} in {@code style}, in whole px (the advance, rounded). */
    int width(String text, TextStyle style) {
        return (int) Math.round(advance(text, style));
    }

    /** The unrounded advance of {@code text} in {@code style} ({@link Device#textAdvance}). */
    double advance(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        Key key = new Key(text, style);
        Double known = advances.get(key);
        if (known != null) return known;
        double a = device.textAdvance(text, style);
        if (advances.size() < MAX_ENTRIES) advances.put(key, a);
        return a;
    }
}
