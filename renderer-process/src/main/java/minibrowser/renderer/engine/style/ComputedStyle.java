package minibrowser.renderer.engine.style;

import java.util.Arrays;
import java.util.List;
import minibrowser.renderer.engine.animation.CompositorTrack;
import minibrowser.renderer.engine.animation.Transform;
import minibrowser.renderer.engine.TextStyle;

/**
 * The computed style of one element (CSS Cascade 4 section 4.4): every property this
 * engine supports, with relative values already resolved, except percentages and
 * {@code auto}, which layout resolves against the containing block.
 *
 * <p>Made by the {@link StyleComputer} and never changed afterwards: safe to share.
 */
public final class ComputedStyle {

    /** How white space in text is handled ({@code white-space}). */
    public enum WhiteSpace {
        NORMAL, NOWRAP, PRE, PRE_WRAP, PRE_LINE;

        /** Whether runs of spaces and tabs collapse to one space. */
        public boolean collapsesSpaces() { return this == NORMAL || this == NOWRAP || this == PRE_LINE; }
        /** Whether a newline in the text is kept as a line break. */
        public boolean keepsNewlines() { return this == PRE || this == PRE_WRAP || this == PRE_LINE; }
        /** Whether lines may wrap at spaces. */
        public boolean wraps() { return this == NORMAL || this == PRE_WRAP || this == PRE_LINE; }
    }

    /** Horizontal alignment of line contents ({@code text-align}); justify is treated as left. */
    public enum TextAlign { LEFT, RIGHT, CENTER, JUSTIFY }

    /** {@code float}, and {@code clear} (where BOTH is allowed). */
    public enum FloatSide { NONE, LEFT, RIGHT, BOTH }

    /** {@code text-transform}. */
    public enum TextTransform { NONE, UPPERCASE, LOWERCASE, CAPITALIZE }

    // Inherited properties.
    int color = CssColor.BLACK;
    TextStyle textStyle = TextStyle.DEFAULT;
    double fontSize = 16;
    boolean underline;
    boolean lineThrough;
    TextAlign textAlign = TextAlign.LEFT;
    WhiteSpace whiteSpace = WhiteSpace.NORMAL;
    double lineHeightNumber = Double.NaN;   // line-height as a multiple of the font size, or NaN
    int lineHeightPx = -1;                  // line-height in px, or -1 ("normal" or a number)
    String listStyleType = "disc";
    boolean visible = true;
    TextTransform textTransform = TextTransform.NONE;
    Length textIndent = Length.ZERO;
    boolean borderCollapse;
    int borderSpacing = -1;                 // px, or -1 for the HTML default (2, or the cellspacing attribute)
    /** Whether some element up to here gave the font size as a length (px, pt, rem...), not a keyword or em/%. */
    boolean absoluteFontSize;
    /** Whether font-family is the generic {@code monospace} alone (the family Chromium draws smaller). */
    boolean monospaceOnly;

    // Not inherited.
    Display display = Display.INLINE;
    int backgroundColor = CssColor.TRANSPARENT;
    final Length[] margin = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    final Length[] padding = {Length.ZERO, Length.ZERO, Length.ZERO, Length.ZERO};
    final int[] borderWidth = new int[4];
    final int[] borderColor = {CssColor.BLACK, CssColor.BLACK, CssColor.BLACK, CssColor.BLACK};
    Length width = Length.AUTO;
    Length height = Length.AUTO;
    Length minWidth = Length.ZERO;
    Length maxWidth = Length.AUTO;   // "none"
    Length maxHeight = Length.AUTO;  // "none"
    Length minHeight = Length.ZERO;
    FloatSide floatSide = FloatSide.NONE;
    FloatSide clear = FloatSide.NONE;
    boolean borderBox;
    String verticalAlign = "baseline";
    boolean flexContainer;
    /** {@code grid-template-columns} of a {@code display: grid} box, else null. */
    String gridColumns;
    boolean gridContainer;
    String position = "static";
    Length left = Length.AUTO;
    Length top = Length.AUTO;
    boolean flexColumn;
    Length right = Length.AUTO;
    Length bottom = Length.AUTO;
    boolean overflowHidden;
    /** Custom properties ({@code --name}) by name, inherited; shared between styles until one declares its own. */
    java.util.Map<String, String> customProperties = java.util.Map.of();
    double flexGrow;
    /** {@code flex-shrink}: how much of a line's missing room this item gives up, weighted by its base size. */
    double flexShrink = 1;
    /** {@code flex-basis}: the item's starting main size; auto means its width, or its content's. */
    Length flexBasis = Length.AUTO;
    boolean flexWrap;
    String justifyContent = "normal";
    String alignItems = "normal";
    Length gap = Length.ZERO;
    /** {@code transform} (none: {@link Transform#NONE}); an invalid value leaves it none. */
    Transform transform = Transform.NONE;
    /** {@code opacity}, in [0, 1]. */
    double opacity = 1;
    /** The compositor animations running on this element now (the painter gives it a layer of its own). */
    List<CompositorTrack> compositorTracks = List.of();

