package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.EngineLimits;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;

/**
 * Table layout with automatic column widths (CSS 2.1 section 17.5.2.2, simplified):
 * each column is as wide as its cells need, between the cells' min-content and
 * max-content widths; cells spanning columns ({@code colspan}) share their needs among
 * them; cells spanning rows ({@code rowspan}) make the last row they span taller if
 * they need it; rows are as tall as their tallest cell. Widths the page gives columns
 * ({@code <col width>}, a cell's {@code width}, in px or %) are honoured as Chromium's
 * automatic layout does (see {@link #distribute}). Captions go above the border box.
 */
final class TableLayout {


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
        ColumnWidths specified = specifiedWidths(table, slots, columns);

        // The table's own box: borders, padding, margins, and its width.
        blocks.resolveHorizontal(table, cbX, cbWidth);
        int frame = table.border().horizontal() + table.padding().horizontal();
        int spacingTotal = spacing * (columns + 1);
        int sumMin = sum(colMin) + spacingTotal;
        int available = cbWidth - table.margin().horizontal() - frame;
        int contentWidth;
        if (!style.width().isAuto()) {
            int w = style.width().resolve(cbWidth, 0);
            contentWidth = Math.max(sumMin, w - frame); // a table's width is that of its border box (as in Chromium)
        } else {
            int preferred = spacingTotal;
            for (int i = 0; i < columns; i++) {
                preferred += specified.fixed[i] >= 0 ? Math.max(colMin[i], specified.fixed[i]) : colMax[i];
            }
            contentWidth = Math.max(sumMin, Math.min(preferred, available));
        }
        int[] widths = distribute(colMin, colMax, specified, contentWidth - spacingTotal);

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
        // Captions stand above the table's border box, as wide as it (CSS 2.1 section 17.4:
        // the caption and the table box are both inside the table wrapper box).
        int captionY = cursorY + blocks.gap(incoming.plus(table.margin().top()));
        for (BlockBox caption : captions) {
            blocks.layout(caption, table.x, borderBoxWidth, captionY, CollapsedMargin.NONE, new FloatContext(), true);
            captionY = caption.y + caption.height + Math.max(0, caption.margin().bottom());
        }
        table.y = captionY;

