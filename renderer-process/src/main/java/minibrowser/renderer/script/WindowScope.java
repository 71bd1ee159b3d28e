package minibrowser.renderer.script;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletionException;
import minibrowser.renderer.script.ScriptHost.ConsoleLevel;
import minibrowser.renderer.script.ScriptHost.DialogAnswer;
import minibrowser.renderer.script.ScriptHost.DialogKind;
import minibrowser.renderer.script.dom.DomBinding;
import minibrowser.renderer.script.dom.EventObject;
import minibrowser.renderer.script.dom.HostObject;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The global object of a document's scripts, {@code window}: what a page can call
 * besides the DOM. Each group below is one part of the HTML standard's window, in
 * miniature: the console, timers and animation frames, dialogs, location and
 * navigator, the viewport, and (from {@code window-prelude.js}) events, fetch and
 * XMLHttpRequest. Everything a script can reach is defined here by name.
 */
final class WindowScope {
    /** The longest console line sent to the browser, in characters (the browser refuses more). */
    static final int MAX_CONSOLE_CHARS = 8 * 1024;

    private final ScriptableObject window;
    private final ScriptHost host;
    private final EventLoop loop;
    private final Timers timers;
    private final String url;

    WindowScope(ScriptableObject window, String url, ScriptHost host, EventLoop loop, Timers timers) {
        this.window = window;
        this.url = url;
        this.host = host;
        this.loop = loop;
        this.timers = timers;
    }

    /** Defines every global on {@code window}, then runs the prelude. */
    void install(Context cx, DomBinding dom) {
        for (String self : new String[] {"window", "top"}) {
            ScriptableObject.defineProperty(window, self, window, ScriptableObject.READONLY | ScriptableObject.DONTENUM);
        }
        for (String self : new String[] {"self", "globalThis", "parent", "frames"}) { // replaceable: a page's "var frames = 0" wins
            ScriptableObject.defineProperty(window, self, window, ScriptableObject.DONTENUM);
        }
        ScriptableObject.defineProperty(window, "document", dom.documentObject(), ScriptableObject.READONLY);
        installConsole(cx);
        installTimers();
        installDialogs();
        installLocation();
        installViewport(cx);
        installWindowEvents(dom);
        runPrelude(cx, dom);
    }

    private void function(Scriptable on, String name, int arity, Callable body) {
        ScriptableObject.defineProperty(on, name, new LambdaFunction(window, name, arity, body::call), ScriptableObject.DONTENUM);
    }

    // console.log/info/warn/error/debug: into the browser's log and the tab's console.
    private void installConsole(Context cx) {
        Scriptable console = cx.newObject(window);
        for (ConsoleLevel level : ConsoleLevel.values()) {
            function(console, level.name().toLowerCase(java.util.Locale.ROOT), 1, (c, scope, self, args) -> {
                host.console(level, format(c, window, args), currentSource());
                return Undefined.instance;
            });
        }
        ScriptableObject.defineProperty(window, "console", console, ScriptableObject.DONTENUM);
    }

    /** The console's line for its arguments: strings as they are, other values as JSON where they can be. */
    static String format(Context cx, Scriptable scope, Object[] args) {
        StringBuilder line = new StringBuilder();
        for (Object arg : args) {
            if (line.length() > 0) line.append(' ');
            line.append(describe(cx, scope, arg));
            if (line.length() > MAX_CONSOLE_CHARS) break;
        }
        return line.length() > MAX_CONSOLE_CHARS ? line.substring(0, MAX_CONSOLE_CHARS) : line.toString();
    }

