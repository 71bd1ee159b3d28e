package minibrowser.common.trace;

/**
 * Frames per second as a trace counter: {@link #tick} once per frame, and once a second
 * at most the rate since the last value is recorded ({@link Trace#counter}). Costs a
 * branch while no trace records. Used from one thread (the one that makes the frames).
 */
public final class FrameRate {
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final String counter;
    private final String series;
    private long windowStart;
    private int frames;

    /** @param counter the counter's name ("frames per second"); {@code series} the line in it ("presented") */
    public FrameRate(String counter, String series) {
        this.counter = counter;
        this.series = series;
    }

    /** One more frame. */
    public void tick() {
        if (!Trace.on()) {
            windowStart = 0;
            return;
        }
        long now = Trace.now();
        if (windowStart == 0) windowStart = now;
        frames++;
        long elapsed = now - windowStart;
        if (elapsed >= SECOND_NANOS) {
            Trace.counter(counter, series, frames * (double) SECOND_NANOS / elapsed);
            windowStart = now;
            frames = 0;
        }
    }
}