        int y = table.contentY();
        int left = table.contentX();
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
        int[] baselineShift = alignBaselines(slots, rows.size(), rowHeights);
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
        growRowsToTableHeight(table, rowHeights, spacing);
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
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            BlockBox cell = slot.cell();
            int height = spacing * (slot.rowspan() - 1);
            for (int r = slot.row(); r < slot.row() + slot.rowspan(); r++) height += rowHeights[r];
            cell.translate(colX[slot.col()] - cell.x, rowY[slot.row()] - cell.y);
            alignInRow(cell, height, baselineShift[i]);
        }
        for (BlockBox row : rows) {
            for (LayoutBox c : row.children()) {
                BlockBox cell = (BlockBox) c;
                if (cell.width == 0 && cell.height == 0) cell.translate(row.x - cell.x, row.y - cell.y); // cut-off cells
            }
        }
        int contentHeight = y - table.contentY();
        table.height = Math.max(contentHeight + table.border().vertical() + table.padding().vertical(), specifiedHeight(table));
        return new BlockLayout.Result(CollapsedMargin.NONE.plus(table.margin().bottom()), false);
    }

    /** The table's {@code height} in px (as for Chromium, of its border box), or 0 when auto or a percentage. */
    private static int specifiedHeight(TableBox table) {
        Length h = table.style().height();
        return h.isAuto() || h.unit() != Length.Unit.PX ? 0 : Math.max(0, h.resolve(0, 0));
    }

    /**
     * A table taller than its rows ({@code height: 3em}) gives the rest to its rows, in
     * proportion to their heights (evenly if they have none), as Chromium does; the cells
     * then align their content in the taller rows.
     */
    private static void growRowsToTableHeight(TableBox table, int[] rowHeights, int spacing) {
        int n = rowHeights.length;
        if (n == 0) return;
        int rowsTotal = spacing * (n + 1);
        for (int h : rowHeights) rowsTotal += h;
        int extra = specifiedHeight(table) - table.border().vertical() - table.padding().vertical() - rowsTotal;
        if (extra <= 0) return;
        long sum = 0;
        for (int h : rowHeights) sum += h;
        int given = 0;
        for (int r = 0; r < n; r++) {
            int grow = (int) (sum == 0 ? extra / n : extra * rowHeights[r] / sum);
            rowHeights[r] += grow;
            given += grow;
        }
        rowHeights[n - 1] += extra - given;
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
                int colspan = Math.min(colspan(cell), EngineLimits.MAX_TABLE_COLUMNS - col);
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
            return n == 0 ? rest : Math.max(1, Math.min(EngineLimits.MAX_ROWSPAN, n));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Cells with {@code vertical-align: baseline} in one row share a baseline, that of
     * their first lines (CSS 2.1 section 17.5.3): each such cell's content moves down by
     * how much its baseline is above the row's lowest one, and the row grows to hold it.
     * Returns each slot's shift (0 for the cells not aligned by baseline).
     */
    private static int[] alignBaselines(List<Slot> slots, int rowCount, int[] rowHeights) {
        int[] rowBaseline = new int[rowCount];
        int[] shifts = new int[slots.size()];
        for (Slot slot : slots) {
            if (slot.rowspan() == 1 && isBaselineAligned(slot.cell())) {
                rowBaseline[slot.row()] = Math.max(rowBaseline[slot.row()], firstBaseline(slot.cell()));
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.rowspan() != 1 || !isBaselineAligned(slot.cell())) continue;
            shifts[i] = rowBaseline[slot.row()] - firstBaseline(slot.cell());
            rowHeights[slot.row()] = Math.max(rowHeights[slot.row()], slot.cell().height + shifts[i]);
        }
        return shifts;
    }

    private static boolean isBaselineAligned(BlockBox cell) {
        String v = cell.style().verticalAlign();
        return !v.equals("top") && !v.equals("middle") && !v.equals("bottom")
                && !v.equals("text-top") && !v.equals("text-bottom");
    }

    /**
     * How far below a cell's top its first line's baseline is; a cell with no line has
     * its baseline at the bottom of its content box.
     */
    private static int firstBaseline(BlockBox cell) {
        LineBox first = firstLine(cell, 0);
        if (first != null) return first.baseline() - cell.y;
        return cell.height - cell.border().bottom() - cell.padding().bottom();
    }

    private static LineBox firstLine(LayoutBox box, int depth) {
        if (box instanceof LineBox line) return line;
        if (depth > 32 || (box instanceof BlockBox b && b.kind() == BlockBox.Kind.FLOAT)) return null;
        for (LayoutBox child : box.children()) {
            LineBox found = firstLine(child, depth + 1);
            if (found != null) return found;
        }
        return null;
    }

    /**
     * Stretches a cell to the row's height and moves its content for
     * {@code vertical-align}: top; middle, the HTML default; bottom; or down to the
     * row's baseline ({@code baselineShift}). The room counted is what the content
     * leaves, not the cell's own {@code height}, which only makes the cell taller.
     */
    private static void alignInRow(BlockBox cell, int rowHeight, int baselineShift) {
        int contentTop = cell.contentY();
        int contentBottom = contentTop;
        for (LayoutBox child : cell.children()) {
            int marginBottom = child instanceof BlockBox b ? Math.max(0, b.margin().bottom()) : 0;
            contentBottom = Math.max(contentBottom, child.y() + child.height() + marginBottom);
        }
        int extra = rowHeight - cell.border().vertical() - cell.padding().vertical() - (contentBottom - contentTop);
        int shift = switch (cell.style().verticalAlign()) {
            case "top", "text-top" -> 0;
            case "bottom", "text-bottom" -> extra;
            case "middle" -> extra / 2;
            default -> baselineShift;
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
            return Math.max(1, Math.min(EngineLimits.MAX_COLSPAN, Integer.parseInt(cell.element().attr("colspan").trim())));
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

    /**
     * What the page says about column widths: a fixed width in px (border box of the
     * column's cells) or a percentage of the table, from {@code <col>} elements and from
     * the cells that span one column (the largest wins). -1 and 0 where nothing is said.
     */
    private record ColumnWidths(int[] fixed, double[] percent) {}

    private static ColumnWidths specifiedWidths(TableBox table, List<Slot> slots, int columns) {
        int[] fixed = new int[columns];
        double[] percent = new double[columns];
        java.util.Arrays.fill(fixed, -1);
        for (int i = 0; i < columns && i < table.columnWidths.size(); i++) {
            Length w = table.columnWidths.get(i);
            if (w.unit() == Length.Unit.PX) fixed[i] = Math.max(fixed[i], w.resolve(0, 0));
            else if (w.unit() == Length.Unit.PERCENT) percent[i] = Math.max(percent[i], w.value());
        }
        for (Slot slot : slots) {
            if (slot.colspan() != 1) continue;
            ComputedStyle s = slot.cell().style();
            Length w = s.width();
            int col = slot.col();
            if (w.unit() == Length.Unit.PX) {
                int frame = s.borderWidth(Side.LEFT) + s.borderWidth(Side.RIGHT)
                        + s.padding(Side.LEFT).resolve(0, 0) + s.padding(Side.RIGHT).resolve(0, 0);
                int px = w.resolve(0, 0);
                fixed[col] = Math.max(fixed[col], s.borderBox() ? Math.max(px, frame) : px + frame);
            } else if (w.unit() == Length.Unit.PERCENT) {
                percent[col] = Math.max(percent[col], w.value());
            }
        }
        // Percentages beyond 100 % in total are cut, leftmost columns first served.
        double left = 100;
        for (int i = 0; i < columns; i++) {
            percent[i] = Math.max(0, Math.min(percent[i], left));
            left -= percent[i];
        }
        return new ColumnWidths(fixed, percent);
    }

    /**
     * Column widths summing to {@code total}, the way Chromium's automatic table layout
     * shares the room: every column gets its min-content width; then percentage columns
     * grow to their share of the table, fixed-width columns to their width, and auto
     * columns towards their max-content width (in proportion to how much more they
     * want); what is left goes to the auto columns in proportion to their max-content
     * width (to the fixed ones if there are none, else to the percentage ones).
     */
    private static int[] distribute(int[] min, int[] max, ColumnWidths specified, int total) {
        int n = min.length;
        int[] out = min.clone();
        if (n == 0) return out;
        int left = total - sum(min);
        if (left <= 0) return out;
        for (int i = 0; i < n && left > 0; i++) {
            if (specified.percent()[i] <= 0) continue;
            int grow = Math.min(left, Math.max(0, (int) Math.round(specified.percent()[i] * total / 100) - out[i]));
            out[i] += grow;
            left -= grow;
        }
        for (int i = 0; i < n && left > 0; i++) {
            if (specified.percent()[i] > 0 || specified.fixed()[i] < 0) continue;
            int grow = Math.min(left, Math.max(0, specified.fixed()[i] - out[i]));
            out[i] += grow;
            left -= grow;
        }
        boolean[] auto = new boolean[n];
        long wanted = 0;
        long autoMax = 0;
        int autoCount = 0;
        for (int i = 0; i < n; i++) {
            auto[i] = specified.percent()[i] <= 0 && specified.fixed()[i] < 0;
            if (!auto[i]) continue;
            wanted += max[i] - out[i];
            autoMax += max[i];
            autoCount++;
        }
        if (left > 0 && wanted > 0) {
            long room = Math.min(left, wanted);
            int given = 0;
            for (int i = 0; i < n; i++) {
                if (!auto[i]) continue;
                int grow = (int) (room * (max[i] - out[i]) / wanted);
                out[i] += grow;
                given += grow;
            }
            left -= given;
            // Rounding leftovers up to the columns' max, left to right.
            for (int i = 0; i < n && left > 0 && room == wanted; i++) {
                if (!auto[i]) continue;
                int grow = Math.min(left, max[i] - out[i]);
                out[i] += grow;
                left -= grow;
            }
        }
        if (left > 0) {
            // The rest: auto columns first, by their max-content width; else fixed, else percentage ones.
            boolean[] takers = auto;
            if (autoCount == 0) {
                takers = new boolean[n];
                boolean anyFixed = false;
                for (int i = 0; i < n; i++) anyFixed |= specified.fixed()[i] >= 0 && specified.percent()[i] <= 0;
                for (int i = 0; i < n; i++) {
                    takers[i] = anyFixed ? specified.fixed()[i] >= 0 && specified.percent()[i] <= 0 : true;
                }
            }
            long weightSum = 0;
            int takerCount = 0;
            for (int i = 0; i < n; i++) {
                if (!takers[i]) continue;
                weightSum += autoCount > 0 ? max[i] : out[i];
                takerCount++;
            }
            int given = 0;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (!takers[i]) continue;
                long weight = autoCount > 0 ? max[i] : out[i];
                int grow = (int) (weightSum == 0 ? left / takerCount : left * weight / weightSum);
                out[i] += grow;
                given += grow;
                last = i;
            }
            if (last >= 0) out[last] += left - given;
        }
        return out;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) s += v;
        return s;
    }
}
