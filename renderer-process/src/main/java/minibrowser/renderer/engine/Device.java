package minibrowser.renderer.engine;

/**
 * How text is measured on the target device. Layout works in CSS pixels and asks
 * the device only these questions, so the same layout code serves a pixel screen
 * and a terminal whose characters sit on a grid of cells.
 *
 * <p>Implementations must be pure: the same question always gets the same answer.
 */
public interface Device {

    /** The advance width of {@code text} in CSS px when drawn in {@code style}. */
    int textWidth(String text, TextStyle style);

    /**
     * The advance width of {@code text} unrounded, for devices whose glyphs have fractional
     * advances: inline layout adds these up along a line and rounds only where each piece
     * starts, so a line of many words does not drift from what is drawn. By default the
     * whole-pixel {@link #textWidth}.
     */
    default double textAdvance(String text, TextStyle style) {
        return textWidth(text, style);
    }

    /** The height of one line of text in {@code style} (CSS {@code line-height: normal}), in CSS px. */
    int lineHeight(TextStyle style);

    /** The distance from the top of a line of {@code lineHeight(style)} to its baseline, in CSS px. */
    int ascent(TextStyle style);

    /**
     * Adjusts a line height chosen by CSS to what the device can show. A pixel device
     * keeps it; the terminal makes it whole cell rows.
     */
    default int snapLineHeight(int lineHeight) {
        return Math.max(1, lineHeight);
    }

    /**
     * Adjusts the space between blocks (a collapsed vertical margin) to what the device
     * can show. A pixel device keeps it; the terminal rounds it to whole rows (half a
     * row or less counts as none), so that text stays on the cell grid.
     */
    default int snapVerticalMargin(int margin) {
        return margin;
    }

    /** A Java2D device: antialiased fonts measured with a FontRenderContext (works headless). */
    static Device pixels() {
        return new PixelDevice();
    }

    /**
     * A terminal device: one cell is 8 CSS px wide and 16 CSS px tall; every code point
     * is one cell wide except East Asian wide characters (Hangul, CJK, fullwidth forms),
     * which take two; line heights are whole rows, so text lands exactly on cell rows.
     */
    static Device cells() {
        return new CellDevice();
    }
}
