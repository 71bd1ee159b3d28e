package minibrowser.renderer.script;

import minibrowser.common.trace.Trace;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;

/**
 * {@code setTimeout}, {@code setInterval} and their clears for one global (a document or
 * a worker), as the HTML standard's timer initialisation steps describe them in
 * miniature: each timer waits on {@link TimerThread}, then its callback is queued as a
 * task of the owner's event loop ({@code runTask}), never run on the timer thread. An
 * interval waits at least {@link #MIN_INTERVAL_MS}; a page may hold at most
 * {@link #MAX_TIMERS} at once (an endless-timer page then gets an error, not a renderer
 * out of memory).
 */
final class Timers {
    static final int MIN_INTERVAL_MS = 4;
    static final int MAX_TIMERS = 10_000;

    private final Executor ownerQueue;
    private final Consumer<Consumer<Context>> runTask;
    private final Map<Integer, ScheduledFuture<?>> active = new HashMap<>();
    private int nextId = 1;
    private boolean stopped;

    /**
     * @param ownerQueue the queue of the thread that owns the scripts (tasks are posted there)
     * @param runTask    runs one task of the event loop on that thread, microtasks after it
     */
    Timers(Executor ownerQueue, Consumer<Consumer<Context>> runTask) {
        this.ownerQueue = ownerQueue;
        this.runTask = runTask;
    }

    /** {@code setTimeout(callback, delay, ...args)} or, with {@code repeat}, {@code setInterval}. */
    int start(Scriptable scope, Object[] args, boolean repeat) {
        if (stopped) return 0;
        if (active.size() >= MAX_TIMERS) throw ScriptRuntime.rangeError("too many timers (" + MAX_TIMERS + ")");
        Object callback = args.length > 0 ? args[0] : null;
        long delay = args.length > 1 ? Math.max(0, (long) Math.min(Integer.MAX_VALUE, toMillis(args[1]))) : 0;
        if (repeat) delay = Math.max(MIN_INTERVAL_MS, delay);
        Object[] extra = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length) : new Object[0];
        int id = nextId++;
        Runnable due = () -> ownerQueue.execute(() -> fire(id, scope, callback, extra, repeat));
        active.put(id, repeat
                ? TimerThread.get().scheduleAtFixedRate(due, delay, delay, TimeUnit.MILLISECONDS)
                : TimerThread.get().schedule(due, delay, TimeUnit.MILLISECONDS));
        return id;
    }

    private static double toMillis(Object delay) {
        double ms = Context.toNumber(delay);
        return Double.isNaN(ms) ? 0 : ms;
    }

    /** On the owner's thread: runs the callback as a task, unless the timer was cleared meanwhile. */
    private void fire(int id, Scriptable scope, Object callback, Object[] extra, boolean repeat) {
        if (stopped || !active.containsKey(id)) return;
        if (!repeat) active.remove(id);
        runTask.accept(cx -> {
            Trace.instant("script", repeat ? "setInterval fired" : "setTimeout fired", "id", Integer.toString(id));
            if (callback instanceof Callable function) {
                function.call(cx, scope, scope, extra);
            } else if (callback != null) {
                cx.evaluateString(scope, Context.toString(callback), "setTimeout string", 1, null);
            }
        });
    }

    /** {@code clearTimeout(id)} and {@code clearInterval(id)}: the same list, as in browsers. */
    void clear(Object id) {
        ScheduledFuture<?> timer = active.remove((int) Context.toNumber(id));
        if (timer != null) timer.cancel(false);
    }

    /** The document went away: no timer of it fires again. */
    void stopAll() {
        stopped = true;
        active.values().forEach(timer -> timer.cancel(false));
        active.clear();
    }
}
