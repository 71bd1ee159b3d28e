package minibrowser.common;

/** TEMPORARY: timestamps of a page load across processes, when MINIBROWSER_TRACE is set. */
public final class Trace {
    private static final boolean ON = System.getenv("MINIBROWSER_TRACE") != null;

    private Trace() {}

    public static void mark(String event) {
        if (!ON) return;
        long now = System.currentTimeMillis();
        long nanos = System.nanoTime();
        System.err.printf("[trace] %d.%03d %d %s %s%n", now, (nanos / 1000) % 1000, ProcessHandle.current().pid(),
                Thread.currentThread().getName(), event);
    }
}
