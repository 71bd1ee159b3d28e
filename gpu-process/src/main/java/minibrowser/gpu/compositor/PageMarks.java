package minibrowser.gpu.compositor;

import java.util.List;
import minibrowser.proto.PageMark;
import minibrowser.proto.Rect;

/**
 * Draws the browser's marks over the page: find-in-page matches (yellow, the
 * current one orange), the link Tab focused (white on blue) and link hint labels
 * (black on yellow, written over the link's first cells).
 *
 * <p>Mark rects are in page-area cells and come from the browser, which measured
 * them through the renderer; they are clipped to the page area here all the same.
 */
final class PageMarks {

    static final int FIND_MATCH_BACKGROUND = 0xFFF176;
    static final int FIND_ACTIVE_BACKGROUND = 0xFF9800;
    static final int FOCUS_TEXT = 0xFFFFFF;
    static final int FOCUS_BACKGROUND = 0x1565C0;
    static final int HINT_TEXT = 0x000000;
    static final int HINT_BACKGROUND = 0xFFD600;

    /** Draws {@code marks} onto the page area {@code area} (grid coordinates) of {@code canvas}. */
    void draw(CellCanvas canvas, CellRect area, List<PageMark> marks) {
        CellCanvas page = canvas.clippedTo(area);
        // Highlights first, labels last, so a label is never covered by another link's highlight.
        for (PageMark mark : marks) {
            CellRect cells = toCells(mark.getRect(), area);
            switch (mark.getKind()) {
                case PAGE_MARK_KIND_FIND_MATCH -> page.recolor(cells, null, FIND_MATCH_BACKGROUND);
                case PAGE_MARK_KIND_FIND_ACTIVE -> page.recolor(cells, null, FIND_ACTIVE_BACKGROUND);
                case PAGE_MARK_KIND_FOCUSED_LINK -> page.recolor(cells, FOCUS_TEXT, FOCUS_BACKGROUND);
                default -> { }
            }
        }
        for (PageMark mark : marks) {
            if (mark.getKind() != minibrowser.proto.PageMarkKind.PAGE_MARK_KIND_LINK_HINT) continue;
            CellRect cells = toCells(mark.getRect(), area);
            page.text(cells.column(), cells.row(), mark.getLabel(), Math.max(1, area.endColumn() - cells.column()),
                    HINT_TEXT, HINT_BACKGROUND);
        }
    }

    /** A page-area rect in grid coordinates; sizes below zero count as zero. */
    private static CellRect toCells(Rect rect, CellRect area) {
        return new CellRect(area.column() + rect.getX(), area.row() + rect.getY(),
                Math.max(0, Math.min(rect.getWidth(), area.width())), Math.max(0, Math.min(rect.getHeight(), area.height())));
    }
}
