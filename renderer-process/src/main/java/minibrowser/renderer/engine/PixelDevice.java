package minibrowser.renderer.engine;

import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * The Java2D {@link Device}: measures text with the logical fonts Serif, SansSerif and
 * Monospaced through an antialiased {@link FontRenderContext}, which needs no screen.
 * {@link minibrowser.renderer.engine.raster.PixelRaster} draws with the same fonts
 * (see {@link AwtFonts}), so what layout measured is what gets drawn.
 *
 * <p>Immutable and thread-safe.
 */
final class PixelDevice implements Device {

    /** Antialiased, integer metrics: layout positions are whole CSS pixels anyway. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

    @Override
    public int textWidth(String text, TextStyle style) {
        if (text.isEmpty()) return 0;
        return (int) Math.round(AwtFonts.of(style).getStringBounds(text, CONTEXT).getWidth());
    }

    @Override
    public int lineHeight(TextStyle style) {
        // CSS "line-height: normal" is about 1.2 times the font size in every browser.
        return (int) Math.round(style.size() * 1.2);
    }

    @Override
    public int ascent(TextStyle style) {
        LineMetrics metrics = AwtFonts.of(style).getLineMetrics("Hg", CONTEXT);
        float glyphHeight = metrics.getAscent() + metrics.getDescent();
        float halfLeading = (lineHeight(style) - glyphHeight) / 2f;
        return Math.round(halfLeading + metrics.getAscent());
    }
}
