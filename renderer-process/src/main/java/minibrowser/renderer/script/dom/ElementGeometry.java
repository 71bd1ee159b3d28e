package minibrowser.renderer.script.dom;

import java.util.Optional;
import minibrowser.renderer.engine.LayoutQuery;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.layout.BlockBox;
import minibrowser.renderer.engine.style.ComputedStyle;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Where an element is, as scripts read it (CSSOM View): {@code offset*},
 * {@code client*}, {@code scroll*}, {@code getBoundingClientRect()} and
 * {@code getClientRects()}, all from the document's forced layout
 * ({@link DomBinding#layout}). An element without a box (display: none, not in the
 * document) measures 0 and has no rects. The page is not scrolled as scripts see it (the
 * compositor owns scrolling), so page and viewport coordinates are the same.
 */
final class ElementGeometry {
    private final DomBinding dom;
    private final Element element;

    ElementGeometry(DomBinding dom, Element element) {
        this.dom = dom;
        this.element = element;
    }

    /** The value of a geometry property, or null when {@code name} is not one. */
    Object get(String name) {
        return switch (name) {
            case "offsetWidth" -> borderBox().map(Rect::width).orElse(0);
            case "offsetHeight" -> borderBox().map(Rect::height).orElse(0);
            case "offsetLeft" -> offset(true);
            case "offsetTop" -> offset(false);
            case "offsetParent" -> dom.wrap(offsetParent());
            case "clientWidth" -> isRoot() ? layout().viewportWidth() : block().map(b -> b.width() - b.border().horizontal()).orElse(0);
            case "clientHeight" -> isRoot() ? layout().viewportHeight() : block().map(b -> b.height() - b.border().vertical()).orElse(0);
            case "clientLeft" -> block().map(b -> b.border().left()).orElse(0);
            case "clientTop" -> block().map(b -> b.border().top()).orElse(0);
            case "scrollWidth" -> isRoot() ? layout().viewportWidth() : get("clientWidth");
            case "scrollHeight" -> isRoot() ? layout().contentHeight() : get("clientHeight");
            case "scrollLeft", "scrollTop" -> 0;
            default -> null;
        };
    }

    /** {@code getBoundingClientRect()}: a DOMRect of the border box (all zero without a box). */
    Scriptable boundingClientRect() {
        return domRect(borderBox().orElse(new Rect(0, 0, 0, 0)));
    }

    /** {@code getClientRects()}: the element's box as one rect, or none when it has no box (how libraries test "is it shown"). */
    Scriptable clientRects() {
        Context cx = Context.getCurrentContext();
        Object[] rects = borderBox().map(r -> new Object[] {domRect(r)}).orElse(new Object[0]);
        return cx.newArray(dom.window(), rects);
    }

    private Scriptable domRect(Rect r) {
        Scriptable rect = Context.getCurrentContext().newObject(dom.window());
        ScriptableObject.putProperty(rect, "x", r.x());
        ScriptableObject.putProperty(rect, "y", r.y());
        ScriptableObject.putProperty(rect, "left", r.x());
        ScriptableObject.putProperty(rect, "top", r.y());
        ScriptableObject.putProperty(rect, "width", r.width());
        ScriptableObject.putProperty(rect, "height", r.height());
        ScriptableObject.putProperty(rect, "right", r.x() + r.width());
        ScriptableObject.putProperty(rect, "bottom", r.y() + r.height());
        return rect;
    }

    /**
     * {@code offsetLeft}/{@code offsetTop}: from the padding edge of the offset parent, or
     * from the page when that is the body (CSSOM View, as browsers do it).
     */
    private int offset(boolean horizontal) {
        Optional<Rect> box = borderBox();
        if (box.isEmpty()) return 0;
        int own = horizontal ? box.get().x() : box.get().y();
        Element parent = offsetParent();
        if (parent == null || parent == element.ownerDocument().body()) return own;
        Optional<BlockBox> parentBox = layout().block(parent);
        if (parentBox.isEmpty()) return own;
        BlockBox p = parentBox.get();
        return own - (horizontal ? p.x() + p.border().left() : p.y() + p.border().top());
    }

    /** The nearest positioned ancestor (or table cell), else the body; null for the root, the body and boxless elements. */
    private Element offsetParent() {
        if (isRoot() || element.ownerDocument() == null || element == element.ownerDocument().body()) return null;
        Optional<ComputedStyle> own = layout().style(element);
        if (own.isEmpty() || borderBox().isEmpty() || own.get().position().equals("fixed")) return null;
        for (Element up = element.parent(); up != null; up = up.parent()) {
            if (up == element.ownerDocument().body()) return up;
            Optional<ComputedStyle> style = layout().style(up);
            if (style.isPresent() && (style.get().positioned() || up.normalName().equals("td") || up.normalName().equals("th")
                    || up.normalName().equals("table"))) {
                return up;
            }
        }
        return null;
    }

    private boolean isRoot() {
        return element.ownerDocument() != null && element == element.ownerDocument().firstElementChild();
    }

    private Optional<Rect> borderBox() {
        return layout().borderBox(element);
    }

    private Optional<BlockBox> block() {
        return layout().block(element);
    }

    private LayoutQuery layout() {
        return dom.layout();
    }
}
