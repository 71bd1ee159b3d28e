package minibrowser.renderer.engine.animation;

/** {@code opacity}: a number or a percentage, clamped to [0, 1]; anything unreadable is 1. */
public final class Opacity {
    private Opacity() {}

    /** The opacity {@code text} names, in [0, 1] (1 when it is not a number). */
    public static double parse(String text) {
        if (text == null) return 1;
        String t = text.trim();
        try {
            double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1)) / 100 : Double.parseDouble(t);
            return Double.isNaN(v) ? 1 : Math.max(0, Math.min(1, v));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
