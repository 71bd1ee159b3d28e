package minibrowser.renderer.engine;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Java2D {@link Device}: measures text with the engine's bundled fonts through a
 * {@link FontChain} (glyph-by-glyph fallback) and an antialiased
 * {@link FontRenderContext}, which needs no screen.
 * {@link minibrowser.renderer.engine.raster.PixelRaster} draws with the same chains and
 * the same rendering context, so what layout measured is what gets drawn.
 *
 * <p>Thread-safe: its only state is a cache of font chains, each immutable.
 */
final class PixelDevice implements Device {

    /**
     * Antialiased, fractional metrics: glyph advances as the font file gives them, not
     * rounded glyph by glyph. Chromium on Linux lays text out the same way (a 54-letter line
     * of 16px Liberation Serif is 376.38 px there; rounded advances made it 357).
     */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** Chains by style; there are at most some thousands (6 families, 4 faces, sizes 1..1000). */
    private final Map<TextStyle, FontChain> chains = new ConcurrentHashMap<>();

    private FontChain chain(TextStyle style) {
        return chains.computeIfAbsent(style, FontChain::of);
    }

    @Override
    public double textAdvance(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        return chain(style).advance(text, CONTEXT);
    }

    @Override
    public int textWidth(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        return (int) Math.round(chain(style).advance(text, CONTEXT));
    }

    /**
     * CSS {@code line-height: normal} as Chromium computes it: the primary font's ascent,
     * descent and line gap at this size, each rounded to whole pixels, added up (16 px
     * Liberation Serif or Sans: 14 + 3 + 1 = 18 px; 13 px Liberation Mono: 11 + 4 = 15 px).
     */
    @Override
    public int lineHeight(TextStyle style) {
        LineMetrics metrics = chain(style).primary().getLineMetrics("Hg", CONTEXT);
        int height = Math.round(metrics.getAscent()) + Math.round(metrics.getDescent()) + Math.round(metrics.getLeading());
        return Math.max(1, height);
    }

    @Override
    public int ascent(TextStyle style) {
        LineMetrics metrics = chain(style).primary().getLineMetrics("Hg", CONTEXT);
        float glyphHeight = metrics.getAscent() + metrics.getDescent();
        float halfLeading = (lineHeight(style) - glyphHeight) / 2f;
        return Math.round(halfLeading + metrics.getAscent());
    }
}
