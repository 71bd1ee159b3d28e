package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Side;

/**
 * A basic flexbox (CSS Flexbox 1, the common part): a container lays its items out in a
 * row or a column.
 *
 * <ul>
 *   <li>Row: each item starts at its {@code flex-basis}, else its {@code width}, else its
 *       max-content width; with {@code flex-wrap: wrap} items that do not fit start a new
 *       line. Free room on a line goes to items by {@code flex-grow}; missing room is taken
 *       by {@code flex-shrink} times each item's width. No item goes below its automatic
 *       minimum: its min-content width, or 0 when its overflow is clipped. {@code justify-content} places the items along the line,
 *       {@code align-items} across it ({@code stretch}, the default, makes them as tall as
 *       the line).</li>
 *   <li>Column: items are stacked, each as wide as the container ({@code stretch}) or
 *       its own shrink-to-fit width placed by {@code align-items}; margins do not
 *       collapse.</li>
 * </ul>
 *
 * <p>Not supported: {@code order},
 * {@code align-self}, {@code align-content}, reverse directions, growing in a column,
 * baseline alignment (items align at the start instead).
 */
final class FlexLayout {

    private final BlockLayout blocks;
    private final IntrinsicWidths intrinsic;

    FlexLayout(BlockLayout blocks, IntrinsicWidths intrinsic) {
        this.blocks = blocks;
        this.intrinsic = intrinsic;
    }

    /**
     * Lays out the items of {@code container}, whose content box is already placed, and
     * returns the y below the last line or item.
     *
     * @param fixedHeight the container's content height if {@code height} fixes it, else -1
     */
    int layout(BlockBox container, int fixedHeight) {
        List<BlockBox> items = new ArrayList<>();
        for (LayoutBox child : container.children()) {
            BlockBox b = (BlockBox) child;
            if (b.kind() != BlockBox.Kind.ABSOLUTE) items.add(b);
        }
        return container.style().flexColumn() ? column(container, items) : row(container, items, fixedHeight);
    }

    private int row(BlockBox container, List<BlockBox> items, int fixedHeight) {
        ComputedStyle style = container.style();
        int available = container.contentWidth();
        int gap = style.gap().resolve(available, 0);
        // 1. Hypothetical sizes: each item laid out at its own preferred width.
        for (BlockBox item : items) {
            item.widthOverride = baseWidth(item, available);
            blocks.layoutDetached(item, available);
        }
        // 2. Lines, then grow or shrink, place along and across each line.
        int top = container.contentY();
        int start = 0;
        while (start < items.size()) {
            int end = start;
            int used = 0;
            while (end < items.size()) {
                int w = outerWidth(items.get(end)) + (end > start ? gap : 0);
                if (style.flexWrap() && end > start && used + w > available) break;
                used += w;
                end++;
            }
            List<BlockBox> line = items.subList(start, end);
            resize(line, available - used);
            top = placeLine(container, line, top, gap, fixedHeight >= 0 && !style.flexWrap() ? fixedHeight : -1);
            start = end;
        }
        return top;
    }

    /**
     * An item's border-box width before growing or shrinking (-1: its {@code width}
     * decides): {@code flex-basis} if it has one, else max-content for an auto width;
     * never below the automatic minimum.
     */
    private int baseWidth(BlockBox item, int available) {
        ComputedStyle s = item.style();
        if (s.flexBasis().isAuto()) return s.width().isAuto() ? preferredWidth(item, available) : -1;
        int basis = s.flexBasis().resolve(available, 0);
        if (!s.borderBox()) {
            basis += s.borderWidth(Side.LEFT) + s.borderWidth(Side.RIGHT)
                    + s.padding(Side.LEFT).resolve(available, 0) + s.padding(Side.RIGHT).resolve(available, 0);
        }
        return Math.max(basis, automaticMinimum(item));
    }

    /** The automatic minimum width of a flex item: min-content, or 0 when its overflow is clipped. */
    private int automaticMinimum(BlockBox item) {
        return item.style().overflowHidden() ? 0 : intrinsic.of(item).min();
    }

