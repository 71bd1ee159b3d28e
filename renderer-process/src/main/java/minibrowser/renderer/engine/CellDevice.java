package minibrowser.renderer.engine;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

/**
 * The terminal {@link Device}: text sits on a grid of cells 8 CSS px wide and 16 CSS px
 * tall. Every code point takes one cell, East Asian wide characters two. Line heights
 * are whole rows, so consecutive lines of text fall on consecutive rows of cells.
 *
 * <p>Immutable and thread-safe.
 */
final class CellDevice implements Device {

    @Override
    public int textWidth(String text, TextStyle style) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += CellWidths.cellsOf(cp) * CELL_WIDTH;
            i += Character.charCount(cp);
        }
        return width;
    }

    @Override
    public int lineHeight(TextStyle style) {
        // One row for body text; big headings take as many rows as their size needs.
        int rows = Math.max(1, (style.size() + CELL_HEIGHT / 2) / CELL_HEIGHT);
        return rows * CELL_HEIGHT;
    }

    @Override
    public int ascent(TextStyle style) {
        // The baseline sits in the last row of the line, 4 px above its bottom.
        return lineHeight(style) - 4;
    }

    /**
     * Whole rows, rounding down (at least one): a terminal cannot show a 1.6 line
     * height, and rounding up would double-space every paragraph that asks for one.
     */
    @Override
    public int snapLineHeight(int lineHeight) {
        return Math.max(1, lineHeight / CELL_HEIGHT) * CELL_HEIGHT;
    }

    @Override
    public int snapVerticalMargin(int margin) {
        return Math.floorDiv(margin + CELL_HEIGHT / 2 - 1, CELL_HEIGHT) * CELL_HEIGHT;
    }
}