    ComputedStyle() {}

    /** The style of the initial containing block: every property at its initial value. */
    public static ComputedStyle initial() {
        return new ComputedStyle();
    }

    /** A copy carrying only the inherited properties of this style, the rest initial. */
    ComputedStyle inheritedCopy() {
        ComputedStyle s = new ComputedStyle();
        s.color = color;
        s.textStyle = textStyle;
        s.fontSize = fontSize;
        s.underline = underline;
        s.lineThrough = lineThrough;
        s.textAlign = textAlign;
        s.whiteSpace = whiteSpace;
        s.lineHeightNumber = lineHeightNumber;
        s.lineHeightPx = lineHeightPx;
        s.listStyleType = listStyleType;
        s.visible = visible;
        s.textTransform = textTransform;
        s.textIndent = textIndent;
        s.borderCollapse = borderCollapse;
        s.borderSpacing = borderSpacing;
        s.absoluteFontSize = absoluteFontSize;
        s.monospaceOnly = monospaceOnly;
        s.customProperties = customProperties;
        return s;
    }

    /** The style of an anonymous box inside an element of this style: inherited properties, display block. */
    public ComputedStyle anonymousBlock() {
        ComputedStyle s = inheritedCopy();
        s.display = Display.BLOCK;
        return s;
    }

    /**
     * The style of the anonymous float that carries a floated image or embed: inherited
     * properties, display block, the element's {@code float}, and a line height of 0 so
     * that the float is exactly as tall as the element (no room below a baseline).
     */
    public ComputedStyle floatWrapper() {
        ComputedStyle s = anonymousBlock();
        s.floatSide = floatSide;
        s.lineHeightPx = 0;
        s.lineHeightNumber = Double.NaN;
        return s;
    }

    /**
     * This style as a non-replaced inline element's (the alternative text of a broken
     * image): display inline, width and height auto, no float.
     */
    public ComputedStyle asInline() {
        ComputedStyle s = copy();
        s.display = Display.INLINE;
        s.width = Length.AUTO;
        s.height = Length.AUTO;
        s.floatSide = FloatSide.NONE;
        return s;
    }

    /** This style with display block (a floated or block-level broken image showing its text). */
    public ComputedStyle asBlock() {
        ComputedStyle s = copy();
        s.display = Display.BLOCK;
        return s;
    }

    /** This style with another {@code white-space} (for generated text such as form fields). */
    public ComputedStyle withWhiteSpace(WhiteSpace ws) {
        ComputedStyle s = copy();
        s.whiteSpace = ws;
        return s;
    }

