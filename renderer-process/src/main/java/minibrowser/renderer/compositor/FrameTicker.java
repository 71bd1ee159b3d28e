package minibrowser.renderer.compositor;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A frame clock for one owner thread (as Chromium's begin-frame source): while started,
 * it posts {@code onFrame} to the owner's queue once per period, and never posts a
 * second one before the first has run, so a busy or hung owner finds one frame waiting,
 * not a thousand. Stopped, it posts nothing (no timer runs when nothing animates).
 *
 * <p>The clock thread only posts; {@code onFrame} runs on the owner, which alone calls
 * {@link #start} and {@link #stop}.
 */
public final class FrameTicker {
    /** About 60 frames a second, the pixel device's frame rate. */
    public static final long PIXEL_FRAME_NANOS = 16_666_667L;
    /** The terminal's: 20 frames a second, no faster than a terminal redraws a screen of cells comfortably. */
    public static final long CELL_FRAME_NANOS = 50_000_000L;

    private final ScheduledExecutorService clock;
    private final Executor owner;
    private final long periodNanos;
    private final Runnable onFrame;
    private final AtomicBoolean posted = new AtomicBoolean();
    private ScheduledFuture<?> ticking;

    /**
     * @param clock       the renderer's frame clock thread (it only posts)
     * @param owner       the owner thread's queue, where {@code onFrame} runs
     * @param periodNanos the frame interval
     * @param onFrame     one animation frame, run on the owner
     */
    public FrameTicker(ScheduledExecutorService clock, Executor owner, long periodNanos, Runnable onFrame) {
        this.clock = clock;
        this.owner = owner;
        this.periodNanos = periodNanos;
        this.onFrame = onFrame;
    }

    /** Starts posting frames, if not started already. */
    public void start() {
        if (ticking != null || clock == null) return;
        ticking = clock.scheduleAtFixedRate(this::post, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
    }

    /** Stops posting frames (a frame already posted still runs). */
    public void stop() {
        if (ticking == null) return;
        ticking.cancel(false);
        ticking = null;
    }

    /** Whether frames are being posted. */
    public boolean running() {
        return ticking != null;
    }

    private void post() {
        if (!posted.compareAndSet(false, true)) return; // the last frame has not run yet: the owner is busy
        owner.execute(() -> {
            posted.set(false);
            onFrame.run();
        });
    }
}
