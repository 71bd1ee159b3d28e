package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * A DOM node as scripts see it ({@code Node}, DOM Standard section 4.4): its place in the
 * tree, its text, the tree operations ({@code appendChild}, {@code insertBefore},
 * {@code removeChild}, {@code remove}...) and the event-target methods. Elements and the
 * document add theirs in {@link ElementObject} and {@link DocumentObject}.
 *
 * <p>Every tree operation checks what the standard checks (a node cannot go inside
 * itself, a text node has no children) and throws a {@code HierarchyRequestError}-like
 * error instead of corrupting the tree; then it tells the binding the DOM changed.
 */
public class NodeObject extends HostObject {
    final DomBinding dom;
    final Node node;
    final EventListeners listeners = new EventListeners();

    NodeObject(DomBinding dom, Node node, String className, Scriptable prototype) {
        super(className);
        this.dom = dom;
        this.node = node;
        setPrototype(prototype);
        setParentScope(dom.window());
    }

    /** The jsoup node behind this object. */
    public Node node() { return node; }

    static void defineMethods(Scriptable p) {
        method(p, "appendChild", 1, NodeObject.class, (self, a) -> self.insert(nodeArg(a, 0), null));
        method(p, "insertBefore", 2, NodeObject.class, (self, a) -> self.insert(nodeArg(a, 0), optionalNode(a, 1)));
        method(p, "removeChild", 1, NodeObject.class, (self, a) -> self.removeChild(nodeArg(a, 0)));
        method(p, "replaceChild", 2, NodeObject.class, (self, a) -> {
            NodeObject replaced = nodeArg(a, 1);
            self.insert(nodeArg(a, 0), replaced);
            return self.removeChild(replaced);
        });
        method(p, "remove", 0, NodeObject.class, (self, a) -> {
            if (self.node.parent() != null) {
                self.node.remove();
                self.dom.changed();
            }
            return Undefined.instance;
        });
        method(p, "contains", 1, NodeObject.class, (self, a) -> {
            Object other = arg(a, 0);
            return other instanceof NodeObject n && isInclusiveAncestor(self.node, n.node);
        });
        method(p, "hasChildNodes", 0, NodeObject.class, (self, a) -> self.node.childNodeSize() > 0);
        method(p, "cloneNode", 1, NodeObject.class, (self, a) -> {
            if (self.node instanceof Document) throw ScriptRuntime.typeError("cloning the document is not supported");
            Node copy = self.node.clone();
            if (!Context.toBoolean(arg(a, 0)) && copy instanceof Element e) e.empty();
            copy.remove();
            return self.dom.wrap(copy);
        });
        method(p, "append", 1, NodeObject.class, (self, a) -> {
            for (Object item : a) self.insert(self.nodeOrText(item), null);
            return Undefined.instance;
        });
        method(p, "prepend", 1, NodeObject.class, (self, a) -> {
            Node first = self.node.childNodeSize() == 0 ? null : self.node.childNode(0);
            for (Object item : a) self.insert(self.nodeOrText(item), first == null ? null : self.dom.wrap(first));
            return Undefined.instance;
        });
        method(p, "addEventListener", 2, NodeObject.class, (self, a) -> {
            self.listeners.addFromScript(a);
            return Undefined.instance;
        });
        method(p, "removeEventListener", 2, NodeObject.class, (self, a) -> {
            self.listeners.removeFromScript(a);
            return Undefined.instance;
        });
        method(p, "dispatchEvent", 1, NodeObject.class, (self, a) -> {
            if (!(arg(a, 0) instanceof EventObject event)) throw ScriptRuntime.typeError("dispatchEvent needs an Event");
            return self.dom.dispatch(self, event);
        });
    }

    static NodeObject nodeArg(Object[] a, int i) {
        if (arg(a, i) instanceof NodeObject n) return n;
        throw ScriptRuntime.typeError("parameter " + (i + 1) + " is not of type 'Node'");
    }

    private static NodeObject optionalNode(Object[] a, int i) {
        return isNullish(arg(a, i)) ? null : nodeArg(a, i);
    }

    /** A node as it is, or a string as a new text node ({@code append("text")}). */
    NodeObject nodeOrText(Object item) {
        return item instanceof NodeObject n ? n : dom.wrap(new TextNode(ScriptRuntime.toString(item)));
    }

