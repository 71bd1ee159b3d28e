package minibrowser.renderer.script;

import minibrowser.common.trace.Trace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;

/**
 * One document's event loop, in miniature, as the HTML standard describes it (section
 * 8.1.7), on renderer-main:
 *
 * <pre>
 *   task ──▶ microtasks (Promise jobs, queueMicrotask) ──▶ did it change the DOM or ask for a frame?
 *                                                              │ yes: at the compositor's next frame
 *                                                              ▼
 *                      rendering step: requestAnimationFrame callbacks ──▶ style, layout, paint, commit
 * </pre>
 *
 * <p>A task is anything the standard queues: a parser-inserted script, a timer, an event,
 * a fetch that completed, a message from a worker. Every task runs through {@link #run},
 * which enters a Rhino context, runs the task, reports an uncaught error to the console
 * (and goes on: one bad script does not stop the page), and then performs the microtask
 * checkpoint. Renderer-main's queue is the task queue itself: tasks of every document
 * (and of the renderer: commits, pings) are served in order, which is why a script that
 * never returns holds up everything else on main, the hang monitor's ping included.
 *
 * <p>The rendering step is paced by the compositor ({@link ScriptHost#nextFrame}), so that
 * many tasks that change the DOM cost one layout per frame, not one each.
 */
public final class EventLoop {
    private final ScriptHost host;
    private final Consumer<Throwable> report;
    private final Map<Integer, Callable> animationFrameCallbacks = new LinkedHashMap<>();
    private Scriptable scope;
    private int nextAnimationFrame = 1;
    private boolean domChanged;
    private boolean frameRequested;
    private boolean closed;
    /** Tasks run so far (rAF callbacks included), their time on main in all, and the longest: see {@link #taskStats}. */
    private long tasks;
    private long taskNanos;
    private long longestTaskNanos;

    /**
     * How busy this document kept main: the number of tasks run, their total and their longest
     * time (each with its microtasks). Two clock reads a task; read on main.
     */
    public record TaskStats(long tasks, long totalNanos, long longestNanos) {
        /** The mean time of a task, in ms (0 before the first). */
        public double meanMillis() {
            return tasks == 0 ? 0 : totalNanos / 1e6 / tasks;
        }
    }

    /** @param report where an uncaught error goes (the console) */
    EventLoop(ScriptHost host, Consumer<Throwable> report) {
        this.host = host;
        this.report = report;
    }

    /** The global scope rAF callbacks run in; set once it is made. */
    void setScope(Scriptable scope) {
        this.scope = scope;
    }

    /** Queues a task on renderer-main. Dropped if the document has gone by the time it runs. */
    public void queueTask(Consumer<Context> task) {
        host.mainQueue().execute(() -> run(task));
    }

    /** Runs one task now (on renderer-main), then the microtask checkpoint, then asks for a rendering step if needed. */
    public void run(Consumer<Context> task) {
        if (closed) return;
        runWithMicrotasks(task);
        afterTask();
    }

    /**
     * The body of every task, a rAF callback included: a context entered, the script run
     * (an error is reported, and the page goes on: a script error, or a fault of the
     * bindings), the microtask checkpoint, the task counted.
     */
    private void runWithMicrotasks(Consumer<Context> task) {
        long start = System.nanoTime();
        try (Trace.Slice slice = Trace.slice("script", "task"); Context cx = SafeContexts.enter()) {
            cx.setTrackUnhandledPromiseRejections(true);
            try {
                task.accept(cx);
            } catch (RuntimeException | StackOverflowError e) {
                report.accept(e);
            }
            microtaskCheckpoint(cx);
        }
        count(start);
    }

    private void count(long start) {
        long took = System.nanoTime() - start;
        tasks++;
        taskNanos += took;
        longestTaskNanos = Math.max(longestTaskNanos, took);
    }

    /** This document's tasks so far ({@link TaskStats}). */
    TaskStats taskStats() {
        return new TaskStats(tasks, taskNanos, longestTaskNanos);
    }

    /**
     * Runs every queued Promise job (and the jobs they queue) before the next task; then a
     * promise rejected with no handler is reported, as "Uncaught (in promise) ...".
     */
    private void microtaskCheckpoint(Context cx) {
        try {
            cx.processMicrotasks();
        } catch (RuntimeException | StackOverflowError e) {
            report.accept(e);
        }
        cx.getUnhandledPromiseTracker().process(reason ->
                report.accept(new JavaScriptException("(in promise) " + describe(reason), null, 0)));
    }

    /** A rejection's reason as the console shows it: "Error: message", or the value. */
    private static String describe(Object reason) {
        try {
            return Context.toString(reason);
        } catch (RuntimeException e) {
            return "a value that cannot be shown";
        }
    }

    /** The DOM changed: the page is laid out again in the next rendering step. */
    void domChanged() {
        domChanged = true;
    }

    /** {@code requestAnimationFrame(callback)}: runs in the next rendering step, given the frame's time. */
    int requestAnimationFrame(Callable callback) {
        if (closed || animationFrameCallbacks.size() >= Timers.MAX_TIMERS) return 0;
        int id = nextAnimationFrame++;
        animationFrameCallbacks.put(id, callback);
        return id;
    }

    /** {@code cancelAnimationFrame(id)}. */
    void cancelAnimationFrame(int id) {
        animationFrameCallbacks.remove(id);
    }

    private void afterTask() {
        if (closed || frameRequested || (!domChanged && animationFrameCallbacks.isEmpty())) return;
        frameRequested = true;
        host.nextFrame().thenAcceptAsync(this::renderingStep, host.mainQueue());
    }

    /**
     * At a compositor frame: the rAF callbacks queued before it (each a task of its own,
     * with its microtasks), then, if anything changed, style, layout, paint and commit.
     */
    private void renderingStep(long frameTimeNanos) {
        frameRequested = false;
        if (closed) return;
        try (Trace.Slice slice = Trace.slice("renderer", "rendering step")) {
            runRenderingStep(frameTimeNanos);
        }
    }

    private void runRenderingStep(long frameTimeNanos) {
        List<Callable> callbacks = new ArrayList<>(animationFrameCallbacks.values());
        animationFrameCallbacks.clear();
        double timestamp = frameTimeNanos / 1e6;
        for (Callable callback : callbacks) {
            if (closed) return;
            runWithMicrotasks(cx -> callback.call(cx, scope, scope, new Object[] {timestamp}));
        }
        if (domChanged) {
            domChanged = false;
            host.renderNow();
        }
        afterTask(); // callbacks that asked for the next frame get it
    }

    /**
     * Commits the DOM's changes now if they are waiting for the next rendering step: the
     * load is about to finish, and the frame it finishes with must be the page as it is.
     */
    void renderPendingChanges() {
        if (closed || !domChanged) return;
        domChanged = false;
        host.renderNow();
    }

    /** The document went away: nothing of it runs again. */
    void close() {
        closed = true;
        animationFrameCallbacks.clear();
    }

    /** True once {@link #close} ran. */
    boolean closed() {
        return closed;
    }
}
