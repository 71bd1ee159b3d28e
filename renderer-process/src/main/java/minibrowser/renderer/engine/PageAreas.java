package minibrowser.renderer.engine;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.layout.LayoutBox;
import minibrowser.renderer.engine.layout.ReplacedBox;
import minibrowser.renderer.engine.layout.TextFragment;

/**
 * Collects from the laid-out tree what the browser needs besides pixels: where the links
 * are (for clicks), where the embeds are (for the plugin surfaces), which images to load.
 * The last stage of {@link Stages}, beside paint.
 */
public final class PageAreas {

    private final List<LinkArea> links = new ArrayList<>();
    private final List<EmbedArea> embeds = new ArrayList<>();
    private final List<String> imageUrls = new ArrayList<>();
    private final List<ElementArea> elementAreas = new ArrayList<>();
    private final java.util.Set<String> seenImages = new java.util.HashSet<>();

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
    }

    /** Clickable areas, in paint order. */
    public List<LinkArea> links() { return links; }

    /** Places reserved for plugin content, in document order. */
    public List<EmbedArea> embeds() { return embeds; }

    /** Absolute URLs of the images shown, each once, in document order. */
    public List<String> imageUrls() { return imageUrls; }

    /** Where each element's boxes and text are, ancestors before descendants. */
    public List<ElementArea> elementAreas() { return elementAreas; }

    private void visit(LayoutBox box) {
        if (box instanceof BlockBox block && block.element() != null) {
            elementAreas.add(new ElementArea(block.rect(), block.element()));
        } else if (box instanceof TextFragment text && text.owner() != null) {
            elementAreas.add(new ElementArea(text.rect(), text.owner()));
        }
        if (box instanceof TextFragment text && text.href() != null && !text.isMarker()) {
            links.add(new LinkArea(text.rect(), text.href()));
        } else if (box instanceof ReplacedBox replaced) {
            if (replaced.href() != null) links.add(new LinkArea(replaced.rect(), replaced.href()));
            if (replaced.kind() == ReplacedBox.Kind.EMBED) {
                embeds.add(new EmbedArea(contentRect(replaced), replaced.mimeType(), replaced.src(), replaced.attributes()));
            } else if (!replaced.src().isEmpty() && seenImages.add(replaced.src())) {
                imageUrls.add(replaced.src());
            }
        } else if (box instanceof BlockBox block && (block.kind() == BlockBox.Kind.INLINE_BLOCK || block.kind() == BlockBox.Kind.FLEX_ITEM)
                && block.href() != null) {
            links.add(new LinkArea(block.rect(), block.href()));
        }
    }

    private static Rect contentRect(ReplacedBox r) {
        return new Rect(r.x() + r.border().left(), r.y() + r.border().top(),
                r.width() - r.border().horizontal(), r.height() - r.border().vertical());
    }
}
