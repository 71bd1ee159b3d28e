package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.QuirksMode;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;
import org.jsoup.nodes.Element;

/**
 * Block layout (CSS 2.1 sections 9.4.1, 10.3.3 and 10.6.3): gives each block its width
 * from its containing block, stacks its children top to bottom, collapses adjoining
 * vertical margins, places floats beside the flow, and derives its height from its
 * content. Inline content is handed to {@link InlineLayout}, tables to
 * {@link TableLayout}.
 *
 * <p>One instance per layout pass; not thread-safe.
 */
public final class BlockLayout {

    /** What laying out a block tells its parent. */
    record Result(CollapsedMargin marginAfter, boolean collapsedThrough) {}

    private final TextMeasurer measurer;
    private final InlineLayout inline;
    private final TableLayout tables;
    private final IntrinsicWidths intrinsic;
    private final FlexLayout flex;
    private final GridLayout grid;
    /** Whether the document is in quirks mode (set by {@link #layoutRoot}). */
    private boolean quirks;
    /** Elements whose default style has top and bottom margins (HTML section 15.3.3's "elements with default margins"). */
    private static final java.util.Set<String> DEFAULT_MARGINS = java.util.Set.of("blockquote", "dir", "dl", "h1", "h2",
            "h3", "h4", "h5", "h6", "listing", "menu", "ol", "p", "plaintext", "pre", "ul", "xmp", "figure");

    /** A layout pass measuring text on {@code device}, with no image sizes known. */
    public BlockLayout(Device device) {
        this(device, java.util.Map.of());
    }

    /**
     * A layout pass measuring text on {@code device}.
     *
     * @param naturalImageSizes sizes of already decoded images by absolute URL, {width, height}
     */
    public BlockLayout(Device device, java.util.Map<String, int[]> naturalImageSizes) {
        this.measurer = new TextMeasurer(device);
        ReplacedSizing replacedSizing = new ReplacedSizing(naturalImageSizes);
        this.intrinsic = new IntrinsicWidths(measurer, replacedSizing);
        this.inline = new InlineLayout(measurer, this, replacedSizing);
        this.tables = new TableLayout(this, intrinsic);
        this.flex = new FlexLayout(this, intrinsic);
        this.grid = new GridLayout(this, intrinsic);
    }

    /** The space a collapsed margin leaves, as the device can show it. */
    int gap(CollapsedMargin margin) {
        return measurer.device().snapVerticalMargin(margin.resolve());
    }

    /**
     * Lays out the root box in a viewport of the given size, starting at (0, 0), then
     * applies relative offsets and places absolutely positioned boxes
     * ({@link PositionedLayout}). Returns the bottom of everything laid out.
     */
    public int layoutRoot(BlockBox root, int viewportWidth, int viewportHeight) {
        quirks = root.element() != null && QuirksMode.of(root.element().ownerDocument());
        FloatContext floats = new FloatContext();
        Result r = layout(root, 0, viewportWidth, 0, CollapsedMargin.NONE, floats, true);
        int bottom = root.y + root.height + Math.max(0, r.marginAfter().resolve());
        bottom = Math.max(bottom, floats.bottom(true, true));
        int positioned = new PositionedLayout(this, new Rect(0, 0, viewportWidth, Math.max(viewportHeight, bottom))).run(root);
        return Math.max(bottom, positioned);
    }

