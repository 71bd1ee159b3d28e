package minibrowser.browser.trace;

import java.util.List;

/**
 * One event as the trace file will hold it, after {@link TraceFile} checked what the
 * process sent: a phase ({@code B}, {@code E}, {@code X}, {@code i}, {@code C}), a
 * category and name of bounded length, a time and a duration on CLOCK_MONOTONIC, the
 * thread's host id, a flow end (0 for none), and name/value pairs.
 */
record CheckedEvent(char phase, String category, String name, long timeNanos, long durationNanos, long threadId,
                    long bindId, boolean flowOut, boolean flowIn, List<String> args) {

    /** The same event lasting {@code durationNanos} (a B paired with its E, or a slice cut to fit its parent). */
    CheckedEvent lasting(long duration) {
        return new CheckedEvent(phase, category, name, timeNanos, duration, threadId, bindId, flowOut, flowIn, args);
    }

    long endNanos() {
        return timeNanos + durationNanos;
    }

    boolean isSlice() {
        return phase == 'B' || phase == 'X';
    }
}
