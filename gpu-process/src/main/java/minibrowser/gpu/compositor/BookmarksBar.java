package minibrowser.gpu.compositor;

import minibrowser.proto.BrowserUi;

/**
 * Draws the bookmarks bar, one row under the address bar: the first bookmarks' titles as
 * the browser numbered them ("1 Alpha   2 Beta"), as many as fit, on the address bar's
 * background. The browser sends the bar only when there are bookmarks.
 */
final class BookmarksBar {
    /** Cells between two bookmarks. */
    private static final int GAP = 3;

    /** Draws the bar into {@code row} of the canvas. */
    void draw(CellCanvas canvas, int row, BrowserUi ui) {
        CellRect clip = canvas.clip();
        canvas.fill(new CellRect(clip.column(), row, clip.width(), 1), UiColors.TEXT, UiColors.ADDRESS_BACKGROUND);
        int column = clip.column() + 1;
        int end = clip.column() + clip.width();
        for (String bookmark : ui.getBookmarksBarList()) {
            if (column >= end) break;
            column += canvas.text(column, row, bookmark, end - column, UiColors.TEXT, UiColors.ADDRESS_BACKGROUND) + GAP;
        }
    }
}