    /**
     * Lays out a block-level box in a containing block whose content box starts at
     * {@code cbX} and is {@code cbWidth} wide, with its top margin edge at
     * {@code cursorY} after the not yet resolved margin {@code incoming}.
     */
    Result layout(BlockBox box, int cbX, int cbWidth, int cursorY, CollapsedMargin incoming,
                  FloatContext floats, boolean formattingContextRoot) {
        if (box instanceof TableBox table) {
            return tables.layout(table, cbX, cbWidth, cursorY, incoming);
        }
        ComputedStyle style = box.style();
        resolveHorizontal(box, cbX, cbWidth);
        if (box.dropTopMargin) box.margin = new Edges(0, box.margin.right(), box.margin.bottom(), box.margin.left());
        boolean newContext = formattingContextRoot || establishesContext(box);
        boolean cleared = false;
        if (style.clear() != ComputedStyle.FloatSide.NONE && !floats.isEmpty()) {
            boolean left = style.clear() != ComputedStyle.FloatSide.RIGHT;
            boolean right = style.clear() != ComputedStyle.FloatSide.LEFT;
            int clearTo = floats.bottom(left, right);
            int top = cursorY + gap(incoming.plus(box.margin.top()));
            if (top < clearTo) {
                // Clearance: the border edge goes just below the floats (the top margin ends there).
                cursorY = clearTo - box.margin.top();
                incoming = CollapsedMargin.NONE;
                cleared = true;
            }
        }
        FloatContext innerFloats = newContext ? new FloatContext() : floats;
        CollapsedMargin pending = incoming.plus(box.margin.top());
        boolean topOpen = !newContext && box.border.top() + box.padding.top() == 0;
        boolean yKnown = false;
        int cursor = cursorY;
        if (!topOpen) {
            box.y = cursorY + gap(pending);
            pending = CollapsedMargin.NONE;
            yKnown = true;
            cursor = box.contentY();
        }

        if (isFlexContainer(box) && !box.children.isEmpty()) {
            // A flex container is its own formatting context: its content box top is known.
            cursor = flex.layout(box, fixedContentHeight(box));
        } else if (GridLayout.isGridContainer(box) && !box.children.isEmpty()) {
            cursor = grid.layout(box); // so is a grid container
        } else if (box.hasInlineContent()) {
            // The children of a box of inline content are what inline layout made (lines, and
            // floats from the middle of the text): a box laid out again (a flex item at its
            // final width) starts from none.
            box.children.clear();
            int lineTop = cursor + gap(pending);
            int bottom = inline.layout(box, box.contentX(), lineTop, box.contentWidth(), innerFloats);
            if (!box.children.isEmpty()) {
                if (!yKnown) {
                    box.y = lineTop;
                    yKnown = true;
                }
                pending = CollapsedMargin.NONE;
                cursor = bottom;
            }
        } else {
            int ordinal = firstOrdinal(box.element());
            boolean quirkyStart = quirks && isQuirkyContainer(box);
            for (int i = 0; i < box.children.size(); i++) {
                BlockBox block = (BlockBox) box.children.get(i);
                if (block.kind() == BlockBox.Kind.ABSOLUTE) {
                    // Out of the flow: remember where it would have stood; PositionedLayout places it.
                    block.staticX = box.contentX();
                    block.staticY = cursor + Math.max(0, gap(pending));
                    continue;
                }
                if (block.kind() == BlockBox.Kind.FLOAT) {
                    // A float's top is below the margins already pending. While this box's own top is
                    // still open (its margin collapses with what comes next), that includes the top
                    // margin of the next block, since the box and that block will start together;
                    // otherwise the next block's margin is its own (measured in Chromium).
                    CollapsedMargin before = yKnown ? pending
                            : pending.plus(nextInFlowTopMargin(box, i, box.contentWidth(), quirkyStart));
                    placeFloat(block, box.contentX(), box.contentWidth(), cursor + gap(before), innerFloats);
                    continue;
                }
                if (block.kind() == BlockBox.Kind.LIST_ITEM) {
                    ordinal = valueAttribute(block.element(), ordinal);
                }
                // Quirks mode: the first in-flow block of a body or cell keeps no default top margin.
                block.dropTopMargin = quirkyStart && block.element() != null
                        && DEFAULT_MARGINS.contains(block.element().normalName());
                quirkyStart = false;
                Result r = layout(block, box.contentX(), box.contentWidth(), cursor, pending, innerFloats, false);
                if (block.kind() == BlockBox.Kind.LIST_ITEM) {
                    ListMarkers.place(block, ordinal++, measurer);
                }
                if (r.collapsedThrough()) {
                    pending = r.marginAfter();
                    continue;
                }
                if (!yKnown) {
                    box.y = topEdge(block); // the first child's top margin collapsed with ours: our tops coincide
                    yKnown = true;
                }
                cursor = block.y + block.height;
                pending = r.marginAfter();
            }
        }

        int borderPadding = box.border.vertical() + box.padding.vertical();
        boolean fixedHeight = !style.height().isAuto() && style.height().unit() == Length.Unit.PX;
        int minHeight = style.minHeight().resolve(0, 0);
        if (!yKnown) {
            // A block with clearance does not collapse through: it holds its place below the floats.
            if (fixedHeight && style.height().value() > 0 || borderPadding > 0 || minHeight > 0 || newContext || cleared) {
                box.y = cursor + gap(pending);
                cursor = box.y + box.border.top() + box.padding.top();
                pending = CollapsedMargin.NONE;
            } else {
                // An empty block: its top and bottom margins collapse through it (CSS 2.1 section 8.3.1).
                box.y = cursor + gap(pending);
                box.height = 0;
                return new Result(pending.plus(box.margin.bottom()), true);
            }
        }
        int contentTop = box.contentY();
        boolean bottomOpen = !newContext && box.border.bottom() + box.padding.bottom() == 0 && !fixedHeight && minHeight == 0;
        int contentBottom = cursor;
        if (!bottomOpen) {
            contentBottom += Math.max(0, gap(pending));
            pending = CollapsedMargin.NONE;
        }
        if (newContext) contentBottom = Math.max(contentBottom, innerFloats.bottom(true, true));
        int contentHeight = Math.max(0, contentBottom - contentTop);
        if (fixedHeight) {
            contentHeight = style.height().resolve(0, 0) - (style.borderBox() ? borderPadding : 0);
        }
        Length maxHeight = style.maxHeight();
        if (!maxHeight.isAuto() && maxHeight.unit() == Length.Unit.PX) {
            contentHeight = Math.min(contentHeight, maxHeight.resolve(0, 0) - (style.borderBox() ? borderPadding : 0));
        }
        contentHeight = Math.max(contentHeight, minHeight - (style.borderBox() ? borderPadding : 0)); // min-height wins
        box.height = Math.max(0, contentHeight) + borderPadding;
        CollapsedMargin after = bottomOpen ? pending.plus(box.margin.bottom()) : CollapsedMargin.NONE.plus(box.margin.bottom());
        return new Result(after, false);
    }

