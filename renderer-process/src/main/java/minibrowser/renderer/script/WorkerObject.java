package minibrowser.renderer.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import minibrowser.renderer.script.ScriptHost.ConsoleLevel;
import minibrowser.renderer.script.dom.DomBinding;
import minibrowser.renderer.script.dom.EventObject;
import minibrowser.renderer.script.dom.EventTargetObject;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;

/**
 * A {@code Worker} as its page sees it, on renderer-main: the page's end of one worker
 * ({@link WorkerThread} runs the other). {@code postMessage} copies the value
 * ({@link StructuredClone}) and posts it to the worker's queue; what the worker sends
 * comes back as tasks of the page's event loop and is dispatched here, as {@code message}
 * and {@code error} events ({@code onmessage}, {@code onerror}, listeners).
 *
 * <p>Messages the page posts before the worker's script has arrived wait here, then
 * follow the script into the worker's queue, so the script's {@code onmessage} sees
 * them. After {@code terminate()} nothing more is delivered either way.
 */
final class WorkerObject extends EventTargetObject implements WorkerScope.ToDocument {
    /** The longest script name errors and console lines carry (a {@code data:} URL holds the whole script). */
    private static final int MAX_SOURCE_NAME = 200;

    private final String url;
    private final DomBinding dom;
    private final EventLoop loop;
    private final ScriptHost host;
    private final Executor main;
    private final WorkerThread thread;
    private final WorkerScope scope;
    /** Main only: messages posted before the script was handed to the worker. */
    private final List<String> waiting = new ArrayList<>();
    /** Main only: the script was handed to the worker. */
    private boolean scriptGiven;
    /** Main only: {@code terminate()} was called, or the page went away. */
    private boolean terminated;

    /** A worker for the script at {@code url} (absolute, same-origin); its thread starts at once. */
    WorkerObject(String url, DomBinding dom, EventLoop loop, ScriptHost host) {
        super("Worker");
        this.url = url;
        this.dom = dom;
        this.loop = loop;
        this.host = host;
        this.main = host.mainQueue();
        this.thread = new WorkerThread(cx -> scope().install(cx), error -> uncaught(UncaughtError.of(error)), () -> scope().end());
        this.scope = new WorkerScope(thread, this);
        thread.start();
    }

    private WorkerScope scope() {
        return scope;
    }

    /** The worker's thread, renderer-worker-N. */
    WorkerThread thread() {
        return thread;
    }

    /** True until it was terminated or it closed itself. */
    boolean live() {
        return !terminated && !thread.finished();
    }

    /** The script's bytes arrived (or failed): on main. */
    void scriptArrived(Optional<String> code) {
        if (terminated) return;
        if (code.isEmpty()) {
            dispatchError("Failed to load worker script " + url, "", 0);
            terminate();
            return;
        }
        scriptGiven = true;
        String name = url.length() > MAX_SOURCE_NAME ? url.substring(0, MAX_SOURCE_NAME) + "..." : url; // a data: URL is the script
        thread.queue.execute(() -> thread.runTask(cx -> scope.runScript(cx, code.get(), name)));
        waiting.forEach(this::toWorker);
        waiting.clear();
    }

    /** {@code worker.postMessage(value)}: on main; the copy is made here, on the sender's thread. */
    void postMessage(Context cx, Object value) {
        if (!live()) return;
        String json = StructuredClone.write(cx, dom.window(), value);
        if (scriptGiven) toWorker(json); else waiting.add(json);
    }

    private void toWorker(String json) {
        thread.queue.execute(() -> thread.runTask(cx -> scope.deliver(cx, json)));
    }

    /** {@code worker.terminate()}, or the page went away: the worker ends at once. */
    void terminate() {
        terminated = true;
        waiting.clear();
        thread.stop();
    }

    // From the worker's thread: each only posts a task to the page's event loop.

    @Override
    public void message(String json) {
        toPage(cx -> {
            if (terminated) return;
            EventObject event = dom.newEvent("message", false, false, false);
            ScriptableObject.putProperty(event, "data", StructuredClone.read(cx, dom.window(), json));
            dom.dispatch(this, event);
        });
    }

    @Override
    public void console(ConsoleLevel level, String text, String source) {
        toPage(cx -> host.console(level, text, marked(source)));
    }

    @Override
    public void uncaught(UncaughtError error) {
        toPage(cx -> {
            if (!terminated) dispatchError("Uncaught " + error.message(), error.file(), error.line());
        });
    }

    private void toPage(Consumer<Context> task) {
        main.execute(() -> loop.run(task));
    }

    /** An {@code error} event at the worker; unless a listener cancels it, the error goes to the console too. */
    private void dispatchError(String message, String file, int line) {
        EventObject event = dom.newEvent("error", false, true, false);
        ScriptableObject.putProperty(event, "message", message);
        ScriptableObject.putProperty(event, "filename", file);
        ScriptableObject.putProperty(event, "lineno", line);
        if (dom.dispatch(this, event)) host.console(ConsoleLevel.ERROR, message, marked(file.isEmpty() ? "" : file + ":" + line));
    }

    /** A console source that says the line came from this worker: "url:line (renderer-worker-3)". */
    private String marked(String source) {
        return (source.isEmpty() ? "" : source + " ") + "(" + thread.name() + ")";
    }
}
