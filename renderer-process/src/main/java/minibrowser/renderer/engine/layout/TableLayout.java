package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;

/**
 * Table layout with automatic column widths (CSS 2.1 section 17.5.2.2, simplified):
 * each column is as wide as its cells need, between the cells' min-content and
 * max-content widths; cells spanning columns ({@code colspan}) share their needs among
 * them; rows are as tall as their tallest cell. Rowspan is not supported.
 */
final class TableLayout {

    /** Larger colspans are clamped (HTML caps colspan at 1000). */
    private static final int MAX_COLSPAN = 1000;
    /** Tables with more columns than this are cut off. */
    private static final int MAX_COLUMNS = 1000;

    private final BlockLayout blocks;
    private final IntrinsicWidths intrinsic;

    TableLayout(BlockLayout blocks, IntrinsicWidths intrinsic) {
        this.blocks = blocks;
        this.intrinsic = intrinsic;
    }

    /** Lays out a table in a containing block, like {@link BlockLayout#layout} does for blocks. */
    BlockLayout.Result layout(TableBox table, int cbX, int cbWidth, int cursorY, CollapsedMargin incoming) {
        ComputedStyle style = table.style();
        List<BlockBox> rows = new ArrayList<>();
        List<BlockBox> captions = new ArrayList<>();
        for (LayoutBox child : table.children()) {
            BlockBox b = (BlockBox) child;
            if (b.kind() == BlockBox.Kind.ROW) rows.add(b); else captions.add(b);
        }
        int spacing = table.style().borderCollapse() ? 0
                : table.style().borderSpacing() >= 0 ? table.style().borderSpacing() : table.cellSpacing;
        int columns = 0;
        for (BlockBox row : rows) {
            int n = 0;
            for (LayoutBox cell : row.children()) n += colspan((BlockBox) cell);
            columns = Math.max(columns, n);
        }
        columns = Math.min(columns, MAX_COLUMNS);
        int[] colMin = new int[columns];
        int[] colMax = new int[columns];
        // Single-column cells first, then spanning cells spread what they still need.
        for (int pass = 0; pass < 2; pass++) {
            for (BlockBox row : rows) {
                int col = 0;
                for (LayoutBox c : row.children()) {
                    BlockBox cell = (BlockBox) c;
                    int span = Math.min(colspan(cell), columns - col);
                    if (span <= 0) break;
                    boolean single = span == 1;
                    if (single == (pass == 0)) {
                        IntrinsicWidths.Range r = intrinsic.of(cell);
                        spread(colMin, col, span, r.min(), spacing);
                        spread(colMax, col, span, r.max(), spacing);
                    }
                    col += span;
                }
            }
        }
        for (int i = 0; i < columns; i++) colMax[i] = Math.max(colMax[i], colMin[i]);

        // The table's own box: borders, padding, margins, and its width.
        blocks.resolveHorizontal(table, cbX, cbWidth);
        int frame = table.border().horizontal() + table.padding().horizontal();
        int spacingTotal = spacing * (columns + 1);
        int sumMin = sum(colMin) + spacingTotal;
        int sumMax = sum(colMax) + spacingTotal;
        int available = cbWidth - table.margin().horizontal() - frame;
        int contentWidth;
        if (!style.width().isAuto()) {
            int w = style.width().resolve(cbWidth, 0);
            contentWidth = Math.max(sumMin, style.borderBox() ? w - frame : w);
        } else {
            contentWidth = Math.max(sumMin, Math.min(sumMax, available));
        }
        int[] widths = distribute(colMin, colMax, contentWidth - spacingTotal);

        // Position the table box: auto margins center it.
        int borderBoxWidth = contentWidth + frame;
        int marginLeft = table.margin().left();
        if (style.margin(Side.LEFT).isAuto() && style.margin(Side.RIGHT).isAuto()) {
            marginLeft = Math.max(0, (cbWidth - borderBoxWidth) / 2);
        } else if (style.margin(Side.LEFT).isAuto()) {
            marginLeft = Math.max(0, cbWidth - borderBoxWidth - table.margin().right());
        }
        table.margin = new Edges(table.margin().top(), table.margin().right(), table.margin().bottom(), marginLeft);
        table.x = cbX + marginLeft;
        table.width = borderBoxWidth;
        table.y = cursorY + blocks.gap(incoming.plus(table.margin().top()));

        int y = table.contentY();
        int left = table.contentX();
        for (BlockBox caption : captions) {
            blocks.layout(caption, left, contentWidth, y, CollapsedMargin.NONE, new FloatContext(), true);
            y = caption.y + caption.height + Math.max(0, caption.margin().bottom());
        }
        y += spacing;
        for (BlockBox row : rows) {
            int x = left + spacing;
            int col = 0;
            int rowHeight = 0;
            for (LayoutBox c : row.children()) {
                BlockBox cell = (BlockBox) c;
                int span = Math.min(colspan(cell), columns - col);
                if (span <= 0) {
                    cell.x = x;
                    cell.y = y;
                    continue;
                }
                int w = spacing * (span - 1);
                for (int i = col; i < col + span; i++) w += widths[i];
                blocks.layout(cell, x, w, y, CollapsedMargin.NONE, new FloatContext(), true);
                cell.translate(x - cell.x, y - cell.y);
                cell.width = w;
                rowHeight = Math.max(rowHeight, cell.height);
                x += w + spacing;
                col += span;
            }
            if (!row.style().height().isAuto() && row.style().height().unit() == Length.Unit.PX) {
                rowHeight = Math.max(rowHeight, row.style().height().resolve(0, 0));
            }
            for (LayoutBox c : row.children()) alignInRow((BlockBox) c, rowHeight);
            row.x = left;
            row.y = y;
            row.width = contentWidth;
            row.height = rowHeight;
            y += rowHeight + spacing;
        }
        int contentHeight = y - table.contentY();
        if (!style.height().isAuto() && style.height().unit() == Length.Unit.PX) {
            contentHeight = Math.max(contentHeight, style.height().resolve(0, 0));
        }
        table.height = contentHeight + table.border().vertical() + table.padding().vertical();
        return new BlockLayout.Result(CollapsedMargin.NONE.plus(table.margin().bottom()), false);
    }