    /** Inserts {@code child} before {@code before} (null: at the end), moving it from where it was. */
    Object insert(NodeObject child, NodeObject before) {
        if (!(node instanceof Element) || node instanceof Document && !(child.node instanceof Element)) {
            throw hierarchyError("this node cannot have that child");
        }
        if (child.node instanceof Document || isInclusiveAncestor(child.node, node)) {
            throw hierarchyError("the new child is an ancestor of the parent");
        }
        if (before != null && before.node.parent() != node) throw notFound();
        if (child.node == (before == null ? null : before.node)) return child;
        Element parent = (Element) node;
        List<Node> moved = child.node instanceof FragmentNode fragment ? List.copyOf(fragment.childNodes()) : List.of(child.node);
        for (Node each : moved) each.remove();
        if (before == null) {
            parent.appendChildren(moved);
        } else {
            parent.insertChildren(before.node.siblingIndex(), moved);
        }
        dom.changed();
        dom.inserted(parent, moved);
        return child;
    }

    private Object removeChild(NodeObject child) {
        if (child.node.parent() != node) throw notFound();
        child.node.remove();
        dom.changed();
        return child;
    }

    static boolean isInclusiveAncestor(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            if (n == ancestor) return true;
        }
        return false;
    }

    static RuntimeException hierarchyError(String why) {
        return domException("HierarchyRequestError", why);
    }

    static RuntimeException notFound() {
        return domException("NotFoundError", "the node is not a child of this node");
    }

    @Override
    public Object get(String name, Scriptable start) {
        switch (name) {
            case "nodeType": return nodeType();
            case "nodeName": return nodeName();
            case "nodeValue": case "data":
                return node instanceof Element || node instanceof Document ? null : textContent();
            case "textContent": return node instanceof Document ? null : textContent();
            case "parentNode": return dom.wrap(node.parent());
            case "parentElement": return node.parent() instanceof Element e && !(e instanceof Document || e instanceof FragmentNode) ? dom.wrap(e) : null;
            case "childNodes": return dom.array(node.childNodes());
            case "firstChild": return node.childNodeSize() == 0 ? null : dom.wrap(node.childNode(0));
            case "lastChild": return node.childNodeSize() == 0 ? null : dom.wrap(node.childNode(node.childNodeSize() - 1));
            case "nextSibling": return dom.wrap(node.nextSibling());
            case "previousSibling": return dom.wrap(node.previousSibling());
            case "ownerDocument":
                if (node instanceof Document) return null;
                return node.ownerDocument() != null ? dom.wrap(node.ownerDocument()) : dom.documentObject();
            case "isConnected": return node.ownerDocument() == dom.document() && isInclusiveAncestor(dom.document(), node);
            default: break;
        }
        if (name.startsWith("on") && name.length() > 2) {
            Callable handler = listeners.handler(name.substring(2));
            return handler == null ? null : handler;
        }
        return super.get(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        switch (name) {
            case "textContent": case "nodeValue": case "data":
                setTextContent(isNullish(value) ? "" : ScriptRuntime.toString(value));
                return;
            default: break;
        }
        if (name.startsWith("on") && name.length() > 2) {
            listeners.setHandler(name.substring(2), value instanceof Callable c ? c : null);
            return;
        }
        super.put(name, start, value);
    }

    private int nodeType() {
        if (node instanceof Document) return 9;
        if (node instanceof FragmentNode) return 11;
        if (node instanceof Element) return 1;
        if (node instanceof Comment) return 8;
        return 3;
    }

    private String nodeName() {
        if (node instanceof Document) return "#document";
        if (node instanceof FragmentNode) return "#document-fragment";
        if (node instanceof Element e) return e.tagName().toUpperCase(java.util.Locale.ROOT);
        if (node instanceof Comment) return "#comment";
        return "#text";
    }

    /** The text of this node and its descendants, in document order (as {@code textContent}). */
    String textContent() {
        if (node instanceof TextNode t) return t.getWholeText();
        if (node instanceof DataNode d) return d.getWholeData();
        if (node instanceof Comment c) return c.getData();
        if (node instanceof Element e) {
            StringBuilder out = new StringBuilder();
            List<Node> stack = new ArrayList<>(List.of(e));
            while (!stack.isEmpty()) {
                Node n = stack.remove(stack.size() - 1);
                if (n instanceof TextNode t) out.append(t.getWholeText());
                else if (n instanceof DataNode d) out.append(d.getWholeData());
                for (int i = n.childNodeSize() - 1; i >= 0; i--) stack.add(n.childNode(i));
            }
            return out.toString();
        }
        return "";
    }

    void setTextContent(String text) {
        if (node instanceof TextNode t) {
            t.text(text);
        } else if (node instanceof DataNode d) {
            d.setWholeData(text);
        } else if (node instanceof Comment c) {
            c.setData(text);
        } else if (node instanceof Element e && !(node instanceof Document)) {
            e.empty();
            if (!text.isEmpty()) e.appendChild(isRawText(e) ? new DataNode(text) : new TextNode(text));
        } else {
            return;
        }
        dom.changed();
    }

    private static boolean isRawText(Element e) {
        String tag = e.normalName();
        return tag.equals("script") || tag.equals("style");
    }
}
