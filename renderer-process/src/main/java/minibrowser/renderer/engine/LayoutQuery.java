package minibrowser.renderer.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.LayoutBox;
import minibrowser.renderer.engine.layout.TextFragment;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.StyleTreeBuilder;
import org.jsoup.nodes.Element;

/**
 * The answers to a script's layout questions ({@code getComputedStyle},
 * {@code offsetWidth}, {@code getBoundingClientRect}) about the document as it was when
 * the first question came. Chromium calls this a forced (synchronous) layout: the
 * script waits while main runs the style and layout stages, which is why a script that
 * reads a size after every change is slow there too. The script side keeps one until
 * the DOM changes ({@link Engine#layoutNow}).
 *
 * <p>Each answer costs only what it needs: an element's style is computed alone, from
 * its ancestors' (the cascade for a few elements, not the document); the first question
 * about a box styles and lays out the whole document, once. An element that generated
 * no box (display: none, or not in the document) measures nothing.
 */
public final class LayoutQuery {
    private final StyleTreeBuilder styler;
    private final Supplier<Stages.Layout> layOut;
    private final Map<Element, ComputedStyle> styles = new IdentityHashMap<>();
    private Map<Element, BlockBox> blocks;
    private Map<Element, Rect> borderBoxes;
    private final int viewportWidth;
    private final int viewportHeight;
    private int contentHeight;

    /** A layout of nothing: what a document that is not shown answers (no styles, every size 0). */
    public static LayoutQuery empty(int viewportWidth, int viewportHeight) {
        return new LayoutQuery(null, () -> null, viewportWidth, viewportHeight);
    }

    /**
     * @param styler styles one element at a time (null: none has a style)
     * @param layOut styles and lays out the whole document; null when it cannot
     */
    LayoutQuery(StyleTreeBuilder styler, Supplier<Stages.Layout> layOut, int viewportWidth, int viewportHeight) {
        this.styler = styler;
        this.layOut = layOut;
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
        this.contentHeight = viewportHeight;
    }

    /** The computed style of {@code element}; empty when it is not in the document. */
    public Optional<ComputedStyle> style(Element element) {
        if (styler == null) return Optional.empty();
        if (!styles.containsKey(element)) styles.put(element, styleAlone(element));
        return Optional.ofNullable(styles.get(element));
    }

    private ComputedStyle styleAlone(Element element) {
        try {
            return styler.styleOf(element);
        } catch (RuntimeException | StackOverflowError e) {
            return null; // the engine could not style it: a script sees an element without style, not a crash
        }
    }

    /** The block box {@code element} generated (blocks, inline-blocks, list items, cells...); empty for inline content. */
    public Optional<BlockBox> block(Element element) {
        laidOut();
        return Optional.ofNullable(blocks.get(element));
    }

    /** Where {@code element} is drawn, its border box in page px (all its boxes together); empty when it has none. */
    public Optional<Rect> borderBox(Element element) {
        laidOut();
        return Optional.ofNullable(borderBoxes.get(element));
    }

    /** The viewport the page was laid out in, CSS px. */
    public int viewportWidth() { return viewportWidth; }

    /** @see #viewportWidth() */
    public int viewportHeight() { return viewportHeight; }

    /** The height of the whole page (at least the viewport's), px. */
    public int contentHeight() {
        laidOut();
        return contentHeight;
    }

    /** Lays the document out the first time a box is asked for: each element's first block, and all its boxes together. */
    private void laidOut() {
        if (blocks != null) return;
        blocks = new IdentityHashMap<>();
        borderBoxes = new IdentityHashMap<>();
        Stages.Layout layout = layOut.get();
        if (layout == null) return;
        contentHeight = layout.contentHeight();
        List<LayoutBox> stack = new ArrayList<>(List.of(layout.root()));
        while (!stack.isEmpty()) {
            LayoutBox box = stack.remove(stack.size() - 1);
            Element owner = null;
            if (box instanceof BlockBox block && block.element() != null) {
                owner = block.element();
                blocks.putIfAbsent(owner, block);
            } else if (box instanceof TextFragment text && text.owner() != null) {
                owner = text.owner();
            }
            if (owner != null) borderBoxes.merge(owner, box.rect(), LayoutQuery::union);
            stack.addAll(box.children());
        }
    }

    private static Rect union(Rect a, Rect b) {
        int left = Math.min(a.x(), b.x());
        int top = Math.min(a.y(), b.y());
        int right = Math.max(a.x() + a.width(), b.x() + b.width());
        int bottom = Math.max(a.y() + a.height(), b.y() + b.height());
        return new Rect(left, top, right - left, bottom - top);
    }
}
