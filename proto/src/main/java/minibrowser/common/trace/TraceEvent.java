package minibrowser.common.trace;

/**
 * One event of the Chrome Trace Event Format, as a process records it: a phase
 * ({@code B} begin, {@code E} end, {@code X} complete, {@code i} instant, {@code C}
 * counter), a category and a name, a time on CLOCK_MONOTONIC in nanoseconds, the
 * thread's real id, and for {@code X} its duration.
 *
 * <p>{@code bindId} joins the slice to one at the other end of a flow (a gRPC call,
 * a frame handed on): {@code flowOut} on the sender's slice, {@code flowIn} on the
 * receiver's. {@code args} are name/value pairs, values as text (a counter's are numbers).
 */
public record TraceEvent(char phase, String category, String name, long timeNanos, long durationNanos, long threadId,
                         long bindId, boolean flowOut, boolean flowIn, String[] args) {
    static final String[] NO_ARGS = {};
}
