package minibrowser.renderer.engine;

import java.util.List;
import minibrowser.renderer.engine.animation.CompositedLayer;
import minibrowser.renderer.engine.paint.DisplayList;

/**
 * One rendered document: everything the renderer needs to show it and to answer clicks.
 *
 * @param title          the document's {@code <title>} text, white space collapsed ("" if none)
 * @param displayList    what to draw, in page coordinates
 * @param contentHeight  the height of the page in CSS px (at least the viewport height)
 * @param links          clickable areas, in paint order (later ones are on top)
 * @param embeds         places reserved for plugin content
 * @param imageUrls      absolute URLs of the images the page shows, each once, in document order
 * @param layoutTreeText the layout tree, printed (for tests and the debugging page)
 * @param layers         elements on layers of their own, with their compositor animations,
 *                       drawn by the compositor over {@code displayList} (which leaves them out)
 * @param mainThreadAnimating some animation of a property other than transform and opacity
 *                       runs: main must render the document again at its next animation frame
 * @param elementAreas   where each element was drawn, ancestors first: for hit-testing
 *                       clicks on main (the elements are live DOM nodes, main's alone)
 * @param controls       the focusable controls drawn, in document order: for Tab, read by the compositor
 * @param frames         the iframes whose documents main fetches and draws (each a picture, like an image)
 */
public record Page(String title, DisplayList displayList, int contentHeight, List<LinkArea> links,
                   List<EmbedArea> embeds, List<String> imageUrls, String layoutTreeText,
                   List<CompositedLayer> layers, boolean mainThreadAnimating, List<ElementArea> elementAreas,
                   List<ControlArea> controls, List<FrameArea> frames) {

    public Page {
        frames = List.copyOf(frames);
        links = List.copyOf(links);
        embeds = List.copyOf(embeds);
        imageUrls = List.copyOf(imageUrls);
        elementAreas = List.copyOf(elementAreas);
        layers = List.copyOf(layers);
        controls = List.copyOf(controls);
    }

    /** A page without layers, animations or controls. */
    public Page(String title, DisplayList displayList, int contentHeight, List<LinkArea> links,
                List<EmbedArea> embeds, List<String> imageUrls, String layoutTreeText) {
        this(title, displayList, contentHeight, links, embeds, imageUrls, layoutTreeText, List.of(), false, List.of(),
                List.of(), List.of());
    }

    /** Whether some layer of the page is animated at {@code nowNanos}: the compositor needs frames. */
    public boolean compositorAnimatingAt(long nowNanos) {
        for (CompositedLayer layer : layers) {
            if (layer.animatingAt(nowNanos)) return true;
        }
        return false;
    }

    /**
     * The element drawn at page point (x, y): the innermost one (the last area that holds
     * the point), which is where a click's event starts before it bubbles up. Main only.
     */
    public java.util.Optional<org.jsoup.nodes.Element> elementAt(int x, int y) {
        for (int i = elementAreas.size() - 1; i >= 0; i--) {
            if (elementAreas.get(i).rect().contains(x, y)) return java.util.Optional.of(elementAreas.get(i).element());
        }
        return java.util.Optional.empty();
    }

    /** The link at page point (x, y), topmost first, if any. */
    public java.util.Optional<LinkArea> linkAt(int x, int y) {
        for (int i = links.size() - 1; i >= 0; i--) {
            if (links.get(i).rect().contains(x, y)) return java.util.Optional.of(links.get(i));
        }
        return java.util.Optional.empty();
    }
}
