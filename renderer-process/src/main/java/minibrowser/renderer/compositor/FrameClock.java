package minibrowser.renderer.compositor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;

/**
 * The renderer's frame clock, {@code renderer-vsync}: ticks every {@link #FRAME_NANOS}
 * (60 frames a second), as a display's vertical sync paces Chromium's compositor. It
 * runs nothing itself: a tick only posts what waited for it onto its owner's queue.
 * Started the first time something waits for a frame (a page's rendering step), so a
 * renderer of static pages has no such thread.
 */
public final class FrameClock {
    /** One frame at 60 Hz. */
    public static final long FRAME_NANOS = 16_666_667L;

    private FrameClock() {}

    private static final class Holder {
        static final ScheduledExecutorService TICKS =
                Executors.newSingleThreadScheduledExecutor(NamedThreads.single("renderer-vsync", true));
    }

    /** Calls {@code post} (which must only post) at the next tick of the 60 Hz grid. */
    public static void atNextFrame(Runnable post) {
        long now = System.nanoTime();
        long wait = FRAME_NANOS - Math.floorMod(now, FRAME_NANOS);
        Holder.TICKS.schedule(post, wait, TimeUnit.NANOSECONDS);
    }
}
