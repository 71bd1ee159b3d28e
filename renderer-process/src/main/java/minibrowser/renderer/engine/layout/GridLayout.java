package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.CssWords;

/**
 * A basic grid (CSS Grid 1, the common part): {@code grid-template-columns} gives the
 * columns and the items fill them row by row in document order, each row as tall as its
 * tallest item. A column is a length ({@code 200px}), a percentage, {@code fr},
 * {@code auto}, {@code min-content}, {@code max-content}, {@code fit-content(limit)} or
 * {@code minmax(min, max)}, and {@code repeat(n, ...)} repeats some. Fixed columns are
 * sized first, then the content-sized ones from their items' intrinsic widths, then the
 * {@code fr} columns share what is left; {@code auto} columns take what still remains.
 * {@code gap} separates columns and rows; items of auto height stretch to their row.
 *
 * <p>Not supported: rows templates, named areas and lines, explicit placement,
 * spanning, alignment other than the start, auto-fill and auto-fit.
 */
final class GridLayout {

    /** At most this many columns (a hostile {@code repeat(100000, 1fr)}). */
    private static final int MAX_COLUMNS = 100;

    private record Track(String kind, double value, double limit) {}

    private final BlockLayout blocks;
    private final IntrinsicWidths intrinsic;

    GridLayout(BlockLayout blocks, IntrinsicWidths intrinsic) {
        this.blocks = blocks;
        this.intrinsic = intrinsic;
    }

    /** Whether a box is a grid container with columns this class can lay out. */
    static boolean isGridContainer(BlockBox box) {
        return box.style().gridColumns() != null && !box.style().gridColumns().isBlank();
    }

    /** Lays the items of {@code container} (its content box placed) in the grid; returns the y below them. */
    int layout(BlockBox container) {
        List<BlockBox> items = new ArrayList<>();
        for (LayoutBox child : container.children()) {
            BlockBox b = (BlockBox) child;
            if (b.kind() != BlockBox.Kind.ABSOLUTE) items.add(b);
        }
        ComputedStyle style = container.style();
        int available = container.contentWidth();
        int gap = style.gap().resolve(available, 0);
        List<Track> tracks = tracks(style.gridColumns(), available);
        if (tracks.isEmpty()) tracks = List.of(new Track("auto", 0, 0));
        int[] widths = sizeColumns(tracks, items, available - gap * (tracks.size() - 1));
        int top = container.contentY();
        for (int start = 0; start < items.size(); start += tracks.size()) {
            int x = container.contentX();
            int rowHeight = 0;
            List<BlockBox> row = items.subList(start, Math.min(items.size(), start + tracks.size()));
            for (int c = 0; c < row.size(); c++) {
                BlockBox item = row.get(c);
                item.widthOverride = Math.max(0, widths[c] - margins(item, widths[c]));
                blocks.layoutDetached(item, widths[c]);
                item.translate(x + item.margin().left() - item.x, top + item.margin().top() - item.y);
                rowHeight = Math.max(rowHeight, item.height + item.margin().vertical());
                x += widths[c] + gap;
            }
            for (BlockBox item : row) {
                // align-items: stretch, the default: an item of auto height is as tall as its row.
                if (item.style().height().isAuto()) item.height = Math.max(item.height, rowHeight - item.margin().vertical());
            }
            top += rowHeight + (start + tracks.size() < items.size() ? gap : 0);
        }
        return top;
    }

