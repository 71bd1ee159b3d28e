package minibrowser.common;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The backstop for an out-of-memory error that never reaches the crash handler. A
 * library may catch every {@link Throwable} on its own threads (Netty's event loops,
 * gRPC's call listeners, a {@code CompletableFuture}): the error is logged or turned
 * into a cancelled call, and the process limps on with a heap that is still full and a
 * task that will never finish. Chromium ends a process at its first failed allocation,
 * wherever it happens; the JVM's {@code -XX:+ExitOnOutOfMemoryError} would too, but
 * before any report could be written.
 *
 * <p>So this watch listens to the garbage collector: when a full collection leaves the
 * heap {@link #FULL} or more used, the next allocation will fail. It waits
 * {@link #GRACE_MILLIS} for the error to reach the crash handler by itself (it usually
 * does, with the name of the thread that ran out); if the process is still alive then,
 * it hands an error of its own to {@code onExhausted}, which reports and halts.
 */
final class OutOfMemoryWatch {
    /** The share of the maximum heap still in use after a full collection that means "out of memory". */
    static final double FULL = 0.97;
    /** How long the thread that ran out has to reach the crash handler itself. */
    static final long GRACE_MILLIS = 1000;
    /** One grace period per process: the first full heap decides. */
    private static final AtomicBoolean declared = new AtomicBoolean();

    private OutOfMemoryWatch() {}

    /** Starts watching every full collection of this JVM. */
    static void install(Consumer<OutOfMemoryError> onExhausted) {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(collector instanceof NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((notification, handback) -> {
                long used = usedAfterFullCollection(notification);
                if (used >= FULL * Runtime.getRuntime().maxMemory()) startGrace(used, onExhausted);
            }, null, null);
        }
        // Collections before the listeners came (install runs beside the child's start-up) are not
        // notified again: a heap that filled up that early is judged by the last collection's result.
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(collector instanceof com.sun.management.GarbageCollectorMXBean detailed)
                    || detailed.getLastGcInfo() == null) continue;
            long used = usedAfter(detailed.getLastGcInfo());
            if (used >= FULL * Runtime.getRuntime().maxMemory()) startGrace(used, onExhausted);
        }
    }

    /** The heap in use after a full ("major") collection, or 0 for any other notification. */
    private static long usedAfterFullCollection(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return 0;
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!info.getGcAction().contains("major")) return 0;
        return usedAfter(info.getGcInfo());
    }

    /** The heap in use, all its pools together, when collection {@code gc} ended. */
    private static long usedAfter(com.sun.management.GcInfo gc) {
        return gc.getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
    }

    /** Waits out the grace period on a thread of its own, then declares the process out of memory. */
    private static void startGrace(long used, Consumer<OutOfMemoryError> onExhausted) {
        if (!declared.compareAndSet(false, true)) return;
        NamedThreads.single("out-of-memory-watch", true).newThread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            onExhausted.accept(new OutOfMemoryError("the heap stayed full after a full collection ("
                    + (used >> 20) + " of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); the thread that ran out had its error caught before the crash handler saw it"));
        }).start();
    }
}
