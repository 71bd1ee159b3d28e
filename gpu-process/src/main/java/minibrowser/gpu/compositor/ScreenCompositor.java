package minibrowser.gpu.compositor;

import java.util.List;
import minibrowser.common.frame.CellGrid;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.PageMark;

/**
 * Composes the whole terminal screen: the browser UI around the active tab's page
 * and its plugin surfaces.
 *
 * <pre>
 *   row 0            tab strip     {@link TabStrip}
 *   row 1            address bar   {@link AddressBar}
 *   rows 2 .. n-2    page area     {@link PageArea} (page cells, surfaces, or overlay lines),
 *                                  its last rows under a {@link DockedPanel} when one is shown
 *   row n-1          status line   {@link StatusLine}
 * </pre>
 *
 * <p>A screen too small for all four parts keeps them in this order of priority:
 * tab strip, status line, address bar, page.
 *
 * <p>Pure: each call builds a new grid from its arguments and keeps nothing. A
 * {@link minibrowser.gpu.display.TerminalPresenter} then sends only what changed.
 */
public final class ScreenCompositor {

    /** The rows the UI takes around the page area: tab strip, address bar, status line. */
    public static final int UI_ROWS = 3;

    private final TabStrip tabStrip = new TabStrip();
    private final AddressBar addressBar = new AddressBar();
    private final BookmarksBar bookmarksBar = new BookmarksBar();
    private final PageArea pageArea = new PageArea();
    private final StatusLine statusLine = new StatusLine();
    private final DockedPanel panel = new DockedPanel();

    /**
     * The cells of the page area on a screen of {@code columns} x {@code rows}: the
     * size a renderer should lay out its page for.
     */
    public static CellRect pageArea(int columns, int rows) {
        return pageArea(columns, rows, false);
    }

    /** The page area, one row lower and shorter when the bookmarks bar is shown under the address bar. */
    public static CellRect pageArea(int columns, int rows, boolean bookmarksBar) {
        int bar = bookmarksBar ? 1 : 0;
        return new CellRect(0, 2 + bar, Math.max(0, columns), Math.max(0, rows - UI_ROWS - bar));
    }

    /** The index of the tab the strip shows at {@code column} on a screen {@code columns} wide, or -1. */
    public int tabAt(int columns, BrowserUi ui, int column) {
        return tabStrip.tabAt(columns, ui, column);
    }

    /**
     * Composes one screen.
     *
     * @param columns the screen's width in cells
     * @param rows the screen's height in cells
     * @param ui the browser UI: tabs, address, status, overlay lines
     * @param pageOrNull the active tab's page cells (normally {@link #pageArea} sized), or
     *     null when it has presented none yet: the page area is then white
     * @param surfaces the plugin surfaces of the active tab, placed in page-area cells
     * @return a new grid of {@code columns} x {@code rows}
     * @throws IllegalArgumentException if {@code columns} or {@code rows} is negative
     */
    public CellGrid compose(int columns, int rows, BrowserUi ui, CellGrid pageOrNull, List<PlacedSurface> surfaces) {
        return compose(columns, rows, ui, pageOrNull, surfaces, ui.getMarksScrollY());
    }

    /**
     * Composes one screen whose page frame is scrolled to {@code pageScrollY} (CSS px).
     * The browser's page marks are drawn only when they were measured at that same
     * offset: marks from before a scroll would sit on the wrong lines.
     */
    public CellGrid compose(int columns, int rows, BrowserUi ui, CellGrid pageOrNull, List<PlacedSurface> surfaces,
                            int pageScrollY) {
        CellGrid screen = new CellGrid(columns, rows);
        CellCanvas canvas = new CellCanvas(screen);
        if (rows >= 1) {
            tabStrip.draw(canvas, 0, ui);
        }
        if (rows >= 2) {
            statusLine.draw(canvas, rows - 1, ui);
        }
        if (rows >= 3) {
            addressBar.draw(canvas, 1, ui);
        }
        boolean bar = ui.getBookmarksBarCount() > 0 && rows > UI_ROWS + 1;
        if (bar) bookmarksBar.draw(canvas, 2, ui);
        if (rows > UI_ROWS) {
            List<PageMark> marks = ui.getMarksScrollY() == pageScrollY ? ui.getPageMarksList() : List.of();
            CellRect area = pageArea(columns, rows, bar);
            // A docked panel takes the page area's last rows; the page (or overlay) keeps the rest.
            int panelRows = DockedPanel.rows(ui.getPanelLinesList(), area);
            CellRect above = new CellRect(area.column(), area.row(), area.width(), area.height() - panelRows);
            pageArea.draw(canvas, above, pageOrNull, surfaces, ui.getOverlayLinesList(), marks);
            if (panelRows > 0) {
                panel.draw(canvas, new CellRect(area.column(), above.endRow(), area.width(), panelRows), ui.getPanelLinesList());
            }
        }
        return screen;
    }
}
