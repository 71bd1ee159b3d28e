package minibrowser.renderer.engine;

import java.util.Map;

/**
 * The place reserved for an {@code <embed>} (or {@code <object>}): the plugin process
 * draws its own surface, and the gpu process composites it into this rectangle.
 *
 * @param rect       where it is, in page coordinates
 * @param mimeType   the {@code type} attribute ("" if none)
 * @param src        the absolute URL of its content, or ""
 * @param attributes every attribute of the element, as written (names lower-case)
 */
public record EmbedArea(Rect rect, String mimeType, String src, Map<String, String> attributes) {
    public EmbedArea {
        attributes = Map.copyOf(attributes);
    }
}