    /**
     * A body or table cell in quirks mode: the default top margin of its first in-flow
     * block is dropped (HTML section 15.3.3; Chromium's "quirky container"). Floats and
     * absolute boxes before it do not count; text before it does. As a simplification the
     * margin is dropped whatever set it, where Chromium drops only the user-agent sheet's.
     */
    private static boolean isQuirkyContainer(BlockBox box) {
        if (box.element() == null) return false;
        String tag = box.element().normalName();
        return tag.equals("body") || box.kind() == BlockBox.Kind.CELL;
    }

    /** The top of a block's border box, or of its first caption for a table with captions above it. */
    private static int topEdge(BlockBox block) {
        int top = block.y;
        if (block instanceof TableBox) {
            for (LayoutBox child : block.children) {
                if (child instanceof BlockBox b && b.kind() == BlockBox.Kind.CAPTION) top = Math.min(top, b.y);
            }
        }
        return top;
    }

    /** The top margin of the next in-flow block after child {@code index} (0 if quirks mode drops it), or 0. */
    private static int nextInFlowTopMargin(BlockBox parent, int index, int cbWidth, boolean quirkyStart) {
        for (int j = index + 1; j < parent.children.size(); j++) {
            BlockBox next = (BlockBox) parent.children.get(j);
            if (next.kind() == BlockBox.Kind.FLOAT || next.kind() == BlockBox.Kind.ABSOLUTE) continue;
            if (quirkyStart && next.element() != null && DEFAULT_MARGINS.contains(next.element().normalName())) return 0;
            return next.style().margin(Side.TOP).resolve(cbWidth, 0);
        }
        return 0;
    }

