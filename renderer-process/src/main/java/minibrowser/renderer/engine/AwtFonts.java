package minibrowser.renderer.engine;

import java.awt.Font;

/**
 * The AWT font for a {@link TextStyle}: the bundled face of its family (see
 * {@link FontFaces}). Text is measured and drawn through a {@link FontChain}, which adds
 * glyph-by-glyph fallback; this is the chain's first font, kept for code that needs
 * only one font (metrics, a single Latin label).
 */
public final class AwtFonts {

    private AwtFonts() {}

    /** The primary font that draws {@code style}. */
    public static Font of(TextStyle style) {
        return FontChain.of(style).primary();
    }

    /** The fonts that draw {@code style}, with fallback for characters the first one lacks. */
    public static FontChain chain(TextStyle style) {
        return FontChain.of(style);
    }
}