    /** A full copy, used only while a style is being made. */
    ComputedStyle copy() {
        ComputedStyle s = inheritedCopy();
        s.display = display;
        s.backgroundColor = backgroundColor;
        System.arraycopy(margin, 0, s.margin, 0, 4);
        System.arraycopy(padding, 0, s.padding, 0, 4);
        System.arraycopy(borderWidth, 0, s.borderWidth, 0, 4);
        System.arraycopy(borderColor, 0, s.borderColor, 0, 4);
        s.width = width;
        s.height = height;
        s.minWidth = minWidth;
        s.maxWidth = maxWidth;
        s.maxHeight = maxHeight;
        s.minHeight = minHeight;
        s.floatSide = floatSide;
        s.clear = clear;
        s.borderBox = borderBox;
        s.customProperties = customProperties;
        s.verticalAlign = verticalAlign;
        s.flexContainer = flexContainer;
        s.gridColumns = gridColumns;
        s.gridContainer = gridContainer;
        s.position = position;
        s.left = left;
        s.top = top;
        s.flexColumn = flexColumn;
        s.right = right;
        s.bottom = bottom;
        s.overflowHidden = overflowHidden;
        s.flexGrow = flexGrow;
        s.flexShrink = flexShrink;
        s.flexBasis = flexBasis;
        s.flexWrap = flexWrap;
        s.justifyContent = justifyContent;
        s.alignItems = alignItems;
        s.gap = gap;
        s.transform = transform;
        s.opacity = opacity;
        s.compositorTracks = compositorTracks;
        return s;
    }

    /** {@code display}. */
    public Display display() { return display; }
    /** {@code transform}: {@link Transform#NONE} unless one is set (percentages still unresolved). */
    public Transform transform() { return transform; }
    /** {@code opacity}, in [0, 1]. */
    public double opacity() { return opacity; }
    /** The compositor animations running on this element: if any, the painter puts it on a layer. */
    public List<CompositorTrack> compositorTracks() { return compositorTracks; }
    /** {@code color}, 0xAARRGGBB. */
    public int color() { return color; }
    /** {@code background-color}, 0xAARRGGBB (transparent if none). */
    public int backgroundColor() { return backgroundColor; }
    /** The font: family, size, bold, italic. */
    public TextStyle textStyle() { return textStyle; }
    /** {@code font-size} in px, unrounded (what {@code em} means for this element). */
    public double fontSize() { return fontSize; }
    /** {@code text-decoration: underline}. */
    public boolean underline() { return underline; }
    /** {@code text-decoration: line-through}. */
    public boolean lineThrough() { return lineThrough; }
    /** {@code text-align}. */
    public TextAlign textAlign() { return textAlign; }
    /** {@code white-space}. */
    public WhiteSpace whiteSpace() { return whiteSpace; }
    /** {@code list-style-type}, e.g. "disc", "decimal", "none". */
    public String listStyleType() { return listStyleType; }
    /** {@code visibility} is visible. */
    public boolean visible() { return visible; }
    /** {@code text-indent}: px or % of the block's width, for the first line. */
    public Length textIndent() { return textIndent; }
    /** {@code border-collapse: collapse} (approximated: no spacing between cells). */
    public boolean borderCollapse() { return borderCollapse; }
    /** {@code border-spacing} in px, or -1 if not set. */
    public int borderSpacing() { return borderSpacing; }
    /** {@code text-transform}. */
    public TextTransform textTransform() { return textTransform; }
    /** {@code margin-SIDE}: px, % of the containing block's width, or auto. */
    public Length margin(Side side) { return margin[side.ordinal()]; }
    /** {@code padding-SIDE}: px or % of the containing block's width. */
    public Length padding(Side side) { return padding[side.ordinal()]; }
    /** The used border width on a side in px (0 when its style is none). */
    public int borderWidth(Side side) { return borderWidth[side.ordinal()]; }
    /** {@code border-SIDE-color}, 0xAARRGGBB. */
    public int borderColor(Side side) { return borderColor[side.ordinal()]; }
    /** {@code width}: px, % or auto. */
    public Length width() { return width; }
    /** {@code height}: px, % or auto. */
    public Length height() { return height; }
    /** {@code min-width}. */
    public Length minWidth() { return minWidth; }
    /** {@code max-width} (auto means none). */
    public Length maxWidth() { return maxWidth; }
    /** {@code max-height} (AUTO means none; a percentage counts as none, the containing block's height being unknown). */
    public Length maxHeight() { return maxHeight; }
    /** {@code min-height}. */
    public Length minHeight() { return minHeight; }
    /** {@code float}: NONE, LEFT or RIGHT. */
    public FloatSide floatSide() { return floatSide; }
    /** {@code clear}: NONE, LEFT, RIGHT or BOTH. */
    public FloatSide clear() { return clear; }
    /** {@code vertical-align} keyword (used for table cells: top, middle, bottom; else baseline). */
    public String verticalAlign() { return verticalAlign; }
    /**
     * True for {@code display: flex} (or inline-flex) with a row direction. Its items are
     * laid out side by side as shrink-to-fit boxes, wrapping when the row is full: a rough
     * approximation of flexbox without growing, shrinking or alignment.
     */
    /** The column template of a grid container ({@code display: grid} with {@code grid-template-columns}), else null. */
    public String gridColumns() { return gridContainer ? gridColumns : null; }
    public boolean flexRow() { return flexContainer && !flexColumn; }
    /** True for {@code display: flex} with {@code flex-direction: column}: items stacked, each as wide as the container. */
    public boolean flexColumn() { return flexContainer && flexColumn; }
    /** {@code position} keyword: static, relative, absolute, fixed (laid out as absolute) or sticky (as relative). */
    public String position() { return position; }
    /** True for {@code position: absolute} and {@code fixed}: the box leaves the flow. */
    public boolean outOfFlow() { return position.equals("absolute") || position.equals("fixed"); }
    /** True for any {@code position} but static: the box is a containing block for absolute descendants. */
    public boolean positioned() { return !position.equals("static"); }
    /** {@code left}: px, % of the containing block's width, or auto. */
    public Length left() { return left; }
    /** {@code top}: px, % of the containing block's height, or auto. */
    public Length top() { return top; }
    /** {@code right}. */
    public Length right() { return right; }
    /** {@code bottom}. */
    public Length bottom() { return bottom; }
    /** {@code overflow} (either axis) is hidden, clip, scroll or auto: content is clipped to the padding box. */
    public boolean overflowHidden() { return overflowHidden; }
    /** {@code flex-grow} of a flex item (0 if none). */
    public double flexGrow() { return flexGrow; }
    public double flexShrink() { return flexShrink; }
    public Length flexBasis() { return flexBasis; }
    /** {@code flex-wrap: wrap} on a flex container. */
    public boolean flexWrap() { return flexWrap; }
    /** {@code justify-content} keyword of a flex container (normal, flex-start, center, flex-end, space-between, space-around). */
    public String justifyContent() { return justifyContent; }
    /** {@code align-items} keyword of a flex container (normal and stretch stretch; flex-start, center, flex-end). */
    public String alignItems() { return alignItems; }
    /** {@code gap} (column-gap) of a flex container, px or %. */
    public Length gap() { return gap; }