    /** Hands out free room by {@code flex-grow}, or takes missing room back by {@code flex-shrink} times width. */
    private void resize(List<BlockBox> line, int free) {
        double grow = 0;
        double total = 0;
        for (BlockBox item : line) {
            grow += item.style().flexGrow();
            total += item.style().flexShrink() * item.width;
        }
        if (free > 0 && grow > 0) {
            int given = 0;
            for (int i = 0; i < line.size(); i++) {
                BlockBox item = line.get(i);
                int share = i == line.size() - 1 && grow == sumGrow(line, i) ? free - given
                        : (int) Math.floor(free * item.style().flexGrow() / grow);
                given += share;
                relayout(item, item.width + share);
            }
        } else if (free < 0 && total > 0) {
            for (BlockBox item : line) {
                int cut = (int) Math.ceil(-free * item.style().flexShrink() * item.width / total);
                relayout(item, Math.max(automaticMinimum(item), item.width - cut));
            }
        }
    }

    private static double sumGrow(List<BlockBox> line, int upTo) {
        double sum = 0;
        for (int i = 0; i <= upTo; i++) sum += line.get(i).style().flexGrow();
        return sum;
    }

    private void relayout(BlockBox item, int borderBoxWidth) {
        if (borderBoxWidth == item.width) return;
        item.widthOverride = Math.max(0, borderBoxWidth);
        blocks.layoutDetached(item, borderBoxWidth + item.margin.horizontal());
    }

    /** Places one line of laid-out items at {@code top}; returns the y below it. */
    private int placeLine(BlockBox container, List<BlockBox> line, int top, int gap, int fixedHeight) {
        ComputedStyle style = container.style();
        int used = 0;
        int lineHeight = 0;
        for (BlockBox item : line) {
            used += outerWidth(item);
            lineHeight = Math.max(lineHeight, item.height + item.margin.vertical());
        }
        used += gap * Math.max(0, line.size() - 1);
        if (fixedHeight >= 0) lineHeight = Math.max(lineHeight, fixedHeight);
        int free = Math.max(0, container.contentWidth() - used);
        int n = line.size();
        int x = container.contentX();
        int between = gap;
        switch (style.justifyContent()) {
            case "center" -> x += free / 2;
            case "flex-end", "end", "right" -> x += free;
            case "space-between" -> between += n > 1 ? free / (n - 1) : 0;
            case "space-around" -> {
                between += free / n;
                x += free / n / 2;
            }
            case "space-evenly" -> {
                between += free / (n + 1);
                x += free / (n + 1);
            }
            default -> { }
        }
        for (BlockBox item : line) {
            int outer = item.height + item.margin.vertical();
            int y = top;
            switch (style.alignItems()) {
                case "center" -> y += (lineHeight - outer) / 2;
                case "flex-end", "end" -> y += lineHeight - outer;
                case "flex-start", "start", "baseline", "self-start" -> { }
                default -> {
                    if (item.style().height().isAuto()) item.height = lineHeight - item.margin.vertical();
                }
            }
            item.translate(x + item.margin.left() - item.x, y + item.margin.top() - item.y);
            x += outerWidth(item) + between;
        }
        return top + lineHeight;
    }

    private int column(BlockBox container, List<BlockBox> items) {
        ComputedStyle style = container.style();
        int available = container.contentWidth();
        int gap = style.gap().resolve(available, 0);
        boolean stretch = switch (style.alignItems()) {
            case "center", "flex-end", "end", "flex-start", "start", "baseline" -> false;
            default -> true;
        };
        int y = container.contentY();
        boolean first = true;
        for (BlockBox item : items) {
            if (!first) y += gap;
            first = false;
            if (item.style().width().isAuto()) {
                int margins = fixedMargins(item.style(), available);
                item.widthOverride = stretch ? Math.max(0, available - margins) : Math.min(preferredWidth(item, available), available - margins);
            }
            blocks.layoutDetached(item, available);
            int free = Math.max(0, available - outerWidth(item));
            int x = container.contentX() + switch (style.alignItems()) {
                case "center" -> free / 2;
                case "flex-end", "end" -> free;
                default -> 0;
            };
            item.translate(x + item.margin.left() - item.x, y + item.margin.top() - item.y);
            y += item.height + item.margin.vertical();
        }
        return y;
    }

    /** An auto-width item's starting border-box width: max-content, at most what the line has. */
    private int preferredWidth(BlockBox item, int available) {
        IntrinsicWidths.Range r = intrinsic.of(item);
        return Math.max(0, Math.min(r.max(), Math.max(r.min(), available - fixedMargins(item.style(), available))));
    }

    private static int fixedMargins(ComputedStyle s, int available) {
        return s.margin(Side.LEFT).resolve(available, 0)
                + s.margin(Side.RIGHT).resolve(available, 0);
    }

    private static int outerWidth(BlockBox item) {
        return item.width + item.margin.horizontal();
    }
}
