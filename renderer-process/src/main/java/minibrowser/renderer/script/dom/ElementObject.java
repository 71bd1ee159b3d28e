package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Selector;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * An element as scripts see it ({@code Element} and {@code HTMLElement}): attributes,
 * {@code id} and {@code className}, {@code classList}, {@code style}, {@code dataset},
 * {@code innerHTML}, its element children, selectors, the form-control state
 * ({@code value}, {@code checked}), {@code focus} and {@code click}.
 *
 * <p>The form-control state lives in the element's attributes, which the engine draws
 * from: an input's {@code value} is its {@code value} attribute, so what a script (or
 * the user's typing) puts there is what the page shows.
 */
public final class ElementObject extends NodeObject {
    private final Element element;
    private StyleObject style;
    private ClassListObject classList;
    private DatasetObject dataset;
    private final ElementGeometry geometry;

    ElementObject(DomBinding dom, Element element) {
        super(dom, element, "HTMLElement", dom.elementPrototype);
        this.element = element;
        this.geometry = new ElementGeometry(dom, element);
    }

    /** The jsoup element behind this object. */
    public Element element() { return element; }

    static void defineMethods(Scriptable p) {
        method(p, "getAttribute", 1, ElementObject.class, (self, a) -> {
            String name = string(a, 0).toLowerCase(Locale.ROOT);
            return self.element.hasAttr(name) ? self.element.attr(name) : null;
        });
        method(p, "setAttribute", 2, ElementObject.class, (self, a) -> {
            self.setAttribute(string(a, 0), string(a, 1));
            return Undefined.instance;
        });
        method(p, "removeAttribute", 1, ElementObject.class, (self, a) -> {
            self.removeAttribute(string(a, 0));
            return Undefined.instance;
        });
        method(p, "hasAttribute", 1, ElementObject.class, (self, a) -> self.element.hasAttr(string(a, 0).toLowerCase(Locale.ROOT)));
        method(p, "toggleAttribute", 1, ElementObject.class, (self, a) -> {
            String name = string(a, 0).toLowerCase(Locale.ROOT);
            boolean on = a.length > 1 ? Context.toBoolean(a[1]) : !self.element.hasAttr(name);
            if (on) self.setAttribute(name, ""); else self.removeAttribute(name);
            return on;
        });
        method(p, "querySelector", 1, ElementObject.class, (self, a) -> self.dom.wrap(selectFirst(self.element, string(a, 0))));
        method(p, "querySelectorAll", 1, ElementObject.class, (self, a) -> self.dom.array(select(self.element, string(a, 0))));
        method(p, "getElementsByTagName", 1, ElementObject.class, (self, a) -> self.dom.array(byTag(self.element, string(a, 0))));
        method(p, "getElementsByClassName", 1, ElementObject.class, (self, a) -> self.dom.array(byClass(self.element, string(a, 0))));
        method(p, "matches", 1, ElementObject.class, (self, a) -> self.element.is(checkedSelector(string(a, 0))));
        method(p, "closest", 1, ElementObject.class, (self, a) -> self.dom.wrap(self.element.closest(checkedSelector(string(a, 0)))));
        method(p, "focus", 0, ElementObject.class, (self, a) -> {
            self.dom.focus(self.element);
            return Undefined.instance;
        });
        method(p, "blur", 0, ElementObject.class, (self, a) -> {
            if (self.dom.focused() == self.element) self.dom.focus(null);
            return Undefined.instance;
        });
        method(p, "click", 0, ElementObject.class, (self, a) -> {
            self.dom.activation().click(self.element, false);
            return Undefined.instance;
        });
        method(p, "getBoundingClientRect", 0, ElementObject.class, (self, a) -> self.geometry.boundingClientRect());
        method(p, "getClientRects", 0, ElementObject.class, (self, a) -> self.geometry.clientRects());
        method(p, "scrollIntoView", 0, ElementObject.class, (self, a) -> Undefined.instance); // the compositor owns scrolling
        method(p, "insertAdjacentHTML", 2, ElementObject.class, (self, a) -> {
            self.insertAdjacentHtml(string(a, 0), string(a, 1));
            return Undefined.instance;
        });
    }

    @Override
    public Object get(String name, Scriptable start) {
        switch (name) {
            case "tagName": return element.tagName().toUpperCase(Locale.ROOT);
            case "localName": return element.normalName();
            case "id": return element.id();
            case "className": return element.className();
            case "classList":
                if (classList == null) classList = new ClassListObject(this);
                return classList;
            case "style":
                if (style == null) style = new StyleObject(this);
                return style;
            case "dataset":
                if (dataset == null) dataset = new DatasetObject(this);
                return dataset;
            case "innerHTML": return dom.markup(element, false);
            case "outerHTML": return dom.markup(element, true);
            case "innerText": return textContent();
            case "children": return dom.array(element.children());
            case "attributes": return attributes();
            case "childElementCount": return element.childrenSize();
            case "firstElementChild": return dom.wrap(element.firstElementChild());
            case "lastElementChild": return dom.wrap(element.lastElementChild());
            case "nextElementSibling": return dom.wrap(element.nextElementSibling());
            case "previousElementSibling": return dom.wrap(element.previousElementSibling());
            case "value": return FormControls.value(element);
            case "checked": return element.hasAttr("checked");
            case "disabled": return element.hasAttr("disabled");
            case "hidden": return element.hasAttr("hidden");
            case "type": return FormControls.type(element);
            case "name": case "title": case "placeholder": case "alt": return element.attr(name);
            case "href": case "src": case "action":
                return element.hasAttr(name) ? element.absUrl(name) : "";
            case "form": return dom.wrap(element.closest("form"));
            case "text":
                if (hasTextProperty()) return textContent();
                break;
            default: break;
        }
        Object measured = geometry.get(name);
        return measured != null ? measured : super.get(name, start);
    }

