package minibrowser.renderer.engine.style;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An element and its computed style. Elements with {@code display: none} are left out
 * of the style tree altogether, so layout never sees them.
 *
 * @param element  the DOM element (layout reads its tag and attributes, e.g. {@code src})
 * @param style    its computed style
 * @param children its styled children in document order
 */
public record StyledElement(Element element, ComputedStyle style, List<StyledNode> children) implements StyledNode {
    public StyledElement {
        children = List.copyOf(children);
    }

    /** The element's tag name, lower case. */
    public String tag() {
        return element.normalName();
    }
}
