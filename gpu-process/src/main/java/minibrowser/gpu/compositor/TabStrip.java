package minibrowser.gpu.compositor;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.TabState;
import minibrowser.proto.TabStripEntry;

/**
 * Draws the tab strip, one row: each tab as {@code " N:title M "} where N counts
 * from 1 and M is its {@link TabMark}; a loading tab that knows how far it got
 * shows that instead ({@code " N:title ~40% "}); the active tab in inverse colours.
 *
 * <p>When the tabs do not all fit, the strip starts at a later tab so that the
 * active one is always visible, and a {@code <} at the left says tabs are hidden.
 */
final class TabStrip {

    /** The most columns a title takes before it is cut. */
    static final int MAX_TITLE_COLUMNS = 20;

    /** Draws the strip into {@code row} of the canvas. */
    void draw(CellCanvas canvas, int row, BrowserUi ui) {
        CellRect clip = canvas.clip();
        canvas.fill(new CellRect(clip.column(), row, clip.width(), 1), UiColors.TEXT, UiColors.STRIP_BACKGROUND);
        List<String> labels = labels(ui.getTabsList());
        if (labels.isEmpty()) {
            return;
        }
        int active = Math.max(0, Math.min(ui.getActiveIndex(), labels.size() - 1));
        int first = firstVisibleTab(labels, active, clip.width());
        int column = clip.column();
        if (first > 0) {
            column += canvas.text(column, row, "<", 1, UiColors.TEXT, UiColors.STRIP_BACKGROUND);
        }
        for (int i = first; i < labels.size() && column < clip.endColumn(); i++) {
            column += drawTab(canvas, column, row, ui.getTabs(i), labels.get(i), i == active, clip.endColumn() - column);
        }
    }

    /**
     * The index of the tab drawn at {@code column} of a strip {@code columns} wide, or -1:
     * the same layout as {@link #draw}, for mouse clicks.
     */
    int tabAt(int columns, BrowserUi ui, int column) {
        List<String> labels = labels(ui.getTabsList());
        if (labels.isEmpty() || column < 0 || column >= columns) {
            return -1;
        }
        int active = Math.max(0, Math.min(ui.getActiveIndex(), labels.size() - 1));
        int first = firstVisibleTab(labels, active, columns);
        int start = first > 0 ? 1 : 0;
        for (int i = first; i < labels.size() && start < columns; i++) {
            int end = start + CharWidth.columns(labels.get(i));
            if (column >= start && column < end) {
                return i;
            }
            start = end;
        }
        return -1;
    }

    private int drawTab(CellCanvas canvas, int column, int row, TabStripEntry tab, String label,
                        boolean active, int maxColumns) {
        int fg = active ? UiColors.ACTIVE_TAB_TEXT : UiColors.TEXT;
        int bg = active ? UiColors.ACTIVE_TAB_BACKGROUND : UiColors.STRIP_BACKGROUND;
        int used = canvas.text(column, row, label, maxColumns, fg, bg);
        TabMark mark = showsProgress(tab) ? TabMark.NONE : TabMark.forState(tab.getState());
        int markColumn = column + CharWidth.columns(label) - 2;
        if (mark != TabMark.NONE && markColumn < column + used) {
            canvas.character(markColumn, row, mark.symbol(), active ? fg : mark.color(), bg);
        }
        return used;
    }

    /** The text of each tab, its mark's column left as a space. */
    private static List<String> labels(List<TabStripEntry> tabs) {
        List<String> labels = new ArrayList<>(tabs.size());
        for (int i = 0; i < tabs.size(); i++) {
            String title = tabs.get(i).getTitle().isBlank() ? "untitled" : tabs.get(i).getTitle().strip();
            String end = showsProgress(tabs.get(i)) ? " ~" + tabs.get(i).getProgress() + "% " : "   ";
            labels.add(" " + (i + 1) + ":" + Truncation.keepStart(title, MAX_TITLE_COLUMNS) + end);
        }
        return labels;
    }

    private static boolean showsProgress(TabStripEntry tab) {
        return tab.getState() == TabState.TAB_STATE_LOADING && tab.getProgress() > 0 && tab.getProgress() < 100;
    }

    /** The first tab to draw so that the active tab ends inside {@code columns}. */
    private static int firstVisibleTab(List<String> labels, int active, int columns) {
        int first = 0;
        while (first < active && widthOf(labels, first, active) + (first > 0 ? 1 : 0) > columns) {
            first++;
        }
        return first;
    }

    private static int widthOf(List<String> labels, int from, int to) {
        int width = 0;
        for (int i = from; i <= to; i++) {
            width += CharWidth.columns(labels.get(i));
        }
        return width;
    }
}
