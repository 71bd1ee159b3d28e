package minibrowser.renderer.script.dom;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import minibrowser.renderer.engine.LayoutQuery;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The DOM as one document's scripts see it: the jsoup {@link Document} the engine renders
 * is the very tree scripts change (there is no second copy), and each of its nodes gets
 * one script object, made the first time a script reaches it and the same object every
 * time after ({@code a.parentNode === a.parentNode}).
 *
 * <p>Every change a script makes goes through here ({@link #changed}), which is how the
 * event loop knows a rendering step is due. Renderer-main only.
 */
public final class DomBinding {
    /** The deepest nesting {@code innerHTML} builds, as the engine's own parser allows. */
    private static final int MAX_FRAGMENT_DEPTH = 512;

    private final Document document;
    private final ScriptableObject window;
    private final Runnable onChange;
    private final Map<Node, NodeObject> wrappers = new IdentityHashMap<>();
    private final EventListeners windowListeners = new EventListeners();
    private final EventDispatch dispatch;
    final Scriptable nodePrototype;
    final Scriptable elementPrototype;
    final Scriptable documentPrototype;
    final Scriptable eventPrototype;
    final Scriptable plainPrototype;
    final Scriptable stylePrototype;
    final Scriptable implementationPrototype;
    final Scriptable computedStylePrototype;
    /** Lays the document out now, for a script's question (the host's forced layout). */
    private final Supplier<LayoutQuery> forcedLayout;
    /** The last forced layout, kept until the DOM changes; null: none taken since. */
    private LayoutQuery layout;
    /** The focused element ({@code document.activeElement}); null: the body. */
    private Element focused;
    /** The field the user typed into since it got focus, if any: it gets change when focus leaves it. */
    private Element edited;
    /** What a click does besides its event (follow a link, toggle a checkbox): the event loop's to say. */
    private Activation activation = (target, trusted) -> {};
    /** What runs a script element inserted into the document: the event loop's to say. */
    private Consumer<Element> scriptInsertion = script -> {};

    /** A click on an element: its event, then its default action unless a listener cancelled it. */
    public interface Activation {
        void click(Element target, boolean trusted);
    }

    /**
     * @param window   the document's global scope
     * @param onChange called after every change to the DOM
     * @param report   reports an error thrown by a listener (the console's "Uncaught ...")
     * @param forcedLayout lays the document out as it is now (see {@link #layout})
     */
    public DomBinding(Document document, ScriptableObject window, Runnable onChange, Consumer<RhinoException> report,
                      Supplier<LayoutQuery> forcedLayout) {
        this.document = document;
        this.forcedLayout = forcedLayout;
        document.outputSettings().prettyPrint(false); // innerHTML reads the markup as it is, with no added line breaks
        this.window = window;
        this.onChange = onChange;
        this.dispatch = new EventDispatch(this, report);
        this.plainPrototype = ScriptableObject.getObjectPrototype(window);
        this.eventPrototype = prototype("Event");
        EventObject.defineMethods(eventPrototype);
        this.nodePrototype = prototype("Node");
        NodeObject.defineMethods(nodePrototype);
        this.elementPrototype = prototype("Element");
        elementPrototype.setPrototype(nodePrototype);
        ElementObject.defineMethods(elementPrototype);
        this.documentPrototype = prototype("Document");
        documentPrototype.setPrototype(nodePrototype);
        DocumentObject.defineMethods(documentPrototype);
        this.stylePrototype = prototype("CSSStyleDeclaration");
        StyleObject.defineMethods(stylePrototype);
        this.implementationPrototype = prototype("DOMImplementation");
        DocumentObject.defineImplementationMethods(implementationPrototype, this);
        this.computedStylePrototype = prototype("CSSStyleDeclaration");
        ComputedStyleObject.defineMethods(computedStylePrototype);
    }

    private Scriptable prototype(String name) {
        Scriptable prototype = Context.getCurrentContext().newObject(window);
        prototype.setPrototype(plainPrototype);
        return prototype;
    }

    /** The document. */
    public Document document() { return document; }

    /** The global scope, {@code window}. */
    public ScriptableObject window() { return window; }

    /** The window's own listeners (load, DOMContentLoaded, keydown...). */
    public EventListeners windowListeners() { return windowListeners; }

    /** The one script object of {@code node} (null for null). */
    public NodeObject wrap(Node node) {
        if (node == null) return null;
        NodeObject existing = wrappers.get(node);
        if (existing != null) return existing;
        NodeObject made;
        if (node instanceof Document d) {
            made = new DocumentObject(this, d);
        } else if (node instanceof Element e) {
            made = new ElementObject(this, e);
        } else {
            made = new NodeObject(this, node, node instanceof TextNode ? "Text" : "Node", nodePrototype);
        }
        wrappers.put(node, made);
        return made;
    }

    /** The script object of {@code document}. */
    public DocumentObject documentObject() {
        return (DocumentObject) wrap(document);
    }

    /** Script objects of these nodes, as a JavaScript array (a snapshot, not a live collection). */
    Scriptable array(List<? extends Node> nodes) {
        Object[] items = new Object[nodes.size()];
        for (int i = 0; i < items.length; i++) items[i] = wrap(nodes.get(i));
        return Context.getCurrentContext().newArray(window, items);
    }

    /** A change to the DOM: the next rendering step lays the page out again, and a script's next question forces a layout. */
    void changed() {
        layout = null;
        onChange.run();
    }

    /**
     * The document laid out as it is now: the forced layout of the first question since
     * the last change, so a script that reads many sizes without changing anything pays
     * for one layout (a script that alternates writes and reads pays each time, as in
     * browsers).
     */
    LayoutQuery layout() {
        if (layout == null) layout = forcedLayout.get();
        return layout;
    }

    /**
     * Something other than the DOM moved the layout (the page's images are in): the next
     * question lays out anew. (A viewport resize does not call this yet: a script that
     * reads sizes after one sees the old layout until the DOM next changes.)
     */
    public void forgetLayout() {
        layout = null;
    }

    /** {@code window.getComputedStyle(element)}: a TypeError for anything but an element. */
    public Scriptable computedStyle(Object element) {
        if (element instanceof ElementObject e) return e.computedStyle();
        throw org.mozilla.javascript.ScriptRuntime.typeError("getComputedStyle: parameter 1 is not of type 'Element'");
    }

    /** Parses {@code html} as the children of {@code context} ({@code innerHTML}); scripts in it do not run, as in browsers. */
    List<Node> parseFragment(String html, Element context) {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_FRAGMENT_DEPTH);
        return parser.parseFragmentInput(html, context, document.location());
    }

    /**
     * The markup of {@code element}'s children ({@code innerHTML}) or of the element itself
     * ({@code outerHTML}), as it is: no line breaks or indentation added. An element not in
     * the document (made by {@code createElement}) is serialized through a copy in a
     * document of the same settings, as jsoup would otherwise pretty-print it.
     */
    String markup(Element element, boolean outer) {
        Element source = element;
        if (element.ownerDocument() != document) {
            Document shell = new Document(document.location());
            shell.outputSettings().prettyPrint(false);
            source = element.clone();
            shell.appendChild(source);
        }
        return outer ? source.outerHtml() : source.html();
    }

    /** A new event of this scope, not yet dispatched. */
    public EventObject newEvent(String type, boolean bubbles, boolean cancelable, boolean trusted) {
        return new EventObject(eventPrototype, type, bubbles, cancelable, trusted);
    }

    /** Dispatches {@code event} at {@code target} (a node's script object, or the window); false if cancelled. */
    public boolean dispatch(Scriptable target, EventObject event) {
        return dispatch.dispatch(target, event);
    }

    /**
     * Who runs a {@code <script>} a script puts into the document (HTML standard: a script
     * element runs when it becomes connected, once): the event loop's to say.
     */
    public void setScriptInsertion(Consumer<Element> insertion) { this.scriptInsertion = insertion; }

    /** {@code nodes} were just inserted under {@code parent}: each script among them that is now in the document runs. */
    void inserted(Element parent, List<Node> nodes) {
        if (!NodeObject.isInclusiveAncestor(document, parent)) return;
        for (Node node : nodes) {
            if (node instanceof Element element) {
                for (Element script : element.getElementsByTag("script")) scriptInsertion.accept(script);
            }
        }
    }

    /** Who carries out clicks, {@code el.click()} included. */
    public void setActivation(Activation activation) { this.activation = activation; }

    /** @see #setActivation */
    public Activation activation() { return activation; }

    /** The focused element, or null (the body has focus). */
    public Element focused() { return focused; }

    /**
     * The user changed {@code field}'s value by typing: when it loses focus, it gets
     * {@code change} (HTML standard: change fires on commit, not on each edit).
     */
    public void userEdited(Element field) { edited = field; }

    /** Moves focus to {@code element} (null: to the body), firing change (a field the user edited), blur and focus. */
    public void focus(Element element) {
        if (element == focused) return;
        Element before = focused;
        focused = element;
        if (before != null && before == edited) {
            edited = null;
            dispatch(wrap(before), newEvent("change", true, false, true));
        }
        if (before != null) dispatch(wrap(before), newEvent("blur", false, false, true));
        if (element != null) dispatch(wrap(element), newEvent("focus", false, false, true));
    }
}
