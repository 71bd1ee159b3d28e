package minibrowser.renderer.compositor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minibrowser.common.NamedThreads;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.TestDevice;
import org.junit.jupiter.api.Test;

/**
 * The compositor's half of a compositor animation: a layer drawn at its animated offset,
 * by whole cells on the terminal, and frames that keep changing on the compositor's own
 * clock while main is blocked.
 */
class LayerAnimationFramesTest {
    private static final RasterPool RASTER = new RasterPool();
    private static final long MS = 1_000_000L;
    private static final int BLUE = 0xFF0000FF;
    private static final String SLIDE = "<style>@keyframes s { from { transform: translateX(0) } to { transform: translateX(200px) } }"
            + "body { margin: 0 } #a { width: 40px; height: 32px; background: #0000ff; animation: s 1s linear infinite }</style>"
            + "<div id=a></div>";

    private final AtomicLong now = new AtomicLong(1_000 * MS);

    private Page page(String html) {
        Engine engine = new Engine(new TestDevice(), now::get);
        return engine.render(engine.parse(html, "http://a.test/"), "http://a.test/", 320, 64, ResourceLoader.none(), Map.of());
    }

    /** The leftmost x of a blue pixel in row {@code y} of a {@code width}-wide ARGB frame, or -1. */
    private static int blueX(ByteBuffer frame, int width, int y) {
        IntBuffer pixels = frame.slice(0, frame.capacity()).asIntBuffer();
        for (int x = 0; x < width; x++) {
            if (pixels.get(y * width + x) == BLUE) return x;
        }
        return -1;
    }

    private static ByteBuffer whiteFrame(int width, int height) {
        ByteBuffer frame = ByteBuffer.allocate(width * height * 4);
        IntBuffer pixels = frame.asIntBuffer();
        for (int i = 0; i < width * height; i++) pixels.put(i, 0xFFFFFFFF);
        return frame;
    }

    @Test
    void theLayerIsDrawnAtItsOffsetAtTheFramesTime() {
        Page page = page(SLIDE);
        long start = now.get();
        LayerCompositor layers = new LayerCompositor(RASTER, false);
        ByteBuffer frame = whiteFrame(320, 64);
        layers.drawOver(frame, 320, 64, 0, page.layers(), Map.of(), start);
        assertEquals(0, blueX(frame, 320, 10));
        frame = whiteFrame(320, 64);
        layers.drawOver(frame, 320, 64, 0, page.layers(), Map.of(), start + 250 * MS);
        assertEquals(50, blueX(frame, 320, 10), "a quarter of 200 px at a quarter second");
        IntBuffer pixels = frame.slice(0, frame.capacity()).asIntBuffer();
        for (int x = 0; x < 320; x++) {
            int pixel = pixels.get(10 * 320 + x);
            assertTrue(pixel == BLUE || pixel == 0xFFFFFFFF, "the layer draws its box and leaves the page elsewhere: x " + x
                    + " is " + Integer.toHexString(pixel));
        }
        frame = whiteFrame(320, 64);
        layers.drawOver(frame, 320, 64, 16, page.layers(), Map.of(), start + 250 * MS);
        assertEquals(50, blueX(frame, 320, 0), "scrolled: the layer scrolls with the page");
        assertEquals(-1, blueX(frame, 320, 20), "and ends 16 px higher");
    }

    @Test
    void onTheTerminalTheLayerMovesByWholeCells() {
        Page page = page(SLIDE);
        long start = now.get();
        LayerCompositor layers = new LayerCompositor(RASTER, true);
        int columns = 320 / CellGeometry.CELL_WIDTH;
        int rows = 4;
        List<Integer> firstColumns = new ArrayList<>();
        for (long ms : new long[] {0, 10, 30, 250}) {
            CellGrid blank = new CellGrid(columns, rows);
            ByteBuffer frame = ByteBuffer.allocate((int) CellGrid.byteSize(columns, rows));
            blank.writeTo(frame);
            layers.drawOver(frame, columns, rows, 0, page.layers(), Map.of(), start + ms * MS);
            CellGrid drawn = CellGrid.readFrom(frame.clear(), columns, rows);
            int first = -1;
            for (int c = 0; c < columns && first < 0; c++) if (drawn.background(c, 0) == 0x0000FF) first = c;
            firstColumns.add(first);
        }
        // 2 px rounds to no move, 6 px to one cell (8 px), 50 px to 6 cells (48 px).
        assertEquals(List.of(0, 0, 1, 6), firstColumns);
    }

    @Test
    void framesKeepChangingWhileMainIsBlocked() throws Exception {
        Page page = page(SLIDE);
        ExecutorService main = NamedThreads.taskQueue("test-renderer-main");
        ExecutorService compositor = NamedThreads.taskQueue("test-renderer-compositor");
        ScheduledExecutorService clock = NamedThreads.clock("test-frame-clock");
        CountDownLatch release = new CountDownLatch(1);
        try {
            main.execute(() -> {
                try {
                    release.await(); // main is hung: a script that never returns
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            LayerCompositor layers = new LayerCompositor(RASTER, false);
            List<Integer> frames = new ArrayList<>();
            CountDownLatch enough = new CountDownLatch(20);
            FrameTicker ticker = new FrameTicker(clock, compositor, FrameTicker.PIXEL_FRAME_NANOS, () -> {
                ByteBuffer frame = whiteFrame(320, 64);
                layers.drawOver(frame, 320, 64, 0, page.layers(), Map.of(), System.nanoTime());
                synchronized (frames) {
                    frames.add(blueX(frame, 320, 10));
                }
                enough.countDown();
            });
            compositor.execute(ticker::start);
            assertTrue(enough.await(5, TimeUnit.SECONDS), "the compositor's clock ticks on its own");
            compositor.submit(ticker::stop).get();
            Set<Integer> distinct;
            synchronized (frames) {
                distinct = new HashSet<>(frames);
            }
            assertTrue(distinct.size() >= 5, "the layer moved from frame to frame: " + frames);
            assertFalse(distinct.contains(-1), "and was drawn in each");
            assertEquals(1, release.getCount(), "main never ran meanwhile");
        } finally {
            release.countDown();
            main.shutdownNow();
            compositor.shutdownNow();
            clock.shutdownNow();
        }
    }

    @Test
    void aStoppedTickerPostsNothing() throws Exception {
        ExecutorService owner = NamedThreads.taskQueue("test-owner");
        ScheduledExecutorService clock = NamedThreads.clock("test-frame-clock-2");
        AtomicLong ticks = new AtomicLong();
        try {
            FrameTicker ticker = new FrameTicker(clock, owner, 5 * MS, ticks::incrementAndGet);
            owner.submit(ticker::start).get();
            Thread.sleep(100);
            owner.submit(ticker::stop).get();
            long stopped = ticks.get();
            assertTrue(stopped > 3, "it ticked: " + stopped);
            Thread.sleep(100);
            assertTrue(ticks.get() <= stopped + 1, "at most the frame posted before the stop ran");
        } finally {
            owner.shutdownNow();
            clock.shutdownNow();
        }
    }
}
