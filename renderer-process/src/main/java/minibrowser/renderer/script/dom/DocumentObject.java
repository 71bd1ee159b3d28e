package minibrowser.renderer.script.dom;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * {@code document} ({@code Document}, DOM Standard section 4.5): the way into the tree
 * ({@code getElementById}, {@code querySelector}, {@code body}), the factory of new
 * nodes ({@code createElement}, {@code createTextNode}), the title, and where the load
 * is ({@code readyState}: "loading" while the parser's scripts run, "interactive" at
 * DOMContentLoaded, "complete" at load).
 */
public final class DocumentObject extends NodeObject {
    private final Document document;
    private String readyState = "loading";

    DocumentObject(DomBinding dom, Document document) {
        super(dom, document, "HTMLDocument", dom.documentPrototype);
        this.document = document;
    }

    /** Moves the document on to "interactive" or "complete". */
    public void setReadyState(String state) {
        readyState = state;
    }

    static void defineMethods(Scriptable p) {
        method(p, "getElementById", 1, DocumentObject.class, (self, a) -> self.dom.wrap(self.document.getElementById(string(a, 0))));
        method(p, "querySelector", 1, DocumentObject.class, (self, a) -> self.dom.wrap(ElementObject.selectFirst(self.document, string(a, 0))));
        method(p, "querySelectorAll", 1, DocumentObject.class, (self, a) -> self.dom.array(ElementObject.select(self.document, string(a, 0))));
        method(p, "getElementsByTagName", 1, DocumentObject.class, (self, a) -> self.dom.array(ElementObject.byTag(self.document, string(a, 0))));
        method(p, "getElementsByClassName", 1, DocumentObject.class, (self, a) -> self.dom.array(ElementObject.byClass(self.document, string(a, 0))));
        method(p, "getElementsByName", 1, DocumentObject.class, (self, a) ->
                self.dom.array(self.document.getElementsByAttributeValue("name", string(a, 0))));
        method(p, "createElement", 1, DocumentObject.class, (self, a) -> {
            String name = string(a, 0).toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || !name.matches("[a-z][a-z0-9-]*")) {
                throw domException("InvalidCharacterError", "'" + string(a, 0) + "' is not a valid tag name");
            }
            return self.dom.wrap(new Element(Tag.valueOf(name), self.document.location()));
        });
        method(p, "createDocumentFragment", 0, DocumentObject.class, (self, a) -> self.dom.wrap(new FragmentNode()));
        method(p, "createTextNode", 1, DocumentObject.class, (self, a) -> self.dom.wrap(new TextNode(string(a, 0))));
        method(p, "createComment", 1, DocumentObject.class, (self, a) -> self.dom.wrap(new Comment(string(a, 0))));
        method(p, "hasFocus", 0, DocumentObject.class, (self, a) -> true);
    }

    /**
     * {@code document.implementation}: only {@code createHTMLDocument}, the inert
     * document libraries parse markup into (jQuery's {@code parseHTML}) so that nothing in
     * it loads or runs. Its nodes move into this document when a script inserts them.
     */
    private Scriptable implementation() {
        Scriptable implementation = Context.getCurrentContext().newObject(dom.window());
        implementation.setPrototype(dom.implementationPrototype);
        return implementation;
    }

    static void defineImplementationMethods(Scriptable p, DomBinding dom) {
        ScriptableObject.defineProperty(p, "createHTMLDocument", new org.mozilla.javascript.LambdaFunction(
                ScriptableObject.getTopLevelScope(p), "createHTMLDocument", 1, (cx, scope, thisObj, a) -> {
                    Document inert = Document.createShell(dom.document().location());
                    if (a.length > 0 && !isNullish(a[0])) inert.title(ScriptRuntime.toString(a[0]));
                    return dom.wrap(inert);
                }), ScriptableObject.DONTENUM);
    }

    @Override
    public Object get(String name, Scriptable start) {
        switch (name) {
            case "documentElement": return dom.wrap(document.firstElementChild());
            case "head": return dom.wrap(document.head());
            case "body": return dom.wrap(document.body());
            case "title": {
                Element title = document.selectFirst("title");
                return title == null ? "" : title.text().strip();
            }
            case "readyState": return readyState;
            case "implementation": return implementation();
            case "URL": case "documentURI": return document.location();
            case "location": return ScriptableObject.getProperty(dom.window(), "location");
            case "defaultView": return dom.window();
            case "activeElement": return dom.wrap(dom.focused() != null ? dom.focused() : document.body());
            case "cookie": return "";
            case "characterSet": return "UTF-8";
            case "forms": return dom.array(document.select("form"));
            case "images": return dom.array(document.select("img"));
            case "links": return dom.array(document.select("a[href], area[href]"));
            default: return super.get(name, start);
        }
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        if (name.equals("title")) {
            Element title = document.selectFirst("title");
            if (title == null) title = document.head().appendElement("title");
            title.text(ScriptRuntime.toString(value));
            dom.changed();
            return;
        }
        if (name.equals("cookie")) return; // no cookies: a non-goal
        super.put(name, start, value);
    }
}
