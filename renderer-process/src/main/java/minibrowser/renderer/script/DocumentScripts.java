package minibrowser.renderer.script;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.renderer.engine.Focusables;
import minibrowser.renderer.script.ScriptHost.ConsoleLevel;
import minibrowser.renderer.script.dom.DomBinding;
import minibrowser.renderer.script.dom.EventObject;
import minibrowser.renderer.script.dom.FormControls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;

/**
 * The scripts of one document, from its parse to its end, on renderer-main. Made only
 * for a document that has script ({@link ScriptPresence#in}): a page without any never loads the
 * script engine's classes.
 *
 * <p>The order, as the HTML standard gives it for a parsed document:
 * <ol>
 *   <li>every {@code <script src>} is fetched at once, through the browser;</li>
 *   <li>the parser's scripts run in document order, each a task (an external one when
 *       its bytes are in; one that failed to load is skipped with a console error);</li>
 *   <li>then the {@code defer} scripts, in order; then {@code DOMContentLoaded}
 *       (readyState "interactive");</li>
 *   <li>{@code async} scripts run whenever they arrive, each a task;</li>
 *   <li>{@code load} (readyState "complete") once the page's images are in as well
 *       ({@link #pageLoaded}).</li>
 * </ol>
 * One difference from a browser: jsoup parses the whole document before any script
 * runs, so a script sees the elements after it too, and the first frame (the page as
 * parsed) is committed before the scripts run, as a browser paints what it has parsed
 * when a script takes long.
 */
public final class DocumentScripts {
    private final Document document;
    private final String url;
    private final ScriptHost host;
    private final EventLoop loop;
    private final Timers timers;
    private final Workers workers;
    private ScriptableObject window;
    private DomBinding dom;
    private boolean contentLoaded;
    private boolean pageLoaded;
    /** The longest the tab's load waits, after the load event, for the page to settle ({@link #start}). */
    static final long SETTLE_CAP_MS = 5_000;
    /** Called once the page settled after load; null once called. */
    private Runnable loadSettled;
    private boolean loadFired;
    /** Inserted external scripts fetched but not yet run. */
    private int scriptsInFlight;
    /** The script elements that have run or are about to (each runs once, as the standard says). */
    private final java.util.Set<Element> started = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private static boolean isClassicScript(Element script) {
        return ScriptPresence.isClassicScript(script);
    }

    /** The scripts of {@code document} (its URL {@code url}), run against {@code host}. Call {@link #start} next. */
    public DocumentScripts(Document document, String url, ScriptHost host) {
        this.document = document;
        this.url = url;
        this.host = host;
        this.loop = new EventLoop(host, this::reportUncaught);
        this.timers = new Timers(host.mainQueue(), loop::run);
        this.workers = new Workers(url, host, loop);
    }

    /**
     * Makes the window, then runs the document's scripts in the order of the class
     * comment. {@code loadSettled} is called on main once the page has settled after its
     * {@code load} event: the scripts its handlers put in have run and the zero-delay
     * timers set until then have fired (at the latest {@link #SETTLE_CAP_MS} after load,
     * so a page that loads code forever still finishes loading). That is when the tab's
     * load finishes, and what a headless screenshot shows, as Chromium's does after load.
     */
    public void start(Runnable loadSettled) {
        this.loadSettled = loadSettled;
        loop.run(cx -> {
            window = SafeContexts.newGlobal(cx);
            loop.setScope(window);
            dom = new DomBinding(document, window, this::domChanged, this::reportUncaught, host::layoutNow);
            dom.setActivation((target, trusted) -> activate(target, trusted).ifPresent(link -> host.navigate(link, false)));
            dom.setScriptInsertion(this::inserted);
            new WindowScope(window, url, host, loop, timers).install(cx, dom);
            workers.install(cx, window, dom);
        });
        if (window == null) { // the window could not be made (it never fails on a healthy renderer): no scripts then
            releaseLoad();
            return;
        }
        List<Element> scripts = new ArrayList<>();
        for (Element script : document.getElementsByTag("script")) {
            started.add(script); // the parser's scripts run once, here, wherever a script moves them later
            if (isClassicScript(script)) scripts.add(script);
        }
        CompletableFuture<Void> parserScripts = CompletableFuture.completedFuture(null);
        List<Element> deferred = new ArrayList<>();
        for (Element script : scripts) {
            boolean external = script.hasAttr("src");
            if (external && script.hasAttr("async")) {
                source(script).thenAcceptAsync(code -> execute(script, code), host.mainQueue());
            } else if (external && script.hasAttr("defer")) {
                deferred.add(script);
            } else {
                CompletableFuture<Optional<String>> code = source(script);
                parserScripts = parserScripts.thenCompose(done -> code)
                        .thenAcceptAsync(text -> execute(script, text), host.mainQueue());
            }
        }
        List<CompletableFuture<Optional<String>>> deferredCode = deferred.stream().map(this::source).toList();
        CompletableFuture<Void> all = parserScripts;
        for (int i = 0; i < deferred.size(); i++) {
            Element script = deferred.get(i);
            CompletableFuture<Optional<String>> code = deferredCode.get(i);
            all = all.thenCompose(done -> code).thenAcceptAsync(text -> execute(script, text), host.mainQueue());
        }
        all.thenRunAsync(this::domContentLoaded, host.mainQueue());
    }