    private static String describe(Context cx, Scriptable scope, Object value) {
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean || HostObject.isNullish(value)
                || value instanceof Callable || value instanceof HostObject) {
            return Context.toString(value);
        }
        try {
            Object json = NativeJSON.stringify(cx, scope, value, null, null);
            return json instanceof CharSequence ? json.toString() : Context.toString(value);
        } catch (RuntimeException e) {
            return Context.toString(value); // a cycle, or a getter that throws
        }
    }

    /** "url:line" of the script line running now, or "". */
    static String currentSource() {
        org.mozilla.javascript.EcmaError here = ScriptRuntime.constructError("Error", ""); // knows where it was made
        return here.sourceName() == null ? "" : here.sourceName() + ":" + here.lineNumber();
    }

    // setTimeout, setInterval, their clears; requestAnimationFrame; queueMicrotask.
    private void installTimers() {
        function(window, "setTimeout", 2, (cx, scope, self, args) -> timers.start(window, args, false));
        function(window, "setInterval", 2, (cx, scope, self, args) -> timers.start(window, args, true));
        function(window, "clearTimeout", 1, (cx, scope, self, args) -> clear(args));
        function(window, "clearInterval", 1, (cx, scope, self, args) -> clear(args));
        function(window, "requestAnimationFrame", 1, (cx, scope, self, args) -> {
            if (!(HostObject.arg(args, 0) instanceof Callable callback)) throw ScriptRuntime.typeError("callback is not a function");
            return loop.requestAnimationFrame(callback);
        });
        function(window, "cancelAnimationFrame", 1, (cx, scope, self, args) -> {
            loop.cancelAnimationFrame((int) Context.toNumber(HostObject.arg(args, 0)));
            return Undefined.instance;
        });
        function(window, "queueMicrotask", 1, (cx, scope, self, args) -> {
            if (!(HostObject.arg(args, 0) instanceof Callable callback)) throw ScriptRuntime.typeError("callback is not a function");
            cx.enqueueMicrotask(() -> callback.call(Context.getCurrentContext(), window, window, new Object[0]));
            return Undefined.instance;
        });
    }

    private Object clear(Object[] args) {
        if (args.length > 0) timers.clear(args[0]);
        return Undefined.instance;
    }

    // alert, confirm, prompt: shown by the browser; main waits for the answer.
    private void installDialogs() {
        function(window, "alert", 1, (cx, scope, self, args) -> {
            dialog(DialogKind.ALERT, args, "");
            return Undefined.instance;
        });
        function(window, "confirm", 1, (cx, scope, self, args) -> dialog(DialogKind.CONFIRM, args, "").accepted());
        function(window, "prompt", 2, (cx, scope, self, args) -> {
            DialogAnswer answer = dialog(DialogKind.PROMPT, args, args.length > 1 ? Context.toString(args[1]) : "");
            return answer.accepted() ? answer.value() : null;
        });
    }

    private DialogAnswer dialog(DialogKind kind, Object[] args, String defaultValue) {
        String message = args.length == 0 || HostObject.isNullish(args[0]) && kind != DialogKind.ALERT ? "" : Context.toString(args[0]);
        if (message.length() > MAX_CONSOLE_CHARS) message = message.substring(0, MAX_CONSOLE_CHARS);
        return host.runDialog(kind, message, defaultValue);
    }

    // location (assigning it navigates) and navigator. There is no history object (a non-goal).
    private void installLocation() {
        LocationObject location = new LocationObject(window, url, host);
        window.defineProperty("location", () -> location, value -> location.go(Context.toString(value), false),
                ScriptableObject.DONTENUM);
        Scriptable navigator = Context.getCurrentContext().newObject(window);
        ScriptableObject.putProperty(navigator, "userAgent", "Mozilla/5.0 (X11; Linux x86_64) minibrowser/0.1");
        ScriptableObject.putProperty(navigator, "language", "en-US");
        ScriptableObject.putProperty(navigator, "onLine", true);
        ScriptableObject.putProperty(navigator, "hardwareConcurrency", Runtime.getRuntime().availableProcessors());
        ScriptableObject.defineProperty(window, "navigator", navigator, ScriptableObject.DONTENUM);
    }

    // innerWidth and innerHeight; performance.now(); atob and btoa; scroll calls (the compositor owns scrolling).
    private void installViewport(Context cx) {
        window.defineProperty("innerWidth", () -> host.viewportWidth(), value -> {}, ScriptableObject.DONTENUM);
        window.defineProperty("innerHeight", () -> host.viewportHeight(), value -> {}, ScriptableObject.DONTENUM);
        window.defineProperty("devicePixelRatio", () -> 1, value -> {}, ScriptableObject.DONTENUM);
        Scriptable performance = cx.newObject(window);
        long origin = System.nanoTime();
        function(performance, "now", 0, (c, scope, self, args) -> (System.nanoTime() - origin) / 1e6);
        ScriptableObject.defineProperty(window, "performance", performance, ScriptableObject.DONTENUM);
        function(window, "btoa", 1, (c, scope, self, args) ->
                Base64.getEncoder().encodeToString(HostObject.string(args, 0).getBytes(StandardCharsets.ISO_8859_1)));
        function(window, "atob", 1, (c, scope, self, args) -> {
            try {
                return new String(Base64.getDecoder().decode(HostObject.string(args, 0).strip()), StandardCharsets.ISO_8859_1);
            } catch (IllegalArgumentException e) {
                throw HostObject.domException("InvalidCharacterError", "not correctly encoded");
            }
        });
        for (String noScrolling : new String[] {"scrollTo", "scrollBy", "scroll", "focus", "blur"}) {
            function(window, noScrolling, 2, (c, scope, self, args) -> Undefined.instance);
        }
    }

    // addEventListener & co on the window itself (load, DOMContentLoaded, keydown...), and
    // getComputedStyle, which answers from a forced layout (DomBinding.layout).
    private void installWindowEvents(DomBinding dom) {
        function(window, "getComputedStyle", 1, (cx, scope, self, args) -> dom.computedStyle(HostObject.arg(args, 0)));
        for (String scrolled : new String[] {"scrollX", "scrollY", "pageXOffset", "pageYOffset"}) {
            ScriptableObject.defineProperty(window, scrolled, 0, ScriptableObject.DONTENUM); // as scripts see it, never scrolled
        }
        function(window, "addEventListener", 2, (cx, scope, self, args) -> {
            dom.windowListeners().addFromScript(args); // capture and once as on any target
            return Undefined.instance;
        });
        function(window, "removeEventListener", 2, (cx, scope, self, args) -> {
            dom.windowListeners().removeFromScript(args);
            return Undefined.instance;
        });
        function(window, "dispatchEvent", 1, (cx, scope, self, args) -> {
            if (!(HostObject.arg(args, 0) instanceof EventObject event)) throw ScriptRuntime.typeError("dispatchEvent needs an Event");
            return dom.dispatch(window, event);
        });
    }

    // The prelude: Event constructors, fetch, XMLHttpRequest, over natives passed in (not globals).
    private void runPrelude(Context cx, DomBinding dom) {
        Scriptable natives = cx.newObject(window);
        ScriptableObject.putProperty(natives, "eventPrototype", eventPrototype(dom));
        function(natives, "makeEvent", 3, (c, scope, self, args) ->
                dom.newEvent(HostObject.string(args, 0), Context.toBoolean(HostObject.arg(args, 1)),
                        Context.toBoolean(HostObject.arg(args, 2)), false));
        function(natives, "fetch", 6, (c, scope, self, args) -> fetch(args));
        Function prelude = (Function) cx.evaluateString(window, preludeSource(), "window-prelude.js", 1, null);
        prelude.call(cx, window, window, new Object[] {window, natives});
    }

    private static Scriptable eventPrototype(DomBinding dom) {
        return dom.newEvent("prototype", false, false, false).getPrototype();
    }

    /** natives.fetch(url, method, body, contentType, onAnswer, onFailure): the browser's answer comes back as a task. */
    private Object fetch(Object[] args) {
        String target = HostObject.string(args, 0);
        Callable onAnswer = (Callable) HostObject.arg(args, 4);
        Callable onFailure = (Callable) HostObject.arg(args, 5);
        java.util.Optional<String> resolved = minibrowser.common.UrlParts.resolve(url, target);
        if (resolved.isEmpty()) {
            loop.queueTask(cx -> onFailure.call(cx, window, window, new Object[] {"bad URL " + target}));
            return Undefined.instance;
        }
        String absolute = resolved.get();
        Object body = HostObject.arg(args, 2);
        byte[] bytes = HostObject.isNullish(body) ? new byte[0] : Context.toString(body).getBytes(StandardCharsets.UTF_8);
        host.fetch(new ScriptHost.HttpRequest(HostObject.string(args, 1), absolute, HostObject.string(args, 3), bytes))
                .whenCompleteAsync((answer, failed) -> loop.run(cx -> {
                    if (failed != null) {
                        Throwable cause = failed instanceof CompletionException && failed.getCause() != null ? failed.getCause() : failed;
                        onFailure.call(cx, window, window, new Object[] {String.valueOf(cause.getMessage())});
                        return;
                    }
                    Scriptable response = cx.newObject(window);
                    ScriptableObject.putProperty(response, "status", answer.status());
                    ScriptableObject.putProperty(response, "statusText", answer.statusText());
                    ScriptableObject.putProperty(response, "contentType", answer.contentType());
                    ScriptableObject.putProperty(response, "url", answer.url());
                    ScriptableObject.putProperty(response, "body", new String(answer.body(), StandardCharsets.UTF_8));
                    onAnswer.call(cx, window, window, new Object[] {response});
                }), host.mainQueue());
        return Undefined.instance;
    }

    private static String preludeSource() {
        try (InputStream in = WindowScope.class.getResourceAsStream("window-prelude.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("window-prelude.js is missing from the renderer", e);
        }
    }
}