    /**
     * Boxes that start a new block formatting context (CSS 2.1 section 9.4.1): their
     * floats and margins stay inside. Besides floats, inline-blocks, cells and the like,
     * that is any box with {@code overflow} other than visible, and flex containers.
     */
    private static boolean establishesContext(BlockBox box) {
        return switch (box.kind()) {
            case FLOAT, INLINE_BLOCK, FLEX_ITEM, CELL, TABLE, CAPTION, ABSOLUTE -> true;
            default -> box.style().overflowHidden() || isFlexContainer(box) || GridLayout.isGridContainer(box);
        };
    }

    /** {@code display: flex} (row or column), laid out by {@link FlexLayout}. */
    static boolean isFlexContainer(BlockBox box) {
        return box.style().flexRow() || box.style().flexColumn();
    }

    /** The content height a box's {@code height} fixes in px, or -1 if it is auto or a percentage. */
    static int fixedContentHeight(BlockBox box) {
        ComputedStyle s = box.style();
        if (s.height().isAuto() || s.height().unit() != Length.Unit.PX) return -1;
        int h = s.height().resolve(0, 0);
        return Math.max(0, s.borderBox() ? h - box.border.vertical() - box.padding.vertical() : h);
    }

    /**
     * Width and horizontal margins (CSS 2.1 section 10.3.3): an auto width fills the
     * containing block; with a set width, auto margins share the rest (centering).
     */
    void resolveHorizontal(BlockBox box, int cbX, int cbWidth) {
        ComputedStyle s = box.style();
        box.border = new Edges(s.borderWidth(Side.TOP), s.borderWidth(Side.RIGHT), s.borderWidth(Side.BOTTOM), s.borderWidth(Side.LEFT));
        box.padding = new Edges(s.padding(Side.TOP).resolve(cbWidth, 0), s.padding(Side.RIGHT).resolve(cbWidth, 0),
                s.padding(Side.BOTTOM).resolve(cbWidth, 0), s.padding(Side.LEFT).resolve(cbWidth, 0));
        Length ml = s.margin(Side.LEFT);
        Length mr = s.margin(Side.RIGHT);
        int marginLeft = ml.resolve(cbWidth, 0);
        int marginRight = mr.resolve(cbWidth, 0);
        boolean cell = box.kind() == BlockBox.Kind.CELL || box.kind() == BlockBox.Kind.ROW;
        if (cell) {
            // Margins do not apply to table cells and rows (CSS 2.1 sections 17.5 and 8.3).
            marginLeft = 0;
            marginRight = 0;
        }
        int frame = box.border.horizontal() + box.padding.horizontal();
        int borderBoxWidth;
        boolean shrinkToFit = box.kind() == BlockBox.Kind.FLOAT || box.kind() == BlockBox.Kind.INLINE_BLOCK
                || box.kind() == BlockBox.Kind.FLEX_ITEM || box.kind() == BlockBox.Kind.ABSOLUTE;
        if (box.widthOverride >= 0) {
            borderBoxWidth = box.widthOverride;
        } else if (s.width().isAuto()) {
            if (shrinkToFit) {
                int available = cbWidth - marginLeft - marginRight;
                IntrinsicWidths.Range r = intrinsic.of(box);
                borderBoxWidth = Math.min(Math.max(r.min(), available), r.max());
            } else {
                borderBoxWidth = cbWidth - marginLeft - marginRight;
            }
        } else {
            int w = s.width().resolve(cbWidth, 0);
            borderBoxWidth = s.borderBox() ? Math.max(w, frame) : w + frame;
        }
        borderBoxWidth = applyMinMax(s, borderBoxWidth, cbWidth, frame);
        boolean constrained = !s.width().isAuto() || !s.maxWidth().isAuto();
        if (constrained && !shrinkToFit) {
            int rest = cbWidth - borderBoxWidth;
            if (ml.isAuto() && mr.isAuto()) {
                marginLeft = Math.max(0, rest / 2);
                marginRight = rest - marginLeft;
            } else if (ml.isAuto()) {
                marginLeft = rest - marginRight;
            } else {
                marginRight = rest - marginLeft;
            }
        }
        box.margin = cell ? Edges.ZERO : new Edges(s.margin(Side.TOP).resolve(cbWidth, 0), marginRight,
                s.margin(Side.BOTTOM).resolve(cbWidth, 0), marginLeft);
        box.x = cbX + marginLeft;
        box.width = Math.max(0, borderBoxWidth);
    }