    /** The script's code: its text, or its {@code src} fetched through the browser (empty when that failed). */
    private CompletableFuture<Optional<String>> source(Element script) {
        if (!script.hasAttr("src")) return CompletableFuture.completedFuture(Optional.of(script.data()));
        String src = script.absUrl("src");
        if (src.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
        return host.fetchScript(src)
                .thenApply(bytes -> bytes.map(b -> new String(b, StandardCharsets.UTF_8)))
                .exceptionally(failed -> Optional.empty());
    }

    /**
     * A script put into the document by a script (HTML standard, "prepare the script
     * element"): an external one is fetched and run as a task of its own when it arrives,
     * then gets {@code load} ({@code error} when it could not be fetched), as libraries
     * that load code on demand expect; an inline one runs at once, inside the insertion,
     * an error in it reported, not thrown at the script that inserted it.
     */
    private void inserted(Element script) {
        if (!isClassicScript(script) || !started.add(script)) return;
        if (!script.hasAttr("src")) {
            Context cx = Context.getCurrentContext();
            try {
                cx.compileString(script.data(), url, 1, null).exec(cx, window);
            } catch (RhinoException e) {
                reportUncaught(e);
            }
            return;
        }
        scriptsInFlight++;
        source(script).thenAcceptAsync(code -> {
            execute(script, code);
            loop.run(cx -> dom.dispatch(dom.wrap(script), dom.newEvent(code.isPresent() ? "load" : "error", false, false, true)));
            scriptsInFlight--;
            if (loadFired) settle();
        }, host.mainQueue());
    }

    /** Runs one script as a task of its own. */
    private void execute(Element script, Optional<String> code) {
        String name = script.hasAttr("src") ? script.absUrl("src") : url;
        if (code.isEmpty()) {
            host.console(ConsoleLevel.ERROR, "Failed to load script " + name, name);
            return;
        }
        loop.run(cx -> {
            Script compiled;
            try {
                compiled = cx.compileString(code.get(), name, 1, null);
            } catch (EvaluatorException e) { // the script does not parse: none of it runs
                host.console(ConsoleLevel.ERROR, "Uncaught SyntaxError: " + e.details(),
                        e.sourceName() == null ? name : e.sourceName() + ":" + e.lineNumber());
                return;
            }
            compiled.exec(cx, window);
        });
    }

    private void domContentLoaded() {
        loop.run(cx -> {
            dom.documentObject().setReadyState("interactive");
            dom.dispatch(dom.documentObject(), dom.newEvent("DOMContentLoaded", true, false, true));
        });
        this.contentLoaded = true;
        if (pageLoaded) fireLoad();
    }

    /** The page's images are in (or failed): {@code load}, once DOMContentLoaded has been. */
    public void pageLoaded() {
        if (pageLoaded) return;
        pageLoaded = true;
        if (dom != null) dom.forgetLayout(); // the images are in: sizes a script reads from now on include them
        if (contentLoaded) fireLoad();
    }

    private void fireLoad() {
        loop.queueTask(cx -> {
            dom.documentObject().setReadyState("complete");
            dom.dispatch(window, dom.newEvent("load", false, false, true));
            loadFired = true;
            TimerThread.get().schedule(() -> host.mainQueue().execute(this::releaseLoad), SETTLE_CAP_MS, TimeUnit.MILLISECONDS);
            settle();
        });
    }

    /**
     * After load, once no inserted script is in flight: one turn of the timer queue (the
     * zero-delay timers set so far fire first, in order), then the load is released if
     * nothing was inserted meanwhile.
     */
    private void settle() {
        if (scriptsInFlight > 0) return; // the last one to arrive settles again
        TimerThread.get().schedule(() -> host.mainQueue().execute(() -> {
            if (scriptsInFlight == 0) releaseLoad();
        }), 0, TimeUnit.MILLISECONDS);
    }

    /** Tells the owner the page has settled, once, after committing what its scripts changed (the frame the load finishes with). */
    private void releaseLoad() {
        Runnable settled = loadSettled;
        loadSettled = null;
        if (settled == null) return;
        loop.renderPendingChanges();
        settled.run();
    }

    /**
     * The user clicked {@code target}: a trusted {@code click} event, then its default
     * action unless a listener cancelled it. Returns the link to follow, if the click's
     * default action is to follow one (the browser then navigates, as for any link).
     */
    public Optional<String> click(Element target) {
        List<Optional<String>> link = new ArrayList<>(List.of(Optional.empty()));
        loop.run(cx -> link.set(0, activate(target, true)));
        return link.get(0);
    }

    /** A click's event and default action; the link it follows, if any. */
    private Optional<String> activate(Element target, boolean trusted) {
        if (dom == null || target.ownerDocument() != document) return Optional.empty();
        boolean toggles = target.normalName().equals("input")
                && (FormControls.type(target).equals("checkbox") || FormControls.type(target).equals("radio"));
        boolean wasChecked = target.hasAttr("checked");
        // A user's click moves focus first (browsers do it on mousedown), so a click handler's
        // own focus() wins; a click elsewhere than on a focusable element leaves the field.
        if (trusted) dom.focus(closestFocusable(target));
        if (toggles) setChecked(target, FormControls.type(target).equals("radio") || !wasChecked);
        EventObject click = dom.newEvent("click", true, true, trusted);
        boolean allowed = dom.dispatch(dom.wrap(target), click);
        if (!allowed) {
            if (toggles) setChecked(target, wasChecked);
            return Optional.empty();
        }
        if (toggles && wasChecked != target.hasAttr("checked")) {
            dom.dispatch(dom.wrap(target), dom.newEvent("input", true, false, trusted));
            dom.dispatch(dom.wrap(target), dom.newEvent("change", true, false, trusted));
        }
        if (!trusted && Focusables.isFocusable(target)) dom.focus(target);
        Element link = target.closest("a[href], area[href]");
        if (link != null) return Optional.of(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
        Element button = target.closest("button, input[type=submit], input[type=image]");
        if (button != null && FormControls.type(button).equals("submit")) {
            Element form = button.closest("form");
            if (form != null) return submit(form, trusted);
        }
        return Optional.empty();
    }

    private void setChecked(Element input, boolean checked) {
        if (checked && FormControls.type(input).equals("radio") && input.hasAttr("name")) {
            Element form = input.closest("form");
            Element scope = form != null ? form : document;
            for (Element other : scope.select("input[type=radio]")) {
                if (other.attr("name").equals(input.attr("name"))) other.removeAttr("checked");
            }
        }
        if (checked) input.attr("checked", ""); else input.removeAttr("checked");
        domChanged();
    }

    /** A form's {@code submit} event, then, unless cancelled, its submission: a GET navigation with its fields. */
    private Optional<String> submit(Element form, boolean trusted) {
        boolean allowed = dom.dispatch(dom.wrap(form), dom.newEvent("submit", true, true, trusted));
        if (!allowed) return Optional.empty();
        return Optional.of(FormSubmission.url(form));
    }

    /** {@code e} or its nearest focusable ancestor, or null. */
    private static Element closestFocusable(Element e) {
        for (Element at = e; at != null; at = at.parent()) {
            if (Focusables.isFocusable(at)) return at;
        }
        return null;
    }

    // ---------------------------------------------------------------- keys and focus (the user's)

    /**
     * The element that has focus: null for the body, and for an element a script has
     * removed from the document meanwhile (its focus is lost, as in browsers). Main only.
     */
    public Element focused() {
        Element focused = dom == null ? null : dom.focused();
        return focused == null || focused.ownerDocument() != document ? null : focused;
    }

    /**
     * The user moved focus (the browser's Tab) to {@code element}, null for none: the one
     * left gets {@code change} if the user edited it, then {@code blur}; {@code element}
     * gets {@code focus}.
     */
    public void focus(Element element) {
        if (dom == null) return;
        loop.run(cx -> dom.focus(element != null && element.ownerDocument() == document ? element : null));
    }

    /**
     * A key the user pressed, a task of the event loop: a trusted {@code keydown} at the
     * focused element (the body when none), bubbling to the document and window; unless a
     * listener cancelled it, its default action (typing edits a text field and fires
     * {@code input}; Enter in a one-line field submits its form, on another control clicks
     * it); then {@code keyup}. Returns the link to follow when the default action is a navigation.
     */
    public Optional<String> key(KeyPress key) {
        List<Optional<String>> link = new ArrayList<>(List.of(Optional.empty()));
        loop.run(cx -> link.set(0, keyTask(key)));
        return link.get(0);
    }

    private Optional<String> keyTask(KeyPress key) {
        if (dom == null) return Optional.empty();
        Element target = focused();
        Element at = target != null ? target : document.body() != null ? document.body() : document;
        boolean allowed = dom.dispatch(dom.wrap(at), keyEvent("keydown", key));
        Optional<String> link = Optional.empty();
        if (allowed && target != null) link = keyDefault(target, key);
        dom.dispatch(dom.wrap(at), keyEvent("keyup", key));
        return link;
    }

    /** What a key does at the focused element when keydown was not cancelled. */
    private Optional<String> keyDefault(Element target, KeyPress key) {
        if (FormControls.isTextField(target)) {
            if (key.isEnter() && !target.normalName().equals("textarea")) return implicitSubmission(target);
            if (TextEditing.edit(target, key)) {
                dom.userEdited(target);
                domChanged();
                EventObject input = dom.newEvent("input", true, false, true);
                input.put("inputType", input, key.isBackspace() ? "deleteContentBackward"
                        : key.isEnter() ? "insertLineBreak" : "insertText");
                input.put("data", input, key.text().isEmpty() ? null : key.text());
                dom.dispatch(dom.wrap(target), input);
            }
            return Optional.empty();
        }
        if (key.isEnter()) return activate(target, true);
        return Optional.empty();
    }

    /**
     * Enter in a one-line field (HTML standard 4.10.21.2): the form's default button is
     * clicked (so its click listeners run, then the submission); a form without one is
     * submitted as it is; a field outside any form does nothing.
     */
    private Optional<String> implicitSubmission(Element field) {
        Element form = field.closest("form");
        if (form == null || TextEditing.blocksSubmission(form)) return Optional.empty();
        Element button = TextEditing.defaultButton(form);
        if (button != null) {
            boolean allowed = dom.dispatch(dom.wrap(button), dom.newEvent("click", true, true, true));
            return allowed && form.ownerDocument() == document ? submit(form, true) : Optional.empty();
        }
        return submit(form, true);
    }

    /** A trusted {@code keydown} or {@code keyup}, cancelable, with the key's fields. */
    private EventObject keyEvent(String type, KeyPress key) {
        EventObject event = dom.newEvent(type, true, true, true);
        event.put("key", event, key.key());
        event.put("code", event, key.key().length() == 1 ? "" : key.key());
        event.put("keyCode", event, key.keyCode());
        event.put("which", event, key.keyCode());
        event.put("shiftKey", event, (key.modifiers() & KeyPress.SHIFT) != 0);
        event.put("ctrlKey", event, (key.modifiers() & KeyPress.CONTROL) != 0);
        event.put("altKey", event, (key.modifiers() & KeyPress.ALT) != 0);
        event.put("metaKey", event, false);
        event.put("repeat", event, false);
        return event;
    }

    /** The DOM binding, for code that dispatches input (keys) into the page. Main only; null before {@link #start}. */
    public DomBinding dom() {
        return dom;
    }

    /** How busy this document's tasks kept main so far (for {@code bench scripts}). Main only. */
    public EventLoop.TaskStats taskStats() {
        return loop.taskStats();
    }

    private void domChanged() {
        loop.domChanged();
    }

    /** An uncaught error: into the console, as "Uncaught ..." with where it was thrown. */
    private void reportUncaught(Throwable error) {
        UncaughtError uncaught = UncaughtError.of(error);
        host.console(ConsoleLevel.ERROR, "Uncaught " + uncaught.message(), uncaught.source());
    }

    /** The document went away (navigation, tab closed): no timer, frame callback or task of it runs again, and its workers end. */
    public void close() {
        loop.close();
        timers.stopAll();
        workers.terminateAll();
    }

    /** The document's workers, for tests. */
    Workers workers() {
        return workers;
    }
}
