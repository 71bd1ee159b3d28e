package minibrowser.renderer.script;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import minibrowser.common.NamedThreads;

/**
 * {@code renderer-timers}: the one thread of a renderer that waits for time to pass, for
 * every document's {@code setTimeout}/{@code setInterval} and every worker's. It runs no
 * script: when a timer is due it only posts a task onto the queue of the thread that owns
 * the script (renderer-main, or the worker's thread), and the script runs there. Started
 * the first time a page has script, so a script-free renderer has no such thread.
 */
final class TimerThread {
    private TimerThread() {}

    private static final class Holder {
        static final ScheduledExecutorService TIMERS =
                Executors.newSingleThreadScheduledExecutor(NamedThreads.single("renderer-timers", true));
    }

    /** The shared scheduler; its tasks must only post elsewhere. */
    static ScheduledExecutorService get() {
        return Holder.TIMERS;
    }
}
