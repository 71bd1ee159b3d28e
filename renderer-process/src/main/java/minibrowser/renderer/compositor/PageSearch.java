package minibrowser.renderer.compositor;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import minibrowser.renderer.engine.CellWidths;
import minibrowser.renderer.engine.ControlArea;
import minibrowser.renderer.engine.Focusables;
import minibrowser.renderer.engine.LinkArea;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.DrawText;

/**
 * Where things are on the terminal cell grid of a committed page: its links, its
 * focusable controls and the matches of a find-in-page text. Columns are cells; vertically a span keeps page
 * pixels ({@code top}, {@code bottom}), which do not change when the page scrolls;
 * {@link CellSpan#rowAt} gives its row in a frame scrolled to some offset.
 *
 * <p>It places text exactly as the cell raster does (a run starts at the cell whose
 * left half holds its x; its row is the one holding the pixel above the baseline;
 * a wide character takes two cells), so a highlight lands on the characters it names.
 *
 * <p>Pure and stateless: the compositor thread calls it with the page it owns.
 */
final class PageSearch {

    private PageSearch() {}

    /**
     * Cells {@code column} to {@code column + width - 1}, on the rows that hold page y
     * {@code top} to {@code bottom - 1} (CSS px).
     */
    record CellSpan(int column, int width, int top, int bottom) {
        /** Its first row in a frame whose row 0 starts at page y {@code scrollY}, as the cell raster counts. */
        int rowAt(int scrollY) {
            return Math.floorDiv(top - scrollY, CELL_HEIGHT);
        }

        /** How many rows it covers in a frame scrolled to {@code scrollY}. */
        int rowsAt(int scrollY) {
            return Math.max(1, Math.floorDiv(bottom - 1 - scrollY, CELL_HEIGHT) - rowAt(scrollY) + 1);
        }
    }

    /** One link: its URL and the cells of each of its areas, in document order. */
    record LinkCells(String href, List<CellSpan> spans) {}

    /**
     * The page's links as cell spans. Consecutive areas with the same URL (the lines of
     * one wrapped link, or its words) are one link.
     */
    static List<LinkCells> links(Page page) {
        List<LinkCells> links = new ArrayList<>();
        for (LinkArea area : page.links()) {
            CellSpan span = span(area.rect());
            LinkCells last = links.isEmpty() ? null : links.get(links.size() - 1);
            if (last != null && last.href().equals(area.href())) {
                last.spans().add(span);
            } else {
                List<CellSpan> spans = new ArrayList<>();
                spans.add(span);
                links.add(new LinkCells(area.href(), spans));
            }
        }
        return links;
    }

    /**
     * One thing Tab reaches: a link ({@code kind} LINK, with its URL) or a focusable
     * control (no URL, with its focus index).
     */
    record FocusCells(String href, Focusables.Kind kind, int focusIndex, List<CellSpan> spans) {}

    /**
     * The page's links and focusable controls as cell spans, in reading order: the links
     * in their order ({@link #links}), each control placed before the first link that
     * starts below it or to its right on its row.
     */
    static List<FocusCells> focusables(Page page) {
        List<FocusCells> all = new ArrayList<>();
        for (LinkCells link : links(page)) all.add(new FocusCells(link.href(), Focusables.Kind.LINK, 0, link.spans()));
        for (ControlArea control : page.controls()) {
            CellSpan span = span(control.rect());
            int at = 0;
            while (at < all.size() && !after(all.get(at).spans().get(0), span)) at++;
            all.add(at, new FocusCells("", control.kind(), control.focusIndex(), List.of(span)));
        }
        return all;
    }

    /** True when {@code a} comes after {@code b} in reading order (a lower row, or the same row further right). */
    private static boolean after(CellSpan a, CellSpan b) {
        if (a.top() / CELL_HEIGHT != b.top() / CELL_HEIGHT) return a.top() > b.top();
        return a.column() > b.column();
    }

    private static CellSpan span(minibrowser.renderer.engine.Rect r) {
        int column = Math.floorDiv(r.x() + CELL_WIDTH / 2, CELL_WIDTH);
        int end = Math.max(column + 1, Math.floorDiv(r.right() + CELL_WIDTH / 2, CELL_WIDTH));
        return new CellSpan(column, end - column, r.y(), Math.max(r.y() + 1, r.bottom()));
    }

    /**
     * Every match of {@code text} (ignoring case) inside a run of text, in paint order,
     * each one row tall. A match never spans two runs.
     */
    static List<CellSpan> find(Page page, String text) {
        List<CellSpan> matches = new ArrayList<>();
        if (text.isEmpty()) return matches;
        String needle = text.toLowerCase(Locale.ROOT);
        for (DisplayItem item : page.displayList().items()) {
            if (!(item instanceof DrawText run)) continue;
            String hay = run.text().toLowerCase(Locale.ROOT);
            if (hay.length() != run.text().length()) hay = run.text(); // a case mapping changed lengths: match exactly
            int top = run.baselineY() - 1; // the pixel the cell raster places a run's row by
            int start = Math.floorDiv(run.x() + CELL_WIDTH / 2, CELL_WIDTH);
            for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + Math.max(1, needle.length()))) {
                int column = start + cells(run.text(), 0, at);
                int width = Math.max(1, cells(run.text(), at, at + needle.length()));
                matches.add(new CellSpan(column, width, top, top + 1));
            }
        }
        return matches;
    }

    /** How many cells the characters [from, to) of {@code text} take, as the cell raster writes them. */
    static int cells(String text, int from, int to) {
        int cells = 0;
        for (int i = from; i < to && i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            cells += CellWidths.cellsOf(cp);
        }
        return cells;
    }
}
