package minibrowser.renderer;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import minibrowser.renderer.compositor.FrameTicker;
import minibrowser.renderer.engine.Page;

/**
 * The main thread's animation frames, for animations the compositor cannot run (of
 * {@code left}, {@code width}, colours...: CSS animations and transitions of any property
 * but transform and opacity). While the committed page has one running
 * ({@link Page#mainThreadAnimating()}), each frame runs main's rendering step: style at
 * the current time, layout, paint, commit. Being on main, they stop while main is busy,
 * as in Chromium; compositor animations do not.
 *
 * <p>The hook is two calls, as an event loop paces its rendering step by frame signals:
 * {@link #needsFrame()} and {@link #tick(long)}. Until an event loop calls them, a
 * {@link FrameTicker} on the renderer's frame clock posts the ticks to main's queue at
 * about 60 a second, never more than one waiting. Runs on renderer-main only.
 */
final class MainThreadAnimations {
    private final FrameTicker frames;
    private final Runnable renderingStep;
    private boolean needsFrame;

    /**
     * @param frameClock    the renderer's frame clock thread (it only posts to {@code main})
     * @param main          renderer-main's queue
     * @param nanoTime      the renderer's monotonic clock
     * @param renderingStep renders the current document again and commits it (on main)
     */
    MainThreadAnimations(ScheduledExecutorService frameClock, Executor main, LongSupplier nanoTime, Runnable renderingStep) {
        this.renderingStep = renderingStep;
        this.frames = new FrameTicker(frameClock, main, FrameTicker.PIXEL_FRAME_NANOS, () -> tick(nanoTime.getAsLong()));
    }

    /** Main committed {@code page}: frames are asked for while it has a main-thread animation running. */
    void committed(Page page) {
        needsFrame = page.mainThreadAnimating();
        if (needsFrame) frames.start(); else frames.stop();
    }

    /** Whether the next animation frame has work for main: a main-thread animation runs. */
    boolean needsFrame() {
        return needsFrame;
    }

    /** One animation frame at {@code nowNanos} (the engine reads its own clock, the same one): the rendering step, if needed. */
    void tick(long nowNanos) {
        if (needsFrame) renderingStep.run();
    }

    /** The document left: no more frames. */
    void stop() {
        needsFrame = false;
        frames.stop();
    }
}