    /** Applies max-width then min-width to a border-box width. */
    static int applyMinMax(ComputedStyle s, int borderBoxWidth, int cbWidth, int frame) {
        if (!s.maxWidth().isAuto()) {
            int max = s.maxWidth().resolve(cbWidth, Integer.MAX_VALUE);
            if (max != Integer.MAX_VALUE) borderBoxWidth = Math.min(borderBoxWidth, s.borderBox() ? max : max + frame);
        }
        int min = s.minWidth().resolve(cbWidth, 0);
        if (min > 0) borderBoxWidth = Math.max(borderBoxWidth, s.borderBox() ? min : min + frame);
        return Math.max(borderBoxWidth, frame);
    }

    /** Places a float at the left or right of the content box, as high as it fits (CSS 2.1 section 9.5.1). */
    private void placeFloat(BlockBox box, int cbX, int cbWidth, int y, FloatContext floats) {
        layoutDetached(box, cbWidth);
        positionFloat(box, cbX, cbWidth, y, floats);
    }

    /**
     * Moves a float already laid out ({@link #layoutDetached}) to the highest place at or
     * below {@code y} where it fits beside the floats before it, as far left (or right) as
     * it goes, and records it in {@code floats}.
     */
    void positionFloat(BlockBox box, int cbX, int cbWidth, int y, FloatContext floats) {
        int marginWidth = box.width + box.margin.horizontal();
        int marginHeight = box.height + box.margin.vertical();
        boolean left = box.style().floatSide() == ComputedStyle.FloatSide.LEFT;
        int top = Math.max(y, floats.lastTop()); // a float never starts above an earlier one (CSS 2.1 9.5.1 rule 5)
        ComputedStyle.FloatSide clear = box.style().clear();
        if (clear != ComputedStyle.FloatSide.NONE) {
            top = Math.max(top, floats.bottom(clear != ComputedStyle.FloatSide.RIGHT, clear != ComputedStyle.FloatSide.LEFT));
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int l = floats.leftEdge(top, marginHeight, cbX);
            int r = floats.rightEdge(top, marginHeight, cbX + cbWidth);
            if (r - l >= marginWidth || (l == cbX && r == cbX + cbWidth)) {
                int x = left ? l : r - marginWidth;
                box.translate(x + box.margin.left() - box.x, top + box.margin.top() - box.y);
                floats.add(new Rect(x, top, marginWidth, marginHeight), left);
                return;
            }
            int next = floats.nextBottomBelow(top);
            if (next == Integer.MAX_VALUE) break;
            top = next;
        }
        box.translate(cbX + box.margin.left() - box.x, top + box.margin.top() - box.y);
        floats.add(new Rect(cbX, top, marginWidth, marginHeight), left);
    }

    /**
     * Lays out a box that does not take part in the surrounding flow (a float or an
     * inline-block) at the origin, in its own formatting context. The caller moves it.
     */
    void layoutDetached(BlockBox box, int cbWidth) {
        layout(box, 0, Math.max(0, cbWidth), 0, CollapsedMargin.NONE, new FloatContext(), true);
        box.translate(0, box.margin.top() - box.y);
    }

    /** The number of the first item of a list: {@code <ol start>}, else 1. */
    private static int firstOrdinal(Element list) {
        if (list == null || !list.normalName().equals("ol") || !list.hasAttr("start")) return 1;
        try {
            return Integer.parseInt(list.attr("start").trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code <li value=N>} restarts the numbering at N. */
    private static int valueAttribute(Element item, int ordinal) {
        if (item == null || !item.hasAttr("value")) return ordinal;
        try {
            return Integer.parseInt(item.attr("value").trim());
        } catch (NumberFormatException e) {
            return ordinal;
        }
    }
}
