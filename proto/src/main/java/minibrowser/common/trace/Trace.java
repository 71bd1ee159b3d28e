package minibrowser.common.trace;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's tracing, in the manner of Chromium's TRACE_EVENT macros: any thread
 * marks what it does, and while a recording runs the marks go into this process's
 * {@link TraceBuffer}. While none runs every call is one read of a volatile field
 * and a branch: nothing is allocated, no clock is read.
 *
 * <pre>
 *   try (Trace.Slice slice = Trace.slice("renderer", "layout")) {   // B now, E at the end
 *       ...
 *   }
 *   long start = Trace.now();  ...  Trace.complete("gpu", "composite", start);   // one X event
 *   Trace.instant("browser", "child exited", "cause", "SIGKILL");
 *   Trace.counter("memory", "heap MB", 41.5);
 * </pre>
 *
 * <p>Times are {@link System#nanoTime()}, which on Linux is {@code clock_gettime(CLOCK_MONOTONIC)}:
 * one clock for every process of the machine, so the browser can put the buffers of
 * all its children on one timeline without adjusting any of them.
 */
public final class Trace {
    /** The recording, or null while none runs. */
    private static volatile TraceBuffer buffer;

    /**
     * Flow ids unique across processes: 31 random bits of this process in the high half.
     * Not the pid: every sandboxed child has a PID namespace of its own, where its pid is
     * the same small number as its siblings'.
     */
    private static final long FLOW_BASE = (java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0x7fff_ffffL) << 32;
    private static final AtomicLong FLOWS = new AtomicLong();

    private Trace() {}

    /** Whether a recording runs: the branch every mark takes first. */
    public static boolean on() {
        return buffer != null;
    }

    /**
     * Starts recording into a fresh buffer of {@code capacity} events (0 for
     * {@link TraceBuffer#DEFAULT_CAPACITY}), and sampling memory
     * ({@code <processName>-trace-sampler}); a recording that runs goes on.
     */
    public static synchronized void start(String processName, int capacity) {
        if (buffer != null) return;
        buffer = new TraceBuffer(capacity > 0 ? Math.min(capacity, TraceBuffer.MAX_CAPACITY) : TraceBuffer.DEFAULT_CAPACITY);
        CounterSampler.start(processName, buffer);
    }

    /** Ends the recording and returns what it holds, or null when none ran. */
    public static synchronized TraceBuffer.Snapshot stop() {
        TraceBuffer stopped = buffer;
        buffer = null;
        return stopped == null ? null : stopped.snapshot();
    }

    /** What the recording holds so far (it goes on), or null when none runs. */
    public static TraceBuffer.Snapshot peek() {
        TraceBuffer recording = buffer;
        return recording == null ? null : recording.snapshot();
    }

    /** How many events the recording that runs keeps (0 while none runs): what a child started now is told to keep. */
    public static int capacity() {
        TraceBuffer recording = buffer;
        return recording == null ? 0 : recording.capacity();
    }

    /** The recording that runs, or null. */
    static TraceBuffer current() {
        return buffer;
    }

    /** The clock marks use, in nanoseconds (CLOCK_MONOTONIC). */
    public static long now() {
        return System.nanoTime();
    }

    /** A new flow id, for a flow this process starts. */
    public static long newFlowId() {
        return FLOW_BASE | (FLOWS.incrementAndGet() & 0xffff_ffffL);
    }

    /**
     * A slice of the calling thread's time, from now until {@link Slice#close}: a B event
     * now and an E event then, on this thread. Close it on the same thread.
     */
    public static Slice slice(String category, String name, String... args) {
        TraceBuffer recording = buffer;
        if (recording == null) return Slice.NONE;
        record(recording, 'B', category, name, now(), 0, 0, false, false, args);
        return new Slice(recording, category, name);
    }

    /** An X event on this thread from {@code startNanos} until now. */
    public static void complete(String category, String name, long startNanos, String... args) {
        TraceBuffer recording = buffer;
        if (recording == null) return;
        record(recording, 'X', category, name, startNanos, now() - startNanos, 0, false, false, args);
    }

    /**
     * An X event from {@code startNanos} until now that starts ({@code out}) or ends a
     * flow {@code flowId} (0 for none): the arrow from a gRPC call to its handler, or from
     * a frame's submit to its composite.
     */
    public static void completeWithFlow(String category, String name, long startNanos, long flowId, boolean out,
                                        String... args) {
        TraceBuffer recording = buffer;
        if (recording == null) return;
        record(recording, 'X', category, name, startNanos, now() - startNanos, flowId, out && flowId != 0,
                !out && flowId != 0, args);
    }

    /** An instant event on this thread (a child started, exited, a navigation began). */
    public static void instant(String category, String name, String... args) {
        TraceBuffer recording = buffer;
        if (recording == null) return;
        record(recording, 'i', category, name, now(), 0, 0, false, false, args);
    }

    /** A counter's value now (memory, frames per second): one series {@code series} of counter {@code name}. */
    public static void counter(String name, String series, double value) {
        TraceBuffer recording = buffer;
        if (recording == null) return;
        record(recording, 'C', "counter", name, now(), 0, 0, false, false, new String[] {series, Double.toString(value)});
    }

    private static void record(TraceBuffer recording, char phase, String category, String name, long time, long duration,
                               long flowId, boolean out, boolean in, String[] args) {
        recording.add(new TraceEvent(phase, category, name, time, duration, ThreadIds.current(), flowId, out, in,
                args.length == 0 ? TraceEvent.NO_ARGS : args), Thread.currentThread().getName());
    }

    /** A slice begun by {@link #slice}; closing it records its end. */
    public static final class Slice implements AutoCloseable {
        static final Slice NONE = new Slice(null, null, null);

        private final TraceBuffer recording;
        private final String category;
        private final String name;

        private Slice(TraceBuffer recording, String category, String name) {
            this.recording = recording;
            this.category = category;
            this.name = name;
        }

        @Override
        public void close() {
            if (recording != null) record(recording, 'E', category, name, now(), 0, 0, false, false, TraceEvent.NO_ARGS);
        }
    }
}
