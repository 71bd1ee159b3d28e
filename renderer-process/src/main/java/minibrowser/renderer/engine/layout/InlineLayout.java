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
        Lines lines = new Lines(box, left, top, width, floats);
        for (InlineItem item : box.inlineItems()) {
            if (item instanceof InlineItem.Text text) {
                lines.addText(text);
            } else if (item instanceof InlineItem.Atomic atomic) {
                lines.addAtomic(atomic);
            } else if (item instanceof InlineItem.LineBreak br) {
                lines.finishLine(true, br.style());
            }
        }
        lines.finishLine(false, null);
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

    /** The line being filled, and the lines made so far. */
    private final class Lines {
        final BlockBox box;
        final int blockLeft;
        final int blockWidth;
        final FloatContext floats;
        final List<Piece> pieces = new ArrayList<>();
        int top;
        int lineLeft;
        int available;
        int cursor;                 // x of the next piece, relative to lineLeft
        InlineItem.Text pendingSpace;  // a collapsed space waiting for the next word
        boolean breakAllowed = true;   // whether a line may break before the next word

        Lines(BlockBox box, int left, int top, int width, FloatContext floats) {
            this.box = box;
            this.blockLeft = left;
            this.blockWidth = width;
            this.top = top;
            this.floats = floats;
            startLine();
        }

        void startLine() {
            int strut = lineHeightOf(box.style());
            if (floats.isEmpty()) {
                lineLeft = blockLeft;
                available = blockWidth;
            } else {
                lineLeft = floats.leftEdge(top, strut, blockLeft);
                available = floats.rightEdge(top, strut, blockLeft + blockWidth) - lineLeft;
            }
            cursor = 0;
            pendingSpace = null;
            breakAllowed = true;
        }

        void addText(InlineItem.Text item) {
            ComputedStyle style = item.style();
            String text = transform(item.text(), style.textTransform());
            WhiteSpace ws = style.whiteSpace();
            if (ws.collapsesSpaces()) {
                addCollapsible(text, item, ws);
            } else {
                addPreserved(text, item, ws);
            }
        }

        private void addCollapsible(String text, InlineItem.Text item, WhiteSpace ws) {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\n' && ws.keepsNewlines()) {
                    finishLine(true, item.style());
                    i++;
                } else if (isCollapsibleSpace(c)) {
                    pendingSpace = item;
                    breakAllowed = true;
                    i++;
                } else {
                    int start = i;
                    int cp = text.codePointAt(i);
                    if (isWide(cp)) {
                        i += Character.charCount(cp);
                        addWord(text.substring(start, i), item, true);
                        breakAllowed = true;
                        continue;
                    }
                    while (i < n && !isCollapsibleSpace(text.charAt(i)) && !isWide(text.codePointAt(i))) i++;
                    addWord(text.substring(start, i), item, false);
                }
            }
        }

        private void addPreserved(String text, InlineItem.Text item, WhiteSpace ws) {
            String[] segments = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            for (int s = 0; s < segments.length; s++) {
                if (s > 0) finishLine(true, item.style());
                String segment = expandTabs(segments[s]);
                if (segment.isEmpty()) continue;
                if (ws == WhiteSpace.PRE) {
                    emit(segment, item);
                    breakAllowed = false;
                } else {
                    // pre-wrap: spaces are kept but lines may break after them
                    int i = 0;
                    while (i < segment.length()) {
                        int end = segment.indexOf(' ', i);
                        end = end < 0 ? segment.length() : end + 1;
                        while (end < segment.length() && segment.charAt(end) == ' ') end++;
                        String word = segment.substring(i, end);
                        int w = measurer.width(word, item.style().textStyle());
                        if (!pieces.isEmpty() && cursor + w > available) {
                            finishLine(false, null);
                        }
                        emit(word, item);
                        i = end;
                    }
                }
            }
        }

        /** Places one word, first breaking the line if it does not fit and a break is allowed here. */
        private void addWord(String word, InlineItem.Text item, boolean wide) {
            TextStyle font = item.style().textStyle();
            int w = measurer.width(word, font);
            boolean canBreak = breakAllowed || wide;
            int space = pendingSpace != null && !pieces.isEmpty() ? spaceWidth(pendingSpace) : 0;
            if (canBreak && !pieces.isEmpty() && item.style().whiteSpace().wraps() && cursor + space + w > available) {
                finishLine(false, null);
                space = 0;
            }
            if (space > 0) emit(" ", pendingSpace);
            pendingSpace = null;
            emit(word, item);
            breakAllowed = false;
        }

        void addAtomic(InlineItem.Atomic atomic) {
            LayoutBox box = atomic.box();
            int marginWidth;
            if (box instanceof ReplacedBox replaced) {
                replacedSizing.size(replaced, blockWidth);
                marginWidth = replaced.width + replaced.margin.horizontal();
            } else {
                BlockBox block = (BlockBox) box;
                blocks.layoutDetached(block, blockWidth);
                marginWidth = block.width + block.margin.horizontal();
            }
            int space = pendingSpace != null && !pieces.isEmpty() ? spaceWidth(pendingSpace) : 0;
            if (!pieces.isEmpty() && cursor + space + marginWidth > available && box.style().whiteSpace().wraps()) {
                finishLine(false, null);
                space = 0;
            }
            if (space > 0) emit(" ", pendingSpace);
            pendingSpace = null;
            Piece piece = new Piece(atomic, cursor);
            piece.width = marginWidth;
            pieces.add(piece);
            cursor += marginWidth;
            breakAllowed = true;
        }

        private void emit(String text, InlineItem.Text item) {
            int w = measurer.width(text, item.style().textStyle());
            Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
            if (last != null && last.item == item) {
                last.text.append(text);
                last.width += w;
            } else {
                Piece piece = new Piece(item, cursor);
                piece.text.append(text);
                piece.width = w;
                pieces.add(piece);
            }
            cursor += w;
        }

        /**
         * Ends the current line. A forced break ({@code <br>}, a newline in pre) makes a
         * line even when it is empty, as tall as {@code breakStyle}'s text.
         */
        void finishLine(boolean forced, ComputedStyle breakStyle) {
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
                    ascent = Math.max(ascent, h);
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
            line.x = lineLeft;
            line.y = top;
            line.width = Math.max(0, available);
            line.height = ascent + descent;
            line.baseline = top + ascent;
            for (Piece p : pieces) {
                int x = lineLeft + shift + p.x;
                if (p.item instanceof InlineItem.Atomic atomic) {
                    placeAtomic(atomic.box(), x, line.baseline);
                    line.children.add(atomic.box());
                } else {
                    ComputedStyle style = p.item.style();
                    int h = lineHeightOf(style);
                    int a = ascentOf(style, h);
                    TextFragment fragment = new TextFragment(p.text.toString(), style, ((InlineItem.Text) p.item).href(), false);
                    fragment.x = x;
                    fragment.width = p.width;
                    fragment.y = line.baseline - a;
                    fragment.height = h;
                    fragment.baseline = line.baseline;
                    line.children.add(fragment);
                }
            }
            box.children.add(line);
            top += line.height;
            pieces.clear();
            startLine();
        }

        private void placeAtomic(LayoutBox atomic, int x, int baseline) {
            if (atomic instanceof ReplacedBox r) {
                atomic.translate(x + r.margin.left() - r.x, baseline - r.margin.bottom() - r.height - r.y);
            } else {
                BlockBox b = (BlockBox) atomic;
                atomic.translate(x + b.margin.left() - b.x, baseline - b.margin.bottom() - b.height - b.y);
            }
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

    /** The height of a line of text in {@code style}: its line-height, snapped to the device. */
    int lineHeightOf(ComputedStyle style) {
        return device.snapLineHeight(style.lineHeight(device.lineHeight(style.textStyle())));
    }

    /** Where the baseline sits in a line of height {@code lineHeight} (half the leading above the font). */
    int ascentOf(ComputedStyle style, int lineHeight) {
        TextStyle font = style.textStyle();
        return device.ascent(font) + (lineHeight - device.lineHeight(font)) / 2;
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
