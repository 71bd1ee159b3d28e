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
 * them; cells spanning rows ({@code rowspan}) make the last row they span taller if
 * they need it; rows are as tall as their tallest cell.
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
        int spacing = table.spacing();
        List<Slot> slots = slots(rows);
        int columns = 0;
        for (Slot slot : slots) columns = Math.max(columns, slot.col() + slot.colspan());
        int[] colMin = new int[columns];
        int[] colMax = new int[columns];
        // Single-column cells first, then spanning cells spread what they still need.
        for (int pass = 0; pass < 2; pass++) {
            for (Slot slot : slots) {
                if ((slot.colspan() == 1) != (pass == 0)) continue;
                IntrinsicWidths.Range r = intrinsic.of(slot.cell());
                spread(colMin, slot.col(), slot.colspan(), r.min(), spacing);
                spread(colMax, slot.col(), slot.colspan(), r.max(), spacing);
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
        // Lay every cell out at its columns' width; rows are as tall as their one-row cells,
        // then the last row a cell spans grows if the cell needs more than its rows give.
        int[] rowHeights = new int[rows.size()];
        int[] colX = new int[columns + 1];
        colX[0] = left + spacing;
        for (int i = 0; i < columns; i++) colX[i + 1] = colX[i] + widths[i] + spacing;
        for (Slot slot : slots) {
            int w = colX[slot.col() + slot.colspan()] - spacing - colX[slot.col()];
            blocks.layout(slot.cell(), colX[slot.col()], w, 0, CollapsedMargin.NONE, new FloatContext(), true);
            slot.cell().width = w;
            if (slot.rowspan() == 1) rowHeights[slot.row()] = Math.max(rowHeights[slot.row()], slot.cell().height);
        }
        for (int r = 0; r < rows.size(); r++) {
            ComputedStyle rowStyle = rows.get(r).style();
            if (!rowStyle.height().isAuto() && rowStyle.height().unit() == Length.Unit.PX) {
                rowHeights[r] = Math.max(rowHeights[r], rowStyle.height().resolve(0, 0));
            }
        }
        for (Slot slot : slots) {
            if (slot.rowspan() == 1) continue;
            int have = spacing * (slot.rowspan() - 1);
            for (int r = slot.row(); r < slot.row() + slot.rowspan(); r++) have += rowHeights[r];
            int missing = slot.cell().height - have;
            if (missing > 0) rowHeights[slot.row() + slot.rowspan() - 1] += missing;
        }
        int[] rowY = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            BlockBox row = rows.get(r);
            rowY[r] = y;
            row.x = left;
            row.y = y;
            row.width = contentWidth;
            row.height = rowHeights[r];
            y += rowHeights[r] + spacing;
        }
        for (Slot slot : slots) {
            BlockBox cell = slot.cell();
            int height = spacing * (slot.rowspan() - 1);
            for (int r = slot.row(); r < slot.row() + slot.rowspan(); r++) height += rowHeights[r];
            cell.translate(colX[slot.col()] - cell.x, rowY[slot.row()] - cell.y);
            alignInRow(cell, height);
        }
        for (BlockBox row : rows) {
            for (LayoutBox c : row.children()) {
                BlockBox cell = (BlockBox) c;
                if (cell.width == 0 && cell.height == 0) cell.translate(row.x - cell.x, row.y - cell.y); // cut-off cells
            }
        }
        int contentHeight = y - table.contentY();
        if (!style.height().isAuto() && style.height().unit() == Length.Unit.PX) {
            contentHeight = Math.max(contentHeight, style.height().resolve(0, 0));
        }
        table.height = contentHeight + table.border().vertical() + table.padding().vertical();
        return new BlockLayout.Result(CollapsedMargin.NONE.plus(table.margin().bottom()), false);
    }

    /** Where a cell sits in the table's grid: its first row and column and how far it spans. */
    private record Slot(BlockBox cell, int row, int col, int colspan, int rowspan) {}

    /**
     * Places every cell in the grid (HTML's "forming a table", simplified): each cell takes
     * the next column of its row not yet covered by a cell spanning down from a row above.
     */
    private static List<Slot> slots(List<BlockBox> rows) {
        List<Slot> slots = new ArrayList<>();
        // For each column, the first row not covered by a rowspan from above.
        int[] coveredUntil = new int[16];
        for (int r = 0; r < rows.size(); r++) {
            int col = 0;
            for (LayoutBox c : rows.get(r).children()) {
                BlockBox cell = (BlockBox) c;
                while (col < coveredUntil.length && coveredUntil[col] > r) col++;
                int colspan = Math.min(colspan(cell), MAX_COLUMNS - col);
                if (colspan <= 0) break;
                int rowspan = Math.max(1, Math.min(rowspan(cell, rows.size() - r), rows.size() - r));
                if (col + colspan > coveredUntil.length) {
                    coveredUntil = java.util.Arrays.copyOf(coveredUntil, Math.max(col + colspan, coveredUntil.length * 2));
                }
                for (int i = col; i < col + colspan; i++) coveredUntil[i] = Math.max(coveredUntil[i], r + rowspan);
                slots.add(new Slot(cell, r, col, colspan, rowspan));
                col += colspan;
            }
        }
        return slots;
    }

    /** The cell's {@code rowspan}: 1 if absent or invalid, {@code rest} (to the end of the table) for 0. */
    static int rowspan(BlockBox cell, int rest) {
        if (cell.element() == null || !cell.element().hasAttr("rowspan")) return 1;
        try {
            int n = Integer.parseInt(cell.element().attr("rowspan").trim());
            return n == 0 ? rest : Math.max(1, Math.min(65_534, n));
        } catch (NumberFormatException e) {
            return 1;
        }
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
