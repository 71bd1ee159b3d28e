package minibrowser.gpu.compositor;

import java.util.List;
import minibrowser.common.frame.CellGrid;
import minibrowser.proto.PageMark;

/**
 * Draws the page area: the active tab's page cells with its plugin surfaces on
 * top, or, when the browser asks for it, overlay lines instead of the page.
 *
 * <p>The page grid is the renderer's, already sized to the area; one of another
 * size (a frame from before a resize) is cut at the area's edges or padded with
 * white. Surface rectangles are relative to the area's top-left cell.
 */
final class PageArea {

    private final OverlayBox overlay = new OverlayBox();
    private final HalfBlockPainter halfBlocks = new HalfBlockPainter();
    private final PageMarks marks = new PageMarks();

    /**
     * Draws into {@code area} (grid coordinates).
     *
     * @param pageOrNull the page's cells, or null when the tab has presented none yet
     * @param overlayLines when not empty, shown instead of the page and its surfaces
     * @param pageMarks highlights and hint labels over the page (empty: none)
     */
    void draw(CellCanvas canvas, CellRect area, CellGrid pageOrNull, List<PlacedSurface> surfaces,
              List<String> overlayLines, List<PageMark> pageMarks) {
        CellCanvas page = canvas.clippedTo(area);
        if (!overlayLines.isEmpty()) {
            overlay.draw(page, area, overlayLines);
            return;
        }
        page.fill(area, CellGrid.DEFAULT_FG, UiColors.PAGE_BACKGROUND);
        if (pageOrNull != null) {
            page.copy(pageOrNull, area.column(), area.row());
        }
        for (PlacedSurface surface : surfaces) {
            halfBlocks.draw(page, surface.cellRect().translate(area.column(), area.row()), surface);
        }
        if (pageOrNull != null && !pageMarks.isEmpty()) {
            marks.draw(page, area, pageMarks);
        }
    }
}