    /** Whether {@code text} is this element's text, as on scripts, links, options and titles. */
    private boolean hasTextProperty() {
        return switch (element.normalName()) {
            case "script", "a", "option", "title" -> true;
            default -> false;
        };
    }

    /** {@code getComputedStyle(this)}. */
    Scriptable computedStyle() {
        return new ComputedStyleObject(this);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        String text = isNullish(value) ? "" : ScriptRuntime.toString(value);
        switch (name) {
            case "id": setAttribute("id", text); return;
            case "className": setAttribute("class", text); return;
            case "innerHTML": setInnerHtml(text); return;
            case "innerText": setTextContent(text); return;
            case "text":
                if (hasTextProperty()) setTextContent(text); else super.put(name, start, value);
                return;
            case "value":
                FormControls.setValue(element, text);
                dom.changed();
                return;
            case "checked": case "disabled": case "hidden":
                if (Context.toBoolean(value)) setAttribute(name, ""); else removeAttribute(name);
                return;
            case "type": case "name": case "title": case "placeholder": case "alt": case "href": case "src":
                setAttribute(name, text);
                return;
            case "style":
                setAttribute("style", text);
                return;
            default: super.put(name, start, value);
        }
    }

    /** {@code attributes}: a snapshot array of {@code {name, value}} objects, in document order (not a live NamedNodeMap). */
    private Scriptable attributes() {
        Context cx = Context.getCurrentContext();
        List<Object> items = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            Scriptable item = cx.newObject(dom.window());
            ScriptableObject.putProperty(item, "name", attribute.getKey());
            ScriptableObject.putProperty(item, "value", attribute.getValue());
            items.add(item);
        }
        return cx.newArray(dom.window(), items.toArray());
    }

    void setAttribute(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!isValidName(key)) throw domException("InvalidCharacterError", "'" + name + "' is not a valid attribute name");
        element.attr(key, value);
        if (key.startsWith("on")) listeners.setHandler(key.substring(2), null); // compiled anew from the new text
        dom.changed();
    }

    void removeAttribute(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!element.hasAttr(key)) return;
        element.removeAttr(key);
        dom.changed();
    }

    private static boolean isValidName(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '>' || c == '/' || c == '=' || c == '<') return false;
        }
        return true;
    }

    private void setInnerHtml(String html) {
        List<Node> nodes = dom.parseFragment(html, element);
        element.empty();
        element.appendChildren(nodes);
        dom.changed();
    }

    private void insertAdjacentHtml(String where, String html) {
        Element context = where.equalsIgnoreCase("beforebegin") || where.equalsIgnoreCase("afterend")
                ? element.parent() : element;
        if (context == null) throw domException("NoModificationAllowedError", "the element has no parent");
        List<Node> nodes = dom.parseFragment(html, context);
        switch (where.toLowerCase(Locale.ROOT)) {
            case "beforebegin" -> element.before(fragment(nodes));
            case "afterbegin" -> element.insertChildren(0, nodes);
            case "beforeend" -> element.appendChildren(nodes);
            case "afterend" -> element.after(fragment(nodes));
            default -> throw ScriptRuntime.constructError("SyntaxError", "'" + where + "' is not a position");
        }
        dom.changed();
    }

    /** Nodes to put beside an element: jsoup inserts one node at a time, so they go in a wrapper first. */
    private static Node fragment(List<Node> nodes) {
        Element holder = new Element("span");
        holder.appendChildren(nodes);
        if (holder.childNodeSize() != 1) return holder;
        Node only = holder.childNode(0);
        only.remove();
        return only;
    }

    // Selectors, shared by elements and the document. A selector jsoup cannot parse is a
    // SyntaxError, as in browsers.

    static Element selectFirst(Element root, String css) {
        return root.selectFirst(checkedSelector(css));
    }

    static List<Element> select(Element root, String css) {
        return root.select(checkedSelector(css));
    }

    static List<Element> byTag(Element root, String tag) {
        return tag.equals("*") ? root.getAllElements().subList(1, root.getAllElements().size())
                : root.getElementsByTag(tag).stream().filter(e -> e != root).toList();
    }

    static List<Element> byClass(Element root, String classes) {
        String css = ("." + String.join(".", classes.trim().split("\\s+")));
        return classes.isBlank() ? List.of() : root.select(checkedSelector(css)).stream().filter(e -> e != root).toList();
    }

    static String checkedSelector(String css) {
        try {
            org.jsoup.select.QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw ScriptRuntime.constructError("SyntaxError", "'" + css + "' is not a valid selector");
        }
    }
}