    /**
     * Stretches a cell to the row's height and moves its content for
     * {@code vertical-align} (top; middle, the HTML default; or bottom).
     */
    private static void alignInRow(BlockBox cell, int rowHeight) {
        int extra = rowHeight - cell.height;
        int shift = switch (cell.style().verticalAlign()) {
            case "top", "baseline", "text-top" -> 0;
            case "bottom", "text-bottom" -> extra;
            default -> extra / 2;
        };
        if (shift > 0) {
            for (LayoutBox child : cell.children()) child.translate(0, shift);
        }
        cell.height = rowHeight;
    }

    /** The cell's {@code colspan}, 1 if absent or invalid. */
    static int colspan(BlockBox cell) {
        if (cell.element() == null || !cell.element().hasAttr("colspan")) return 1;
        try {
            return Math.max(1, Math.min(MAX_COLSPAN, Integer.parseInt(cell.element().attr("colspan").trim())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Makes columns [col, col+span) together at least {@code need} wide, sharing any shortfall evenly. */
    private static void spread(int[] cols, int col, int span, int need, int spacing) {
        int have = spacing * (span - 1);
        for (int i = col; i < col + span; i++) have += cols[i];
        int missing = need - have;
        if (missing <= 0) return;
        for (int i = 0; i < span; i++) {
            cols[col + i] += missing / span + (i < missing % span ? 1 : 0);
        }
    }

    /** Column widths summing to {@code total}: min widths, plus a share of the room up to max widths, plus extra. */
    private static int[] distribute(int[] min, int[] max, int total) {
        int n = min.length;
        int[] out = new int[n];
        int sumMin = sum(min);
        int sumMax = sum(max);
        if (n == 0) return out;
        if (total <= sumMin) {
            System.arraycopy(min, 0, out, 0, n);
        } else if (total <= sumMax) {
            long room = total - sumMin;
            long range = Math.max(1, sumMax - sumMin);
            int given = 0;
            for (int i = 0; i < n; i++) {
                out[i] = min[i] + (int) (room * (max[i] - min[i]) / range);
                given += out[i];
            }
            out[n - 1] += total - given;
        } else {
            long extra = total - sumMax;
            int given = 0;
            for (int i = 0; i < n; i++) {
                out[i] = max[i] + (int) (sumMax == 0 ? extra / n : extra * max[i] / sumMax);
                given += out[i];
            }
            out[n - 1] += total - given;
        }
        return out;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }
}
