package minibrowser.renderer.engine;

import java.awt.Font;
import java.util.EnumMap;
import java.util.Map;

/**
 * The AWT font for a {@link TextStyle}: the JDK's logical fonts Serif, SansSerif and
 * Monospaced. The pixel device measures with these and the pixel rasterizer draws with
 * them, so what layout measured is what gets drawn.
 */
public final class AwtFonts {

    private static final Map<TextStyle.Family, String> NAMES = new EnumMap<>(Map.of(
            TextStyle.Family.SERIF, Font.SERIF,
            TextStyle.Family.SANS_SERIF, Font.SANS_SERIF,
            TextStyle.Family.MONOSPACE, Font.MONOSPACED));

    private AwtFonts() {}

    /** The font that draws {@code style}. */
    public static Font of(TextStyle style) {
        int awtStyle = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
        return new Font(NAMES.get(style.family()), awtStyle, style.size());
    }
}
