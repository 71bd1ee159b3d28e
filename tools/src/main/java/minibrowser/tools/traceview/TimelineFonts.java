package minibrowser.tools.traceview;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The fonts of the picture, read from TrueType files on the classpath (the renderer's
 * bundled Liberation Sans) rather than asked of the machine, so the tool draws text on a
 * server with no fonts and no fontconfig, and draws the same text everywhere. If a file is
 * missing, Java's logical sans-serif font stands in.
 */
final class TimelineFonts {
    private static final String REGULAR = "/minibrowser/renderer/engine/fonts/LiberationSans-Regular.ttf";
    private static final String BOLD = "/minibrowser/renderer/engine/fonts/LiberationSans-Bold.ttf";
    static final float LABEL_SIZE = 11f;
    static final float SLICE_SIZE = 10f;

    /** Lane labels, process headers, and names inside slices. */
    record Fonts(Font label, Font header, Font slice) {
    }

    private static volatile Fonts loaded;

    private TimelineFonts() {
    }

    static Fonts get() {
        Fonts fonts = loaded;
        if (fonts == null) {
            Font regular = load(REGULAR, Font.PLAIN);
            Font bold = load(BOLD, Font.BOLD);
            fonts = new Fonts(regular.deriveFont(LABEL_SIZE), bold.deriveFont(LABEL_SIZE), regular.deriveFont(SLICE_SIZE));
            loaded = fonts;
        }
        return fonts;
    }

    private static Font load(String resource, int fallbackStyle) {
        try (InputStream in = TimelineFonts.class.getResourceAsStream(resource)) {
            if (in != null) return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException unusable) {
            // fall back below
        }
        return new Font(Font.SANS_SERIF, fallbackStyle, 1);
    }
}
