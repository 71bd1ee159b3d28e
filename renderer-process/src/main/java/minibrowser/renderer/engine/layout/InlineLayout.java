package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.ComputedStyle.WhiteSpace;

/**
 * Inline layout (CSS 2.1 sections 9.4.2, 10.8 and 16.6): breaks a block's inline
 * content into line boxes. Text is split into words at white space (collapsed unless
 * {@code white-space} keeps it) and between East Asian wide characters; words go on
 * the current line while they fit, then a new line starts. Words of one text run on
 * one line become one {@link TextFragment}. Each line is as tall as its tallest content,
 * with all text on a common baseline, and shifted for {@code text-align}.
 *
 * <p>One instance per layout pass; not thread-safe.
 */
final class InlineLayout {

    private final TextMeasurer measurer;
    private final Device device;
    private final BlockLayout blocks;
    private final ReplacedSizing replacedSizing;

    InlineLayout(TextMeasurer measurer, BlockLayout blocks, ReplacedSizing replacedSizing) {
        this.measurer = measurer;
        this.device = measurer.device();
        this.blocks = blocks;
        this.replacedSizing = replacedSizing;
    }

    /**
     * Lays out {@code box}'s inline items as lines inside the band starting at
     * ({@code left}, {@code top}), {@code width} wide, avoiding {@code floats}. Adds the
     * lines to the box and returns the y below the last line ({@code top} if none).
     */
    int layout(BlockBox box, int left, int top, int width, FloatContext floats) {
        List<Unit> units = new WordSplitter().split(box.inlineItems());
        Lines lines = new Lines(box, left, top, width, floats);
        for (Unit unit : units) lines.place(unit);
        lines.finishLine(false, null, false);
        return lines.top;
    }

    /** A piece of one line: text of one item so far, or one atomic box. */
    private static final class Piece {
        final InlineItem item;
        final StringBuilder text = new StringBuilder();
        final int x;
        int width;

        Piece(InlineItem item, int x) {
            this.item = item;
            this.x = x;
        }
    }

    /** Part of a unit: text of one item, or one atomic box. */
    private record Segment(InlineItem item, String text) {}

    /**
     * What line breaking moves as a whole: a word (which may span several styled items,
     * as in {@code foo<b>bar</b>}), an atomic box, or a forced break.
     */
    private static final class Unit {
        final List<Segment> segments = new ArrayList<>(1);
        /** The item whose collapsed space comes before this unit, or null. */
        InlineItem.Text spaceBefore;
        /** Whether a line may break before this unit. */
        boolean breakBefore;
        /** A forced line break ({@code <br>} or a preserved newline), in this style. */
        ComputedStyle forcedBreak;
        /** A float met in the middle of the text: no width on the line, placed beside it. */
        BlockBox floatBox;
    }

    /**
     * Phase one: cuts the items into units at break opportunities (CSS Text 3 section 5):
     * collapsible white space, preserved spaces in {@code pre-wrap}, around CJK
     * ideographs and atomic boxes. Text glued across items stays one unit.
     */
    private static final class WordSplitter {
        final List<Unit> units = new ArrayList<>();
        Unit open;                       // the word being built, or null after a break opportunity
        InlineItem.Text pendingSpace;
        boolean breakPending = true;

        List<Unit> split(List<InlineItem> items) {
            for (InlineItem item : items) {
                if (item instanceof InlineItem.Text text) {
                    text(text);
                } else if (item instanceof InlineItem.Atomic atomic) {
                    Unit u = newUnit(true);
                    u.segments.add(new Segment(atomic, null));
                    open = null;
                    breakPending = true;
                } else if (item instanceof InlineItem.Float f) {
                    // Not a break opportunity and no width: the word around it goes on as it was.
                    Unit u = new Unit();
                    u.floatBox = f.box();
                    units.add(u);
                } else if (item instanceof InlineItem.LineBreak br) {
                    forced(br.style());
                } else if (item instanceof InlineItem.Spacer spacer) {
                    if (open == null) open = newUnit(false);
                    open.segments.add(new Segment(spacer, null));
                }
            }
            return units;
        }

        private void forced(ComputedStyle style) {
            Unit u = new Unit();
            u.forcedBreak = style;
            units.add(u);
            open = null;
            pendingSpace = null;
            breakPending = true;
        }

