package minibrowser.renderer.engine.layout;

import java.util.Locale;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;

/**
 * Min-content and max-content widths (CSS Sizing 3): the narrowest a box can be without
 * overflowing (its longest word) and the width it would take with no line breaks.
 * Shrink-to-fit boxes (floats, inline-blocks) and table columns are sized from them.
 */
final class IntrinsicWidths {

    /** A box's min-content and max-content border-box widths, in px. */
    record Range(int min, int max) {
        Range plus(int extra) {
            return new Range(min + extra, max + extra);
        }
    }

    /** Deeper boxes than this are not measured (they count as zero). */
    private static final int MAX_DEPTH = 600;

    private final TextMeasurer measurer;
    private final ReplacedSizing replacedSizing;

    IntrinsicWidths(TextMeasurer measurer, ReplacedSizing replacedSizing) {
        this.measurer = measurer;
        this.replacedSizing = replacedSizing;
    }

    /** The border-box width range of a block. */
    Range of(BlockBox box) {
        return of(box, 0);
    }

    private Range of(BlockBox box, int depth) {
        ComputedStyle s = box.style();
        int frame = s.borderWidth(Side.LEFT) + s.borderWidth(Side.RIGHT)
                + s.padding(Side.LEFT).resolve(0, 0) + s.padding(Side.RIGHT).resolve(0, 0);
        if (!s.width().isAuto() && s.width().unit() == Length.Unit.PX) {
            int w = (int) Math.round(s.width().value());
            int border = s.borderBox() ? Math.max(w, frame) : w + frame;
            return new Range(border, border);
        }
        if (depth > MAX_DEPTH) return new Range(frame, frame);
        Range content;
        if (box instanceof TableBox table) {
            content = tableRange(table, depth);
        } else if (box.hasInlineContent()) {
            content = inlineRange(box, depth);
        } else {
            // Stacked blocks need the widest child; a flex row puts its items side by side.
            boolean row = s.flexRow();
            int gap = row ? s.gap().resolve(0, 0) : 0;
            int min = 0;
            int max = 0;
            int items = 0;
            for (LayoutBox child : box.children()) {
                BlockBox b = (BlockBox) child;
                if (b.kind() == BlockBox.Kind.ABSOLUTE) continue;
                Range r = of(b, depth + 1).plus(fixedMargins(b.style()));
                if (row) {
                    min = s.flexWrap() ? Math.max(min, r.min()) : min + r.min();
                    max += r.max();
                    items++;
                } else {
                    min = Math.max(min, r.min());
                    max = Math.max(max, r.max());
                }
            }
            if (items > 1) {
                max += gap * (items - 1);
                if (!s.flexWrap()) min += gap * (items - 1);
            }
            content = new Range(min, max);
        }
        Range r = content.plus(frame);
        if (!s.maxWidth().isAuto() && s.maxWidth().unit() == Length.Unit.PX) {
            int cap = (int) Math.round(s.maxWidth().value()) + (s.borderBox() ? 0 : frame);
            r = new Range(Math.min(r.min(), cap), Math.min(r.max(), cap));
        }
        return r;
    }

    /** Columns side by side: the sums of the cells' widths per row, the widest row wins. */
    private Range tableRange(TableBox table, int depth) {
        int min = 0;
        int max = 0;
        for (LayoutBox child : table.children()) {
            BlockBox row = (BlockBox) child;
            if (row.kind() != BlockBox.Kind.ROW) continue;
            int rowMin = table.spacing();
            int rowMax = table.spacing();
            for (LayoutBox cell : row.children()) {
                Range r = of((BlockBox) cell, depth + 1);
                rowMin += r.min() + table.spacing();
                rowMax += r.max() + table.spacing();
            }
            min = Math.max(min, rowMin);
            max = Math.max(max, rowMax);
        }
        return new Range(min, max);
    }

    private Range inlineRange(BlockBox box, int depth) {
        int min = 0;
        int max = 0;
        int line = 0;
        for (InlineItem item : box.inlineItems()) {
            if (item instanceof InlineItem.Spacer spacer) {
                line += spacer.width();
            } else if (item instanceof InlineItem.Float f) {
                Range r = of(f.box(), depth + 1).plus(fixedMargins(f.box().style()));
                min = Math.max(min, r.min());
                line += r.max();
            } else if (item instanceof InlineItem.LineBreak) {
                max = Math.max(max, line);
                line = 0;
            } else if (item instanceof InlineItem.Atomic atomic) {
                int w;
                if (atomic.box() instanceof ReplacedBox replaced) {
                    replacedSizing.size(replaced, 0);
                    w = replaced.width() + replaced.margin().horizontal();
                    if (!replaced.style().width().isAuto() && replaced.style().width().unit() == Length.Unit.PERCENT) w = 0;
                } else {
                    BlockBox b = (BlockBox) atomic.box();
                    Range r = of(b, depth + 1);
                    int m = fixedMargins(b.style());
                    min = Math.max(min, r.min() + m);
                    w = r.max() + m;
                }
                min = Math.max(min, w);
                line += w;
            } else if (item instanceof InlineItem.Text text) {
                ComputedStyle style = text.style();
                String t = style.textTransform() == ComputedStyle.TextTransform.UPPERCASE
                        ? text.text().toUpperCase(Locale.ROOT) : text.text();
                if (style.whiteSpace().collapsesSpaces()) {
                    boolean keepNewlines = style.whiteSpace().keepsNewlines();
                    int spaceWidth = measurer.width(" ", style.textStyle());
                    int i = 0;
                    int n = t.length();
                    while (i < n) {
                        char c = t.charAt(i);
                        if (c == '\n' && keepNewlines) {
                            max = Math.max(max, line);
                            line = 0;
                            i++;
                        } else if (Character.isWhitespace(c)) {
                            while (i < n && Character.isWhitespace(t.charAt(i)) && !(t.charAt(i) == '\n' && keepNewlines)) i++;
                            if (line > 0) line += spaceWidth;
                        } else {
                            int start = i;
                            while (i < n && !Character.isWhitespace(t.charAt(i))) i++;
                            int w = measurer.width(t.substring(start, i), style.textStyle());
                            min = Math.max(min, style.whiteSpace().wraps() ? w : line + w);
                            line += w;
                        }
                    }
                } else {
                    String[] segments = t.split("\n", -1);
                    for (int s = 0; s < segments.length; s++) {
                        if (s > 0) {
                            max = Math.max(max, line);
                            line = 0;
                        }
                        int w = measurer.width(segments[s].replace("\t", "        "), style.textStyle());
                        line += w;
                        min = Math.max(min, line);
                    }
                }
            }
        }
        max = Math.max(max, line);
        return new Range(Math.min(min, max), max);
    }

    /** Left plus right margins when they are fixed lengths (percentages and auto count as 0). */
    private static int fixedMargins(ComputedStyle s) {
        int m = 0;
        if (s.margin(Side.LEFT).unit() == Length.Unit.PX) m += (int) Math.round(s.margin(Side.LEFT).value());
        if (s.margin(Side.RIGHT).unit() == Length.Unit.PX) m += (int) Math.round(s.margin(Side.RIGHT).value());
        return Math.max(0, m);
    }
}