    /** Column widths: fixed first, then content-sized, then fr shares, then auto takes the rest. */
    private int[] sizeColumns(List<Track> tracks, List<BlockBox> items, int room) {
        int n = tracks.size();
        int[] widths = new int[n];
        int[] min = new int[n];
        int[] max = new int[n];
        for (int i = 0; i < items.size(); i++) {
            IntrinsicWidths.Range r = intrinsic.of(items.get(i));
            int margins = margins(items.get(i), 0);
            min[i % n] = Math.max(min[i % n], r.min() + margins);
            max[i % n] = Math.max(max[i % n], r.max() + margins);
        }
        int used = 0;
        double fr = 0;
        int autos = 0;
        for (int c = 0; c < n; c++) {
            Track t = tracks.get(c);
            widths[c] = switch (t.kind()) {
                case "px" -> (int) Math.round(t.value());
                case "min-content" -> min[c];
                case "max-content" -> max[c];
                case "fit-content" -> Math.max(min[c], Math.min(max[c], (int) Math.round(t.limit())));
                case "minmax" -> Math.max((int) Math.round(t.value()), Math.min(max[c], (int) Math.round(t.limit())));
                default -> min[c]; // fr and auto start at their content's minimum
            };
            if (t.kind().equals("fr")) fr += t.value();
            if (t.kind().equals("auto")) autos++;
            used += widths[c];
        }
        int left = Math.max(0, room - used);
        if (fr > 0) {
            int forFr = room;
            for (int c = 0; c < n; c++) if (!tracks.get(c).kind().equals("fr")) forFr -= widths[c];
            for (int c = 0; c < n; c++) {
                if (tracks.get(c).kind().equals("fr")) widths[c] = Math.max(widths[c], (int) (Math.max(0, forFr) * tracks.get(c).value() / fr));
            }
        } else if (autos > 0) {
            for (int c = 0; c < n; c++) if (tracks.get(c).kind().equals("auto")) widths[c] += left / autos;
        }
        return widths;
    }

    /** An item's left and right margins, percentages of {@code width}, auto as 0. */
    private static int margins(BlockBox item, int width) {
        ComputedStyle s = item.style();
        return s.margin(minibrowser.renderer.engine.style.Side.LEFT).resolve(width, 0)
                + s.margin(minibrowser.renderer.engine.style.Side.RIGHT).resolve(width, 0);
    }

    /** The tracks of a {@code grid-template-columns} value, with {@code repeat()} expanded. */
    static List<Track> tracks(String value, int available) {
        List<Track> out = new ArrayList<>();
        List<String> words = CssWords.words(value.trim().toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (out.size() >= MAX_COLUMNS) break;
            if (w.startsWith("repeat(") && w.endsWith(")")) {
                String inside = w.substring(7, w.length() - 1);
                int comma = inside.indexOf(',');
                if (comma < 0) continue;
                int times;
                try {
                    times = Integer.parseInt(inside.substring(0, comma).trim());
                } catch (NumberFormatException e) {
                    times = 1; // auto-fill, auto-fit: one round
                }
                List<Track> unit = tracks(inside.substring(comma + 1), available);
                for (int i = 0; i < Math.min(times, MAX_COLUMNS) && out.size() < MAX_COLUMNS; i++) out.addAll(unit);
            } else if (!w.startsWith("[")) {
                out.add(track(w, available));
            }
        }
        return out.size() > MAX_COLUMNS ? out.subList(0, MAX_COLUMNS) : out;
    }

    private static Track track(String w, int available) {
        if (w.endsWith("fr")) return new Track("fr", number(w.substring(0, w.length() - 2), 1), 0);
        if (w.equals("min-content") || w.equals("max-content") || w.equals("auto")) return new Track(w, 0, 0);
        if (w.startsWith("fit-content(") && w.endsWith(")")) {
            return new Track("fit-content", 0, length(w.substring(12, w.length() - 1), available));
        }
        if (w.startsWith("minmax(") && w.endsWith(")")) {
            String[] parts = w.substring(7, w.length() - 1).split(",");
            double lo = parts.length > 0 ? length(parts[0].trim(), available) : 0;
            double hi = parts.length > 1 ? length(parts[1].trim(), available) : lo;
            return new Track("minmax", lo, hi < 0 ? Integer.MAX_VALUE : hi);
        }
        double px = length(w, available);
        return px >= 0 ? new Track("px", px, 0) : new Track("auto", 0, 0);
    }

    /** px or % of {@code available}; -1 for anything else (an fr or keyword inside minmax means no limit). */
    private static double length(String w, int available) {
        if (w.endsWith("px")) return Math.max(0, number(w.substring(0, w.length() - 2), -1));
        if (w.endsWith("%")) return Math.max(0, number(w.substring(0, w.length() - 1), 0) * available / 100);
        if (w.endsWith("em")) return Math.max(0, number(w.substring(0, w.length() - 2), 0) * 16);
        return w.equals("0") ? 0 : -1;
    }

    private static double number(String s, double fallback) {
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isFinite(v) ? Math.max(0, Math.min(100_000, v)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
