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
 * @param bookmarksBar   true while the bookmarks bar takes a row of the terminal
 */
public record DisplayMode(boolean terminal, int viewportWidth, int viewportHeight, int columns, int rows, boolean truecolor,
                          boolean bookmarksBar) {
    /** The terminal device's cell in CSS pixels; must match the renderer's cell device. */
    /** Rows the browser UI takes: tab strip, address bar, status line. */
    static final int UI_ROWS = 3;

    public static DisplayMode headless(int width, int height) {
        return new DisplayMode(false, width, height, 0, 0, true, false);
    }

    public static DisplayMode terminal(int columns, int rows, boolean truecolor) {
        return terminal(columns, rows, truecolor, false);
    }

    private static DisplayMode terminal(int columns, int rows, boolean truecolor, boolean bookmarksBar) {
        int pageRows = Math.max(1, rows - UI_ROWS - (bookmarksBar ? 1 : 0));
        return new DisplayMode(true, columns * CELL_WIDTH, pageRows * CELL_HEIGHT, columns, rows, truecolor, bookmarksBar);
    }

    /** The same terminal with the bookmarks bar shown or not (a terminal's page is a row shorter with it). */
    DisplayMode withBookmarksBar(boolean shown) {
        return terminal && shown != bookmarksBar ? terminal(columns, rows, truecolor, shown) : this;
    }

    /** The page area's rows in the terminal. */
    int pageRows() {
        return Math.max(1, rows - UI_ROWS - (bookmarksBar ? 1 : 0));
    }

    /** The screen row where the page starts: under the tab strip, the address bar and the bookmarks bar if shown. */
    public int pageTop() {
        return bookmarksBar ? 3 : 2;
    }

    /** The renderer's --device switch value. */
    String device() {
        return terminal ? "cells" : "pixels";
    }
}
