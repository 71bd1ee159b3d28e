package minibrowser.common.frame;

import minibrowser.common.Bounds;

/**
 * How large a frame, a plugin surface and a screenshot may be, derived from the one
 * figure that bounds them all: the gpu's heap. The gpu computes them from the heap it
 * really has ({@code Runtime.maxMemory()}); the browser, which grants the shared
 * memory frames are drawn in, from {@link #ofDefaultGpu()}: 15/16 of the heap cap it
 * starts the gpu with ({@link #GPU_HEAP_BYTES}), since a JVM reports a little less
 * than its {@code -Xmx} (SerialGC leaves one survivor space out: 247.5 of 256 MiB,
 * measured). So what the browser grants never asks the gpu for more than it holds.
 *
 * <p>The derivation, for a heap of H bytes (the browser's H = 240 MiB):
 * <pre>
 *   kept copies, all sinks together   H / 8        30 MiB  cells surfaces, plugin surfaces and the
 *                                                          frames' embeds, kept while shown
 *   one screenshot at a time          3 H / 8      90 MiB  gpu-display makes one at a time
 *   the gpu's own working set         the rest    120 MiB  gRPC, compositing, the terminal
 *
 *   a screenshot costs {@link #SCREENSHOT_BYTES_PER_PIXEL} = 24 bytes a pixel at its peak:
 *     4  the frame's pixels copied out of shared memory
 *     4  the composited image
 *     8  the PNG stream while it grows (an incompressible frame is as large as its pixels;
 *        the stream doubles its array, so the old and new arrays live at once)
 *     4  the finished PNG array
 *     4  the gRPC reply, serialized
 *   largest frame                     3 H / 8 / 24 = 3,932,160 pixels (2560 x 1536 fits)
 *   largest cells frame               H / 8 / 8 / 12 = 327,680 cells, an eighth of the kept
 *                                     copies (a cell is 12 bytes, in shared memory and in the heap)
 *   largest cells screenshot          3 H / 8 / 24 / 128 = 30,720 cells (a cell is 8 x 16 pixels
 *                                     in a screenshot; a 300 x 100 terminal page fits); a larger
 *                                     terminal is shown, but its screenshot is refused
 *   largest plugin surface            H / 8 / 8 / 4 = 983,040 pixels (1024 x 960): 8 of the
 *                                     largest fill the kept copies
 * </pre>
 * A frame buffer holds two slots of the largest frame: 30 MiB for the browser's H.
 * Honest renderers draw frames of the viewport the browser gives them, and the browser
 * gives none larger than the largest frame ({@code --window-size}).
 */
public record GpuMemoryLimits(long heapBytes) {
    /** The gpu's heap cap, {@code -Xmx} in {@code ChildJvmFlags}. */
    public static final long GPU_HEAP_BYTES = 256L << 20;
    /** The peak heap a screenshot takes per pixel of the frame (see the class comment). */
    public static final int SCREENSHOT_BYTES_PER_PIXEL = 24;
    /** Pixels a cell takes in a screenshot (the gpu's {@code CellsToImage} draws {@link CellGeometry}'s cell). */
    public static final int SCREENSHOT_PIXELS_PER_CELL = CellGeometry.PIXELS_PER_CELL;
    /** Bytes of one ARGB pixel, in shared memory and in the heap. */
    public static final int BYTES_PER_PIXEL = 4;
    /**
     * Plugin surfaces one frame may place. The gpu keeps a tab's latest frame message, with
     * its list of embeds, for as long as it is shown: without a bound, 4 MiB of embeds (the
     * largest gRPC message) would keep about 25 MB of parsed objects per tab. A renderer
     * sends at most this many (it leaves out the rest); a frame with more is refused.
     */
    public static final int MAX_EMBEDS_PER_FRAME = 1_000;
    /** Heap a kept embed takes, parsed: an EmbeddedSurface and its Rect (about 100 bytes). */
    public static final int EMBED_HEAP_BYTES = 128;

    /**
     * The limits the browser grants by: those of a gpu with 15/16 of {@link #GPU_HEAP_BYTES},
     * a little under what the gpu started with that cap reports as its heap, so that every
     * figure here is at most the gpu's own.
     */
    public static GpuMemoryLimits ofDefaultGpu() {
        return new GpuMemoryLimits(GPU_HEAP_BYTES / 16 * 15);
    }

    /** Heap for the copies the gpu keeps (cells and plugin surfaces), all sinks together. */
    public long keptBytes() {
        return heapBytes / 8;
    }

    /** Heap for the one screenshot in the making. */
    public long screenshotBytes() {
        return heapBytes / 8 * 3;
    }

    /** The largest ARGB frame, in pixels: one whose screenshot still fits. */
    public long maxFramePixels() {
        return screenshotBytes() / SCREENSHOT_BYTES_PER_PIXEL;
    }

    /** The largest cells frame, in cells: an eighth of the kept copies. */
    public long maxFrameCells() {
        return keptBytes() / 8 / CellGrid.BYTES_PER_CELL;
    }

    /** The largest cells frame a screenshot can be made of, in cells. */
    public long maxScreenshotCells() {
        return maxFramePixels() / SCREENSHOT_PIXELS_PER_CELL;
    }

    /** The largest plugin surface, in pixels: an eighth of the kept copies. */
    public long maxPluginSurfacePixels() {
        return keptBytes() / 8 / BYTES_PER_PIXEL;
    }

    /** The largest frame in shared memory, in bytes, of either format. */
    public long maxFrameBytes() {
        return Math.max(Bounds.bytes(maxFramePixels(), 1, BYTES_PER_PIXEL),
                CellGrid.byteSize(maxFrameCells(), 1));
    }

    /** The largest frame buffer the browser grants: two slots of the largest frame. */
    public long maxBufferBytes() {
        return 2 * maxFrameBytes();
    }
}
