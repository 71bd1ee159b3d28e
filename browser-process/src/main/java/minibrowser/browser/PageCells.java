package minibrowser.browser;

import minibrowser.common.frame.CellGeometry;
import minibrowser.proto.Rect;

/**
 * The page area in terminal cells, for checking rectangles a renderer reports:
 * the browser does not take them on trust, so every one is cut to the page area
 * (a renderer that says a link is at column 10 000 gets it drawn nowhere).
 *
 * @param columns the page area's width in cells
 * @param rows the page area's height in cells
 */
record PageCells(int columns, int rows) {

    static PageCells of(DisplayMode display) {
        return new PageCells(CellGeometry.columnsIn(display.viewportWidth()),
                CellGeometry.rowsIn(display.viewportHeight()));
    }

    /** {@code rect} cut to the page area, or null when nothing of it is inside. */
    Rect clamp(Rect rect) {
        long left = Math.max(0, rect.getX());
        long top = Math.max(0, rect.getY());
        long right = Math.min(columns, (long) rect.getX() + Math.max(0, rect.getWidth()));
        long bottom = Math.min(rows, (long) rect.getY() + Math.max(0, rect.getHeight()));
        if (left >= right || top >= bottom) return null;
        return Rect.newBuilder().setX((int) left).setY((int) top)
                .setWidth((int) (right - left)).setHeight((int) (bottom - top)).build();
    }
}
