package minibrowser.renderer.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import minibrowser.renderer.script.ScriptHost.ConsoleLevel;
import minibrowser.renderer.script.dom.HostObject;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The global object of a worker's script, {@code self} (the HTML standard's
 * DedicatedWorkerGlobalScope, in miniature), on its renderer-worker-N thread. Besides
 * Rhino's safe standard objects (JSON, Math, Promise...) it has exactly: {@code self},
 * {@code postMessage}, {@code onmessage} and {@code addEventListener}/
 * {@code removeEventListener} for {@code message}, {@code close()}, the timers,
 * {@code queueMicrotask}, {@code performance.now()} and {@code console}.
 *
 * <p>There is no {@code document}, {@code window} or DOM: the DOM belongs to
 * renderer-main, and a second thread that could touch it would need locks on every node
 * (the reason browsers give workers none). Non-goals: {@code importScripts}, module
 * workers, {@code self.onerror}, {@code location} and {@code navigator} of the worker,
 * fetch from a worker, transferable objects, shared and service workers.
 */
final class WorkerScope {
    /** What the worker sends to its page; every method is called on the worker's thread and only posts to main. */
    interface ToDocument {
        /** {@code self.postMessage}: the message as {@link StructuredClone} wrote it. */
        void message(String json);

        /** A console line of the worker. */
        void console(ConsoleLevel level, String text, String source);

        /** An error no script of the worker caught. */
        void uncaught(UncaughtError error);
    }

    private final WorkerThread thread;
    private final ToDocument document;
    private final List<Object> messageListeners = new ArrayList<>();
    private ScriptableObject global;
    private Timers timers;

    WorkerScope(WorkerThread thread, ToDocument document) {
        this.thread = thread;
        this.document = document;
    }

    /** Makes the global scope and its names (the worker's first task). */
    void install(Context cx) {
        global = SafeContexts.newGlobal(cx);
        timers = new Timers(thread.queue, thread::runTask);
        for (String self : new String[] {"self", "globalThis"}) {
            ScriptableObject.defineProperty(global, self, global, ScriptableObject.READONLY | ScriptableObject.DONTENUM);
        }
        function(global, "postMessage", 1, (c, scope, self, args) -> {
            document.message(StructuredClone.write(c, global, HostObject.arg(args, 0)));
            return Undefined.instance;
        });
        function(global, "close", 0, (c, scope, self, args) -> {
            thread.close();
            return Undefined.instance;
        });
        function(global, "addEventListener", 2, (c, scope, self, args) -> {
            Object listener = HostObject.arg(args, 1);
            if (HostObject.string(args, 0).equals("message") && listener instanceof Callable
                    && !messageListeners.contains(listener)) {
                messageListeners.add(listener);
            }
            return Undefined.instance;
        });
        function(global, "removeEventListener", 2, (c, scope, self, args) -> {
            if (HostObject.string(args, 0).equals("message")) messageListeners.remove(HostObject.arg(args, 1));
            return Undefined.instance;
        });
        ScriptableObject.putProperty(global, "onmessage", null);
        installTimers();
        installConsole(cx);
    }

    private void function(Scriptable on, String name, int arity, Callable body) {
        ScriptableObject.defineProperty(on, name, new LambdaFunction(global, name, arity, body::call), ScriptableObject.DONTENUM);
    }

    private void installTimers() {
        function(global, "setTimeout", 2, (cx, scope, self, args) -> timers.start(global, args, false));
        function(global, "setInterval", 2, (cx, scope, self, args) -> timers.start(global, args, true));
        Callable clear = (cx, scope, self, args) -> {
            if (args.length > 0) timers.clear(args[0]);
            return Undefined.instance;
        };
        function(global, "clearTimeout", 1, clear);
        function(global, "clearInterval", 1, clear);
        function(global, "queueMicrotask", 1, (cx, scope, self, args) -> {
            if (!(HostObject.arg(args, 0) instanceof Callable callback)) throw ScriptRuntime.typeError("callback is not a function");
            cx.enqueueMicrotask(() -> callback.call(Context.getCurrentContext(), global, global, new Object[0]));
            return Undefined.instance;
        });
    }

    private void installConsole(Context cx) {
        Scriptable console = cx.newObject(global);
        for (ConsoleLevel level : ConsoleLevel.values()) {
            function(console, level.name().toLowerCase(Locale.ROOT), 1, (c, scope, self, args) -> {
                document.console(level, WindowScope.format(c, global, args), WindowScope.currentSource());
                return Undefined.instance;
            });
        }
        ScriptableObject.defineProperty(global, "console", console, ScriptableObject.DONTENUM);
        Scriptable performance = cx.newObject(global);
        long origin = System.nanoTime();
        function(performance, "now", 0, (c, scope, self, args) -> (System.nanoTime() - origin) / 1e6);
        ScriptableObject.defineProperty(global, "performance", performance, ScriptableObject.DONTENUM);
    }

    /** Runs the worker's script (a task). */
    void runScript(Context cx, String code, String url) {
        cx.evaluateString(global, code, url, 1, null);
    }

    /** A message from the page (a task): copied into this scope, then given to onmessage and the listeners. */
    void deliver(Context cx, String json) {
        Scriptable event = cx.newObject(global);
        ScriptableObject.putProperty(event, "type", "message");
        ScriptableObject.putProperty(event, "data", StructuredClone.read(cx, global, json));
        ScriptableObject.putProperty(event, "target", global);
        ScriptableObject.putProperty(event, "currentTarget", global);
        List<Object> listeners = new ArrayList<>();
        if (ScriptableObject.getProperty(global, "onmessage") instanceof Callable handler) listeners.add(handler);
        listeners.addAll(messageListeners);
        for (Object listener : listeners) {
            try {
                ((Callable) listener).call(cx, global, global, new Object[] {event});
            } catch (RuntimeException | StackOverflowError e) {
                document.uncaught(UncaughtError.of(e)); // one listener's error does not keep the message from the others
            }
        }
    }

    /** The worker is ending (on its thread): no timer of it fires again. */
    void end() {
        if (timers != null) timers.stopAll();
    }
}