    /**
     * True for the usual ways of hiding text visually while leaving it for screen readers
     * ("sr-only": an absolutely positioned box 1px or less in size, or moved far off
     * screen). Without positioning and clipping this engine would show such text in the
     * flow, so the style stage drops it, as it drops {@code display: none}.
     */
    public boolean visuallyHidden() {
        if (!position.equals("absolute") && !position.equals("fixed")) return false;
        boolean tiny = (width.unit() == Length.Unit.PX && width.value() <= 1)
                || (height.unit() == Length.Unit.PX && height.value() <= 1);
        boolean offscreen = (left.unit() == Length.Unit.PX && left.value() <= -999)
                || (top.unit() == Length.Unit.PX && top.value() <= -999);
        return tiny || offscreen;
    }

    /** {@code box-sizing: border-box}. */
    public boolean borderBox() { return borderBox; }

    /** The line height in px for text of this style, given the device's "normal" line height. */
    public int lineHeight(int normal) {
        if (lineHeightPx >= 0) return lineHeightPx;
        if (!Double.isNaN(lineHeightNumber)) return (int) Math.round(lineHeightNumber * fontSize);
        return normal;
    }

    @Override
    public String toString() {
        return "ComputedStyle{display=" + display + ", color=" + CssColor.format(color) + ", bg="
                + CssColor.format(backgroundColor) + ", font=" + textStyle + ", margin=" + Arrays.toString(margin)
                + ", padding=" + Arrays.toString(padding) + ", border=" + Arrays.toString(borderWidth)
                + ", width=" + width + ", height=" + height + "}";
    }
}
