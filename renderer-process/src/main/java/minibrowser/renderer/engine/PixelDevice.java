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

    /** Antialiased, integer metrics: layout positions are whole CSS pixels anyway. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);
    /** Chains by style; there are at most a few thousand styles (3 families, 4 faces, sizes 1..1000). */
    private final Map<TextStyle, FontChain> chains = new ConcurrentHashMap<>();

    private FontChain chain(TextStyle style) {
        return chains.computeIfAbsent(style, FontChain::of);
    }

    @Override
    public int textWidth(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        return (int) Math.round(chain(style).advance(text, CONTEXT));
    }

    @Override
    public int lineHeight(TextStyle style) {
        // CSS "line-height: normal" is about 1.2 times the font size in every browser
        // (Liberation's own ascent + descent is 1.15).
        return (int) Math.round(style.size() * 1.2);
    }

    @Override
    public int ascent(TextStyle style) {
        LineMetrics metrics = chain(style).primary().getLineMetrics("Hg", CONTEXT);
        float glyphHeight = metrics.getAscent() + metrics.getDescent();
        float halfLeading = (lineHeight(style) - glyphHeight) / 2f;
        return Math.round(halfLeading + metrics.getAscent());
    }
}
