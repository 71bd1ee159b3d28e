package minibrowser.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every thread in minibrowser has a name that says its role ({@code renderer-main},
 * {@code renderer-raster-1}, {@code gpu-display}...), so that {@code ctl ps}, the
 * task manager and {@code jstack} show what each thread is for.
 */
public final class NamedThreads {
    private NamedThreads() {}

    /** A factory whose threads are named {@code prefix-1}, {@code prefix-2}... */
    public static ThreadFactory numbered(String prefix, boolean daemon) {
        AtomicInteger next = new AtomicInteger(1);
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + next.getAndIncrement());
            thread.setDaemon(daemon);
            return thread;
        };
    }

    /** A factory whose single thread is named exactly {@code name}. */
    public static ThreadFactory single(String name, boolean daemon) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(daemon);
            return thread;
        };
    }

    /** One named thread with its own task queue: threads that talk by posting messages to each other's queue. */
    public static ExecutorService taskQueue(String name) {
        return started(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), single(name, true)));
    }

    /**
     * One named timer thread, for frame clocks: its tasks only post to owner threads'
     * queues (a cancelled tick is removed at once, so a stopped clock holds nothing).
     */
    public static ScheduledExecutorService clock(String name) {
        ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, single(name, true));
        clock.setRemoveOnCancelPolicy(true);
        clock.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        clock.prestartAllCoreThreads();
        return clock;
    }

    /** A fixed pool of {@code threads} named {@code prefix-N}, started at once (so they show in the task manager). */
    public static ExecutorService pool(String prefix, int threads) {
        return started(new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                numbered(prefix, true)));
    }

    /**
     * Starts the threads, and makes a post to a thread that has stopped a no-op: the task
     * is dropped, as Chromium drops a task posted to a thread that is gone. Its owner is
     * gone, so nobody is left to run it; throwing instead would turn the last messages
     * between two threads of a stopping child (a renderer's main thread finishing a
     * layout after its compositor stopped) into an uncaught error, which ends the process
     * (and in the single-process model, the browser).
     */
    private static ExecutorService started(ThreadPoolExecutor executor) {
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
        executor.prestartAllCoreThreads();
        return executor;
    }

    /** A bounded pool for gRPC handlers, so no process uses gRPC's unbounded default. */
    public static ExecutorService grpcPool(String prefix, int threads) {
        return pool(prefix, threads);
    }
}
