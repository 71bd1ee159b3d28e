package minibrowser.renderer.engine;

/**
 * A clickable region of the page: one piece of a link's text (or image) on one line.
 * A link that wraps over two lines gives two areas.
 *
 * @param rect where it is, in page coordinates
 * @param href the absolute URL it leads to
 */
public record LinkArea(Rect rect, String href) {}
