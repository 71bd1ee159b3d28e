package minibrowser.renderer.script;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import minibrowser.common.NamedThreads;
import org.mozilla.javascript.Context;

/**
 * One web worker's thread, {@code renderer-worker-N}, and its event loop: a task queue of
 * its own (its script, messages from the page, its timers), each task followed by its
 * microtasks, all in one Rhino context entered for the thread's whole life. The thread
 * runs nothing but the worker's script; it talks to the page only by posting to
 * renderer-main's queue.
 *
 * <pre>
 *   renderer-main ── postMessage (JSON text) ──▶ tasks ──▶ renderer-worker-N: task, microtasks, task...
 *        ▲                                                          │
 *        └──────────── postMessage, console, errors (posted) ──────┘
 * </pre>
 *
 * <p>It ends in one of three ways: its script calls {@code close()} (the loop stops after
 * the task), the page calls {@code terminate()} or goes away ({@link #stop}: the context's
 * stop flag ends even a script in {@code while (true) {}} within
 * {@link SafeContexts#INSTRUCTIONS_BETWEEN_CHECKS} instructions, and an interrupt wakes an
 * idle loop), or an engine fault ends the renderer, as on any of its threads. On its way
 * out it runs {@code onEnd} on this thread (the worker's timers are cancelled there).
 */
final class WorkerThread {
    /**
     * Numbers the threads renderer-worker-1, -2... for the whole process. One counter per
     * JVM, not per document, so that names never repeat; in the single-process model the
     * renderers share it, which keeps their workers' names apart too.
     */
    private static final ThreadFactory THREADS = NamedThreads.numbered("renderer-worker", true);

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Consumer<Throwable> report;
    /** Set by {@link #stop}, from any thread: the script is ended where it is. */
    private volatile boolean stopped;
    /** Set by the script's {@code close()}: no task after the current one. */
    private volatile boolean closing;
    /** The thread's Rhino context; only touched on the thread. */
    private Context context;

    /**
     * @param setUp  the first task: makes the worker's global scope
     * @param report where an error no script caught goes (called on this thread)
     * @param onEnd  runs on this thread once the loop is over, however it ended
     */
    WorkerThread(Consumer<Context> setUp, Consumer<Throwable> report, Runnable onEnd) {
        this.report = report;
        this.thread = THREADS.newThread(() -> loop(setUp, onEnd));
    }

    void start() {
        thread.start();
    }

    /** The thread's name, renderer-worker-N. */
    String name() {
        return thread.getName();
    }

    /** Posts {@code task} onto the worker's queue (any thread); dropped once the worker is ending. */
    final Executor queue = task -> {
        if (!finished()) tasks.add(task);
    };

    /** Runs one task of the worker's event loop, then its microtasks. Worker thread only. */
    void runTask(Consumer<Context> task) {
        try {
            task.accept(context);
        } catch (RuntimeException | StackOverflowError e) {
            report.accept(e); // the worker goes on, as a page does after an uncaught error
        }
        try {
            context.processMicrotasks();
        } catch (RuntimeException | StackOverflowError e) {
            report.accept(e);
        }
    }

    /** {@code close()} from the worker's own script: the loop ends after this task. Worker thread only. */
    void close() {
        closing = true;
    }

    /** {@code terminate()}, or the page went away: ends the worker at once. Any thread. */
    void stop() {
        stopped = true;
        thread.interrupt();
    }

    /** True once the worker is ending or has ended (it takes no more tasks). Any thread. */
    boolean finished() {
        return stopped || closing;
    }

    /** True while the thread runs (it ends soon after {@link #finished}). */
    boolean alive() {
        return thread.isAlive();
    }

    /** Waits up to {@code millis} for the thread to end; true when it has. */
    boolean awaitEnd(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void loop(Consumer<Context> setUp, Runnable onEnd) {
        try (Context cx = SafeContexts.enterStoppable(() -> stopped)) {
            context = cx;
            try {
                runTask(setUp);
                while (!finished()) tasks.take().run();
            } catch (InterruptedException | SafeContexts.Stopped terminated) {
                // stop(): the script (if one ran) was ended where it was
            } finally {
                stopped = true;
                tasks.clear();
                onEnd.run();
            }
        }
    }
}
