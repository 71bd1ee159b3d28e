package minibrowser.renderer.engine;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.LayoutBox;
import minibrowser.renderer.engine.layout.ReplacedBox;
import minibrowser.renderer.engine.layout.TextFragment;

/**
 * Collects from the laid-out tree what the browser needs besides pixels: where the links
 * are (for clicks), where the focusable controls are (for Tab), where the embeds are (for the plugin surfaces), which images to load.
 * The last stage of {@link Stages}, beside paint.
 */
public final class PageAreas {

    private final List<LinkArea> links = new ArrayList<>();
    private final List<EmbedArea> embeds = new ArrayList<>();
    private final List<FrameArea> frames = new ArrayList<>();
    private final List<String> imageUrls = new ArrayList<>();
    private final List<ElementArea> elementAreas = new ArrayList<>();
    private final java.util.Set<String> seenImages = new java.util.HashSet<>();
    /** The boxes of focusable controls, with their elements, until their focus indexes are known. */
    private final List<BlockBox> controlBoxes = new ArrayList<>();
    private final List<ControlArea> controls = new ArrayList<>();

    /** Walks the tree under {@code root} (iteratively: the tree may be deep). */
    PageAreas(BlockBox root) {
        List<LayoutBox> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            LayoutBox box = stack.remove(stack.size() - 1);
            visit(box);
            List<LayoutBox> children = box.children();
            for (int i = children.size() - 1; i >= 0; i--) stack.add(children.get(i));
        }
        if (!controlBoxes.isEmpty()) {
            // Focus indexes count the document's focusable elements, laid out or not: one walk of the DOM.
            java.util.Map<org.jsoup.nodes.Element, Integer> indexes =
                    Focusables.indexes(controlBoxes.get(0).element().ownerDocument());
            for (BlockBox box : controlBoxes) {
                Integer index = indexes.get(box.element());
                if (index != null) controls.add(new ControlArea(box.rect(), Focusables.kind(box.element()), index));
            }
        }
    }

    /** The focusable controls drawn (form fields, buttons, elements with tabindex), in document order. */
    public List<ControlArea> controls() { return controls; }

    /** Clickable areas, in paint order. */
    public List<LinkArea> links() { return links; }

    /** Places reserved for plugin content, in document order. */
    public List<EmbedArea> embeds() { return embeds; }

    /** The iframes with a document to show, in document order (at most {@link EngineLimits#MAX_FRAMES}). */
    public List<FrameArea> frames() { return frames; }

    /** Absolute URLs of the images shown, each once, in document order. */
    public List<String> imageUrls() { return imageUrls; }

    /** Where each element's boxes and text are, ancestors before descendants. */
    public List<ElementArea> elementAreas() { return elementAreas; }

    private void visit(LayoutBox box) {
        if (box instanceof BlockBox block && block.element() != null) {
            elementAreas.add(new ElementArea(block.rect(), block.element()));
            if (isControl(block.element())) controlBoxes.add(block);
        } else if (box instanceof TextFragment text && text.owner() != null) {
            elementAreas.add(new ElementArea(text.rect(), text.owner()));
        }
        if (box instanceof TextFragment text && text.href() != null && !text.isMarker()) {
            links.add(new LinkArea(text.rect(), text.href()));
        } else if (box instanceof ReplacedBox replaced) {
            if (replaced.href() != null) links.add(new LinkArea(replaced.rect(), replaced.href()));
            if (replaced.kind() == ReplacedBox.Kind.EMBED) {
                embeds.add(new EmbedArea(contentRect(replaced), replaced.mimeType(), replaced.src(), replaced.attributes()));
            } else if (replaced.kind() == ReplacedBox.Kind.FRAME && frames.size() < EngineLimits.MAX_FRAMES
                    && seenImages.add(replaced.src())) {
                frames.add(new FrameArea(contentRect(replaced), replaced.src()));
            } else if (replaced.kind() == ReplacedBox.Kind.IMAGE && !replaced.src().isEmpty() && seenImages.add(replaced.src())) {
                imageUrls.add(replaced.src());
            }
        } else if (box instanceof BlockBox block && (block.kind() == BlockBox.Kind.INLINE_BLOCK || block.kind() == BlockBox.Kind.FLEX_ITEM)
                && block.href() != null) {
            links.add(new LinkArea(block.rect(), block.href()));
        }
    }

    /** A focusable element other than a link (links are reported as links), not seen yet: one area per control, its first box. */
    private boolean isControl(org.jsoup.nodes.Element element) {
        if (element.normalName().equals("a") || !Focusables.isFocusable(element)) return false;
        return controlBoxes.isEmpty() || controlBoxes.get(controlBoxes.size() - 1).element() != element;
    }

    private static Rect contentRect(ReplacedBox r) {
        return new Rect(r.x() + r.border().left(), r.y() + r.border().top(),
                r.width() - r.border().horizontal(), r.height() - r.border().vertical());
    }
}
