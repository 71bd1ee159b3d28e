package minibrowser.renderer.engine.paint;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.animation.CompositedLayer;
import minibrowser.renderer.engine.animation.CompositorTrack;
import minibrowser.renderer.engine.animation.LayerAnimation;
import minibrowser.renderer.engine.animation.Transform;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.Edges;
import minibrowser.renderer.engine.layout.LayoutBox;
import minibrowser.renderer.engine.layout.LineBox;
import minibrowser.renderer.engine.layout.ReplacedBox;
import minibrowser.renderer.engine.layout.TextFragment;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.CssColor;
import minibrowser.renderer.engine.style.Display;
import minibrowser.renderer.engine.style.Side;

/**
 * The paint stage: turns a laid-out box tree into a {@link DisplayList}. First the
 * canvas (white, then the root's or else the body's background, over the whole page, as
 * CSS 2.1 section 14.2 says), then for each box its background, its border, then what is
 * inside it, clipped to its padding box if it has {@code overflow: hidden}. Positioned
 * boxes ({@code position} other than static) are painted after the normal flow, in tree
 * order (CSS 2.1 Appendix E, step 8, with every {@code z-index} taken as auto); they are
 * not clipped by a non-positioned ancestor's overflow. A box with a {@code transform},
 * an {@code opacity} below 1 or a compositor animation is a stacking context: it paints
 * its positioned descendants itself; one with a compositor animation goes on a layer of
 * its own ({@link #layers()}) instead of into the page's list.
 *
 * <p>One instance per paint (it keeps the layers it made); not thread-safe.
 */
public final class Painter {
    private final List<CompositedLayer> compositedLayers = new ArrayList<>();

    /**
     * Paints the tree under {@code root}.
     *
     * @param canvasWidth  width of the page canvas (the viewport width)
     * @param canvasHeight height of the page canvas (at least the viewport height)
     */
    public DisplayList paint(BlockBox root, int canvasWidth, int canvasHeight) {
        List<DisplayItem> items = new ArrayList<>();
        Rect canvas = new Rect(0, 0, canvasWidth, canvasHeight);
        items.add(new FillRect(canvas, CssColor.WHITE));
        int canvasColour = root.style().backgroundColor();
        BlockBox body = findBody(root);
        boolean bodyPropagated = false;
        if (CssColor.isTransparent(canvasColour) && body != null) {
            canvasColour = body.style().backgroundColor();
            bodyPropagated = true;
        }
        if (!CssColor.isTransparent(canvasColour)) items.add(new FillRect(canvas, canvasColour));
        List<BlockBox> layers = new ArrayList<>();
        paintBox(root, items, true, bodyPropagated ? body : null, layers);
        // Positioned boxes on top; painting one may find more inside it (appended, painted later).
        for (int i = 0; i < layers.size() && i < MAX_LAYERS; i++) {
            paintBlock(layers.get(i), items, false, bodyPropagated ? body : null, layers);
        }
        return new DisplayList(items);
    }

    /** At most this many positioned boxes are painted as layers (the rest are not painted). */
    private static final int MAX_LAYERS = 100_000;

    private static BlockBox findBody(BlockBox root) {
        for (LayoutBox child : root.children()) {
            if (child instanceof BlockBox b && b.element() != null && b.element().normalName().equals("body")) return b;
        }
        return null;
    }

    private void paintBox(LayoutBox box, List<DisplayItem> items, boolean isRoot, BlockBox skipBackground,
                          List<BlockBox> layers) {
        if (box instanceof BlockBox block) {
            if (!isRoot && block.style().positioned()) {
                layers.add(block); // painted after the flow
                return;
            }
            paintBlock(block, items, isRoot, skipBackground, layers);
        } else if (box instanceof LineBox line) {
            for (LayoutBox child : line.children()) paintBox(child, items, false, skipBackground, layers);
        } else if (box instanceof TextFragment text) {
            if (text.style().visible()) paintText(text, items);
        } else if (box instanceof ReplacedBox replaced) {
            paintReplaced(replaced, items);
        }
    }