        private Unit newUnit(boolean breakBefore) {
            Unit u = new Unit();
            u.spaceBefore = pendingSpace;
            u.breakBefore = breakBefore || breakPending || pendingSpace != null;
            pendingSpace = null;
            breakPending = false;
            units.add(u);
            return u;
        }

        /** Adds text to the open word, or starts a new word. */
        private void word(InlineItem.Text item, String text, boolean standalone) {
            if (open == null || standalone || pendingSpace != null || breakPending) {
                open = newUnit(standalone);
            }
            List<Segment> segs = open.segments;
            Segment last = segs.isEmpty() ? null : segs.get(segs.size() - 1);
            if (last != null && last.item() == item) {
                segs.set(segs.size() - 1, new Segment(item, last.text() + text));
            } else {
                segs.add(new Segment(item, text));
            }
            if (standalone) {
                open = null;
                breakPending = true;
            }
        }

        private void text(InlineItem.Text item) {
            ComputedStyle style = item.style();
            String text = transform(item.text(), style.textTransform());
            WhiteSpace ws = style.whiteSpace();
            if (!ws.collapsesSpaces()) {
                preserved(item, text, ws);
                return;
            }
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' && ws.keepsNewlines()) {
                    forced(style);
                    i++;
                } else if (isCollapsibleSpace(c)) {
                    if (open != null || !units.isEmpty()) {
                        boolean afterForcedBreak = !units.isEmpty() && units.get(units.size() - 1).forcedBreak != null && open == null;
                        if (!afterForcedBreak) pendingSpace = item;
                    }
                    open = null;
                    i++;
                } else {
                    int cp = text.codePointAt(i);
                    if (isWide(cp)) {
                        int end = i + Character.charCount(cp);
                        // Closing punctuation stays with the ideograph before it.
                        while (end < n && isClosingPunctuation(text.charAt(end))) end++;
                        word(item, text.substring(i, end), true);
                        i = end;
                        continue;
                    }
                    int start = i;
                    while (i < n && !isCollapsibleSpace(text.charAt(i)) && !isWide(text.codePointAt(i))) i++;
                    word(item, text.substring(start, i), false);
                }
            }
        }

        private void preserved(InlineItem.Text item, String text, WhiteSpace ws) {
            String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int l = 0; l < lines.length; l++) {
                if (l > 0) forced(item.style());
                String line = expandTabs(lines[l]);
                if (line.isEmpty()) continue;
                if (ws == WhiteSpace.PRE) {
                    word(item, line, false);
                    continue;
                }
                // pre-wrap: spaces are kept, and a line may break after them.
                int i = 0;
                while (i < line.length()) {
                    int end = line.indexOf(' ', i);
                    end = end < 0 ? line.length() : end + 1;
                    while (end < line.length() && line.charAt(end) == ' ') end++;
                    word(item, line.substring(i, end), false);
                    if (end < line.length() || line.endsWith(" ")) {
                        open = null;
                        breakPending = true;
                    }
                    i = end;
                }
            }
        }
    }

    /** The line being filled, and the lines made so far. */
    private final class Lines {
        final BlockBox box;
        final int blockLeft;
        final int blockWidth;
        final FloatContext floats;
        final List<Piece> pieces = new ArrayList<>();
        /** Floats that did not fit beside the current line: placed below it when it ends. */
        final List<BlockBox> floatsBelow = new ArrayList<>();
        int top;
        int lineLeft;
        int available;
        int cursor;                 // x of the next piece, relative to lineLeft: exact, rounded
        double exact;               // the same x unrounded (text advances are fractional)
        boolean gap;                // a spacer since the last piece: the next text starts a new piece
        boolean firstLine = true;

        Lines(BlockBox box, int left, int top, int width, FloatContext floats) {
            this.box = box;
            this.blockLeft = left;
            this.blockWidth = width;
            this.top = top;
            this.floats = floats;
            startLine();
        }

        void startLine() {
            fitBetweenFloats();
            cursor = firstLine ? box.style().textIndent().resolve(blockWidth, 0) : 0;
            exact = cursor;
            gap = cursor != 0;
        }

        /** Sets the line's left edge and width to the room the floats leave at its top. */
        private void fitBetweenFloats() {
            int strut = lineHeightOf(box.style());
            if (floats.isEmpty()) {
                lineLeft = blockLeft;
                available = blockWidth;
            } else {
                lineLeft = floats.leftEdge(top, strut, blockLeft);
                available = floats.rightEdge(top, strut, blockLeft + blockWidth) - lineLeft;
            }
        }

        /** {@code <br clear>}: the next line starts below the floats on that side. */
        private void clearBelowFloats(ComputedStyle.FloatSide clear) {
            if (clear == ComputedStyle.FloatSide.NONE || floats.isEmpty()) return;
            int below = floats.bottom(clear != ComputedStyle.FloatSide.RIGHT, clear != ComputedStyle.FloatSide.LEFT);
            if (below > top) {
                top = below;
                startLine();
            }
        }

        /**
         * A float in the middle of the text goes beside the current line if it fits in what
         * the line has left (the line's content moves over to make room), else below it.
         */
        private void placeFloat(BlockBox floatBox) {
            blocks.layoutDetached(floatBox, blockWidth);
            int marginWidth = floatBox.width + floatBox.margin.horizontal();
            box.children.add(floatBox);
            if (!pieces.isEmpty() && cursor + marginWidth > available) {
                floatsBelow.add(floatBox);
                return;
            }
            blocks.positionFloat(floatBox, blockLeft, blockWidth, top, floats);
            fitBetweenFloats();
        }

        /** Puts one unit on the current line, or on a new line if it does not fit and may break. */
        void place(Unit unit) {
            if (unit.forcedBreak != null) {
                finishLine(true, unit.forcedBreak, false);
                clearBelowFloats(unit.forcedBreak.clear());
                return;
            }
            if (unit.floatBox != null) {
                placeFloat(unit.floatBox);
                return;
            }
            int width = 0;
            for (Segment seg : unit.segments) width += measure(seg);
            int space = unit.spaceBefore != null && !pieces.isEmpty() ? spaceWidth(unit.spaceBefore) : 0;
            boolean wraps = unit.segments.get(0).item().style().whiteSpace().wraps();
            if (unit.breakBefore && wraps && !pieces.isEmpty() && cursor + space + width > available) {
                finishLine(false, null, true);
                space = 0;
            }
            if (space > 0) emitText(" ", unit.spaceBefore);
            for (Segment seg : unit.segments) {
                if (seg.item() instanceof InlineItem.Spacer spacer) {
                    advance(spacer.width());
                    gap = true;
                } else if (seg.item() instanceof InlineItem.Atomic atomic) {
                    Piece piece = new Piece(atomic, cursor);
                    piece.width = atomicWidth(atomic.box());
                    pieces.add(piece);
                    advance(piece.width);
                } else {
                    emitText(seg.text(), (InlineItem.Text) seg.item());
                }
            }
        }

        /** The width of a segment; atomic boxes are sized (and inline-blocks laid out) here. */
        private int measure(Segment seg) {
            if (seg.item() instanceof InlineItem.Spacer spacer) return spacer.width();
            if (seg.item() instanceof InlineItem.Atomic atomic) {
                LayoutBox box = atomic.box();
                if (box instanceof ReplacedBox replaced) {
                    replacedSizing.size(replaced, blockWidth);
                } else {
                    blocks.layoutDetached((BlockBox) box, blockWidth);
                }
                return atomicWidth(box);
            }
            return measurer.width(seg.text(), seg.item().style().textStyle());
        }

        private int atomicWidth(LayoutBox box) {
            if (box instanceof ReplacedBox r) return r.width + r.margin.horizontal();
            BlockBox b = (BlockBox) box;
            return b.width + b.margin.horizontal();
        }

        /** Moves the cursor on by {@code width} (exact), rounding once. */
        private int advance(double width) {
            int before = cursor;
            exact += width;
            cursor = (int) Math.round(exact);
            return cursor - before;
        }

        /**
         * Adds text to the line: to the last piece if it is of the same item, else as a new
         * piece. Its width is how far the exact cursor moved, so pieces abut as drawn.
         */
        private void emitText(String text, InlineItem.Text item) {
            int x = cursor;
            int w = advance(measurer.advance(text, item.style().textStyle()));
            Piece last = pieces.isEmpty() || gap ? null : pieces.get(pieces.size() - 1);
            gap = false;
            if (last != null && last.item == item) {
                last.text.append(text);
                last.width += w;
            } else {
                Piece piece = new Piece(item, x);
                piece.text.append(text);
                piece.width = w;
                pieces.add(piece);
            }
        }

        /**
         * Ends the current line. A forced break ({@code <br>}, a newline in pre) makes a
         * line even when it is empty, as tall as {@code breakStyle}'s text; {@code wrapped}
         * says the line ends because the next word did not fit (only such lines are justified).
         */
        void finishLine(boolean forced, ComputedStyle breakStyle, boolean wrapped) {
            if (pieces.isEmpty() && !forced) return;
            LineBox line = new LineBox();
            // The strut: every line is at least as tall as the block's own font needs (CSS 2.1 section 10.8.1).
            int strutHeight = lineHeightOf(box.style());
            int ascent = ascentOf(box.style(), strutHeight);
            int descent = strutHeight - ascent;
            if (forced && breakStyle != null) {
                int h = lineHeightOf(breakStyle);
                int a = ascentOf(breakStyle, h);
                ascent = Math.max(ascent, a);
                descent = Math.max(descent, h - a);
            }
            for (Piece p : pieces) {
                if (p.item instanceof InlineItem.Atomic atomic) {
                    int h = marginHeight(atomic.box());
                    int a = atomicAscent(atomic.box());
                    ascent = Math.max(ascent, a);
                    descent = Math.max(descent, h - a);
                } else {
                    int h = lineHeightOf(p.item.style());
                    int a = ascentOf(p.item.style(), h);
                    ascent = Math.max(ascent, a);
                    descent = Math.max(descent, h - a);
                }
            }
            int used = cursor;
            int shift = switch (box.style().textAlign()) {
                case CENTER -> Math.max(0, (available - used) / 2);
                case RIGHT -> Math.max(0, available - used);
                default -> 0;
            };
            // A line that wraps is justified; the last one and one before a <br> are not.
            boolean justify = wrapped && box.style().textAlign() == ComputedStyle.TextAlign.JUSTIFY;
            int spaces = justify ? justifiableSpaces() : 0;
            double perSpace = spaces > 0 ? Math.max(0, available - used) / (double) spaces : 0;
            double added = 0;
            line.x = lineLeft;
            line.y = top;
            line.width = Math.max(0, available);
            line.height = ascent + descent;
            line.baseline = top + ascent;
            for (Piece p : pieces) {
                int x = lineLeft + shift + p.x + (int) Math.round(added);
                if (p.item instanceof InlineItem.Atomic atomic) {
                    placeAtomic(atomic.box(), x, line.baseline - atomicAscent(atomic.box()));
                    line.children.add(atomic.box());
                } else if (perSpace > 0 && p.text.indexOf(" ") >= 0) {
                    added = addJustifiedWords(line, p, lineLeft + shift + p.x, added, perSpace);
                } else {
                    addFragment(line, p, p.text.toString(), x, p.width);
                }
            }
            box.children.add(line);
            top += line.height;
            pieces.clear();
            firstLine = false;
            for (BlockBox below : floatsBelow) blocks.positionFloat(below, blockLeft, blockWidth, top, floats);
            floatsBelow.clear();
            startLine();
        }

        /** The spaces between words on the line, which {@code text-align: justify} widens. */
        private int justifiableSpaces() {
            int spaces = 0;
            for (Piece p : pieces) {
                if (!(p.item instanceof InlineItem.Text) || !p.item.style().whiteSpace().collapsesSpaces()) continue;
                for (int i = 0; i < p.text.length(); i++) if (p.text.charAt(i) == ' ') spaces++;
            }
            return spaces;
        }

        /**
         * A justified piece as one fragment per word, each word's space widened by
         * {@code perSpace} (a word keeps its space, so the fragments still read as the
         * text). Returns the extra width added so far on the line.
         */
        private double addJustifiedWords(LineBox line, Piece p, int pieceX, double added, double perSpace) {
            String text = p.text.toString();
            TextStyle font = p.item.style().textStyle();
            int start = 0;
            while (start < text.length()) {
                int space = text.indexOf(' ', start);
                int end = space < 0 ? text.length() : space + 1;
                int x = pieceX + (int) Math.round(measurer.advance(text.substring(0, start), font) + added);
                double extra = space < 0 ? 0 : perSpace;
                int width = (int) Math.round(measurer.advance(text.substring(start, end), font) + extra);
                addFragment(line, p, text.substring(start, end), x, width);
                added += extra;
                start = end;
            }
            return added;
        }

        private void addFragment(LineBox line, Piece p, String text, int x, int width) {
            ComputedStyle style = p.item.style();
            int h = lineHeightOf(style);
            int a = ascentOf(style, h);
            InlineItem.Text item = (InlineItem.Text) p.item;
            TextFragment fragment = new TextFragment(text, style, item.href(), false, item.owner());
            fragment.x = x;
            fragment.width = width;
            fragment.y = line.baseline - a;
            fragment.height = h;
            fragment.baseline = line.baseline;
            line.children.add(fragment);
        }

        /** Moves an atomic box so its margin box's top-left is at (x, marginTop). */
        private void placeAtomic(LayoutBox atomic, int x, int marginTop) {
            if (atomic instanceof ReplacedBox r) {
                atomic.translate(x + r.margin.left() - r.x, marginTop + r.margin.top() - r.y);
            } else {
                BlockBox b = (BlockBox) atomic;
                atomic.translate(x + b.margin.left() - b.x, marginTop + b.margin.top() - b.y);
            }
        }

        /**
         * How far above the baseline an atomic box reaches: a replaced box sits on the
         * baseline with its bottom margin edge; an inline-block's baseline is that of its
         * last line (CSS 2.1 section 10.8.1), or its bottom margin edge if it has none or
         * if its {@code overflow} is not visible.
         */
        private int atomicAscent(LayoutBox atomic) {
            if (atomic instanceof ReplacedBox icon && icon.kind() == ReplacedBox.Kind.BROKEN_IMAGE_ICON) {
                // The icon hangs from the top of the text, as Chromium's does: the line keeps its height.
                return Math.min(marginHeight(icon), ascentOf(icon.style(), lineHeightOf(icon.style())));
            }
            if (atomic instanceof BlockBox b && !b.style().overflowHidden()) {
                LineBox last = lastLine(b);
                if (last != null) return last.baseline() - b.y + b.margin.top();
            }
            return marginHeight(atomic);
        }

        private int marginHeight(LayoutBox atomic) {
            if (atomic instanceof ReplacedBox r) return r.height + r.margin.vertical();
            BlockBox b = (BlockBox) atomic;
            return b.height + b.margin.vertical();
        }

        private int spaceWidth(InlineItem.Text item) {
            return measurer.width(" ", item.style().textStyle());
        }
    }

    /** The last line box inside {@code box}, searching depth-first from the end (bounded), or null. */
    private static LineBox lastLine(LayoutBox box) {
        LayoutBox current = box;
        for (int depth = 0; depth < 64 && current != null; depth++) {
            if (current instanceof LineBox line) return line;
            List<LayoutBox> children = current.children();
            current = children.isEmpty() ? null : children.get(children.size() - 1);
        }
        return null;
    }

    /** The height of a line of text in {@code style}: its line-height, snapped to the device. */
    int lineHeightOf(ComputedStyle style) {
        return device.snapLineHeight(style.lineHeight(device.lineHeight(style.textStyle())));
    }

    /** Where the baseline sits in a line of height {@code lineHeight} (half the leading above the font). */
    int ascentOf(ComputedStyle style, int lineHeight) {
        TextStyle font = style.textStyle();
        return device.ascent(font) + (lineHeight - device.lineHeight(font)) / 2;
    }

    /** Punctuation that must not start a line after an ideograph: 、。，．：；！？）」』】〉》. */
    private static boolean isClosingPunctuation(char c) {
        return "、。，．：；！？）」』】〉》,.:;!?)".indexOf(c) >= 0;
    }

    private static boolean isCollapsibleSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** Ideographs and syllables that may break anywhere (CJK); Hangul breaks at spaces, like Latin. */
    private static boolean isWide(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF && !(cp >= 0x3130 && cp <= 0x318F))
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                do out.append(' '); while (out.length() % 8 != 0);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String transform(String text, ComputedStyle.TextTransform t) {
        return switch (t) {
            case NONE -> text;
            case UPPERCASE -> text.toUpperCase(Locale.ROOT);
            case LOWERCASE -> text.toLowerCase(Locale.ROOT);
            case CAPITALIZE -> {
                StringBuilder s = new StringBuilder(text);
                boolean start = true;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isWhitespace(c)) start = true;
                    else if (start) {
                        s.setCharAt(i, Character.toUpperCase(c));
                        start = false;
                    }
                }
                yield s.toString();
            }
        };
    }
}
