package minibrowser.browser;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

/**
 * How this browser shows pages: in the terminal (renderers raster terminal cells)
 * or headless (renderers raster pixels, for screenshots).
 *
 * @param viewportWidth  the page area in CSS pixels
 * @param viewportHeight the page area in CSS pixels
 * @param columns        the terminal's size in cells (0 when headless)
 */
public record DisplayMode(boolean terminal, int viewportWidth, int viewportHeight, int columns, int rows, boolean truecolor) {
    /** The terminal device's cell in CSS pixels; must match the renderer's cell device. */
    /** Rows the browser UI takes: tab strip, address bar, status line. */
    static final int UI_ROWS = 3;

    public static DisplayMode headless(int width, int height) {
        return new DisplayMode(false, width, height, 0, 0, true);
    }

    public static DisplayMode terminal(int columns, int rows, boolean truecolor) {
        int pageRows = Math.max(1, rows - UI_ROWS);
        return new DisplayMode(true, columns * CELL_WIDTH, pageRows * CELL_HEIGHT, columns, rows, truecolor);
    }

    /** The renderer's --device switch value. */
    String device() {
        return terminal ? "cells" : "pixels";
    }
}