    /**
     * A block with its effects: on a compositor layer of its own if a compositor animation
     * runs on it ({@link CompositedLayer}, the compositor applies its transform and
     * opacity), else with its static {@code transform} and {@code opacity} applied to what
     * it paints ({@link Effects}). Either way it is a stacking context: the positioned boxes
     * inside it are painted with it, not with the page's.
     */
    private void paintBlock(BlockBox block, List<DisplayItem> items, boolean isRoot, BlockBox skipBackground,
                            List<BlockBox> layers) {
        ComputedStyle style = block.style();
        boolean promoted = !isRoot && !style.compositorTracks().isEmpty() && compositedLayers.size() < MAX_COMPOSITED_LAYERS;
        boolean effects = !isRoot && (!style.transform().isIdentity() || style.opacity() < 1);
        if (!promoted && !effects) {
            paintBlockContent(block, items, isRoot, skipBackground, layers);
            return;
        }
        List<DisplayItem> own = new ArrayList<>();
        List<BlockBox> inside = new ArrayList<>();
        paintBlockContent(block, own, false, skipBackground, inside);
        for (int i = 0; i < inside.size() && i < MAX_LAYERS; i++) paintBlock(inside.get(i), own, false, skipBackground, inside);
        Rect box = block.rect();
        Transform transform = style.transform().resolve(box.width(), box.height());
        if (promoted) {
            List<LayerAnimation> curves = new ArrayList<>();
            for (CompositorTrack track : style.compositorTracks()) curves.add(LayerAnimation.resolve(track, box.width(), box.height()));
            compositedLayers.add(new CompositedLayer(compositedLayers.size() + 1, new DisplayList(own), box,
                    Effects.bounds(own, box), transform, style.opacity(), curves));
        } else {
            items.addAll(Effects.apply(own, box, transform, style.opacity()));
        }
    }

    /** At most this many layers per page; an element past them is painted into the page, at its own transform. */
    private static final int MAX_COMPOSITED_LAYERS = 64;

    /** The layers this paint made, in paint order (after {@link #paint}). */
    public List<CompositedLayer> layers() {
        return List.copyOf(compositedLayers);
    }

    /** A block: background, border, marker, then its content (clipped for overflow: hidden). */
    private void paintBlockContent(BlockBox block, List<DisplayItem> items, boolean isRoot, BlockBox skipBackground,
                                   List<BlockBox> layers) {
        ComputedStyle style = block.style();
        if (style.visible()) {
            if (!isRoot && block != skipBackground && !CssColor.isTransparent(style.backgroundColor())) {
                items.add(new FillRect(block.rect(), style.backgroundColor()));
            }
            paintBorder(block.rect(), block.border(), style, items);
            if (block.marker() != null) paintText(block.marker(), items);
        }
        boolean clip = !isRoot && style.overflowHidden();
        if (clip) {
            Edges b = block.border();
            items.add(new PushClip(new Rect(block.x() + b.left(), block.y() + b.top(),
                    Math.max(0, block.width() - b.horizontal()), Math.max(0, block.height() - b.vertical()))));
        }
        for (LayoutBox child : block.children()) paintBox(child, items, false, skipBackground, layers);
        if (clip) items.add(new PopClip());
    }

    /**
     * A box's border, in one colour (a display item carries one): that of the first side
     * drawn, in the order top, right, bottom, left, so a lone {@code border-bottom} has
     * its own colour.
     */
    private static void paintBorder(Rect rect, Edges border, ComputedStyle style, List<DisplayItem> items) {
        if (border.top() + border.right() + border.bottom() + border.left() == 0) return;
        int colour = border.top() > 0 ? style.borderColor(Side.TOP)
                : border.right() > 0 ? style.borderColor(Side.RIGHT)
                : border.bottom() > 0 ? style.borderColor(Side.BOTTOM)
                : style.borderColor(Side.LEFT);
        if (CssColor.isTransparent(colour)) return;
        items.add(new StrokeBorder(rect, border.top(), border.right(), border.bottom(), border.left(), colour));
    }

    private static void paintText(TextFragment text, List<DisplayItem> items) {
        ComputedStyle style = text.style();
        if (style.display() == Display.INLINE && !CssColor.isTransparent(style.backgroundColor()) && !text.isMarker()) {
            items.add(new FillRect(text.rect(), style.backgroundColor()));
        }
        if (text.text().isBlank()) return;
        boolean underline = style.underline() && !text.isMarker();
        items.add(new DrawText(text.x(), text.baseline(), text.text(), text.textStyle(), style.color(), underline));
        if (style.lineThrough() && !text.isMarker()) {
            int thickness = Math.max(1, text.textStyle().size() / 14);
            int y = text.baseline() - text.textStyle().size() * 3 / 10;
            items.add(new FillRect(new Rect(text.x(), y, text.width(), thickness), style.color()));
        }
    }

    private static void paintReplaced(ReplacedBox box, List<DisplayItem> items) {
        ComputedStyle style = box.style();
        if (!style.visible()) return;
        if (!CssColor.isTransparent(style.backgroundColor())) items.add(new FillRect(box.rect(), style.backgroundColor()));
        paintBorder(box.rect(), box.border(), style, items);
        Edges b = box.border();
        Rect content = new Rect(box.x() + b.left(), box.y() + b.top(), box.width() - b.horizontal(), box.height() - b.vertical());
        if (box.kind() == ReplacedBox.Kind.EMBED) {
            items.add(new EmbedPlaceholder(content));
        } else if (box.kind() == ReplacedBox.Kind.BROKEN_IMAGE_ICON) {
            items.add(new DrawImage(content, DrawImage.BROKEN_IMAGE_ICON, ""));
        } else {
            items.add(new DrawImage(content, box.src(), box.alt()));
        }
    }
}
