package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.style.ComputedStyle;
import org.jsoup.nodes.Element;

/**
 * A block container (CSS 2.1 section 9.2.1): the box of a block-level element such as
 * {@code <p>} or {@code <div>}, of a list item, table cell or inline-block, or an
 * anonymous block wrapping a run of inline content next to blocks.
 *
 * <p>It holds either block children ({@link #children()} before and after layout) or
 * inline content ({@link #inlineItems()}), which {@link InlineLayout} turns into
 * {@link LineBox} children. Its rectangle is the border box; the content box is
 * inside its {@link #border()} and {@link #padding()}.
 */
public class BlockBox extends LayoutBox {

    /** What kind of block this is; printed in the layout tree. */
    public enum Kind {
        BLOCK("block"), ANONYMOUS("anonymous"), LIST_ITEM("list-item"), INLINE_BLOCK("inline-block"),
        FLOAT("float"), FLEX_ITEM("flex-item"), TABLE("table"), ROW("row"), CELL("cell"), CAPTION("caption"),
        /** {@code position: absolute} or {@code fixed}: out of the flow, placed by {@link PositionedLayout}. */
        ABSOLUTE("absolute");

        private final String label;

        Kind(String label) { this.label = label; }

        /** The name used in the layout tree. */
        public String label() { return label; }
    }

    private final Kind kind;
    private final Element element;           // null for anonymous boxes
    private final ComputedStyle style;
    private final List<InlineItem> inlineItems = new ArrayList<>();
    /** The marker of a list item ("•", "1."), placed during layout; null if none. */
    TextFragment marker;
    Edges margin = Edges.ZERO;
    Edges border = Edges.ZERO;
    Edges padding = Edges.ZERO;
    /** The link this box is inside (for inline-blocks), or null. */
    String href;
    /**
     * A border-box width imposed by the parent's layout (a flex item's grown or shrunk
     * width, an absolute box stretched between left and right), or -1 to compute it.
     */
    int widthOverride = -1;
    /** Quirks mode: this block starts a body or cell, and its default top margin is dropped (see BlockLayout). */
    boolean dropTopMargin;
    /** Where an absolutely positioned box would have stood in the flow (its static position). */
    int staticX;
    int staticY;

    /** A block for {@code element} (null for an anonymous block) with its computed style. */
    public BlockBox(Kind kind, Element element, ComputedStyle style) {
        this.kind = kind;
        this.element = element;
        this.style = style;
    }

    /** What kind of block this is. */
    public Kind kind() { return kind; }
    /** The element that generated this box, or null for an anonymous block. */
    public Element element() { return element; }
    /** The computed style (for an anonymous block: its parent's inherited properties). */
    public ComputedStyle style() { return style; }
    /** Inline content still to be broken into lines (empty for a block of blocks). */
    public List<InlineItem> inlineItems() { return inlineItems; }
    /** True if this block lays out lines rather than blocks. */
    public boolean hasInlineContent() { return !inlineItems.isEmpty(); }
    /** Used margins, after layout (auto margins resolved). */
    public Edges margin() { return margin; }
    /** Used border widths. */
    public Edges border() { return border; }
    /** Used padding. */
    public Edges padding() { return padding; }
    /** The list marker fragment, or null. */
    public TextFragment marker() { return marker; }
    /** The absolute URL of the link around this (inline-)block, or null. */
    public String href() { return href; }

    /** Left edge of the content box. */
    public int contentX() { return x + border.left() + padding.left(); }
    /** Top edge of the content box. */
    public int contentY() { return y + border.top() + padding.top(); }
    /** Width of the content box. */
    public int contentWidth() { return Math.max(0, width - border.horizontal() - padding.horizontal()); }

    @Override
    protected void afterTranslate(int dx, int dy) {
        if (marker != null) marker.translate(dx, dy);
        staticX += dx;
        staticY += dy;
    }

    @Override
    public String label() {
        String name = kind.label();
        return element == null ? name : name + " <" + element.normalName() + ">";
    }
}
