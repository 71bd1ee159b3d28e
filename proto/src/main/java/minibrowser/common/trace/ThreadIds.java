package minibrowser.common.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kernel's id of the calling thread (what {@code ps -L} and {@code top -H} show),
 * which Java 17 has no call for: {@code /proc/thread-self} is a link to
 * {@code /proc/PID/task/TID} of whichever thread reads it. Looked up once per thread.
 *
 * <p>Inside a PID namespace (a sandboxed renderer) this is the id in that namespace;
 * the browser maps it to the id outside when it collects the trace
 * ({@code NSpid} in {@code /proc/PID/task/TID/status}).
 */
public final class ThreadIds {
    /**
     * Ids for threads whose kernel id cannot be read: above any real tid (Linux allows at
     * most 2^22), below 2^31, where a trace viewer's 32-bit ids end.
     */
    private static final long FALLBACK_BASE = 1L << 30;

    private static final ThreadLocal<Long> ID = ThreadLocal.withInitial(ThreadIds::lookUp);

    private ThreadIds() {}

    /** The calling thread's kernel id. */
    public static long current() {
        return ID.get();
    }

    private static long lookUp() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(); // "PID/task/TID"
            return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        } catch (IOException | RuntimeException noProc) {
            return FALLBACK_BASE + Thread.currentThread().getId();
        }
    }
}
