package minibrowser.gpu;

import io.grpc.Status;
import java.util.HashMap;
import java.util.Map;
import minibrowser.common.Bounds;
import minibrowser.common.frame.CellGrid;
import minibrowser.common.frame.GpuMemoryLimits;

/**
 * The gpu's heap budget. Every copy the gpu keeps (a tab's cells surface, a plugin
 * surface, the embeds of a shown frame) is accounted here per frame sink and in total, and every transient one
 * (a screenshot) is checked before it is made, so that the worst case, every sink
 * at its largest plus one screenshot, stays inside the heap
 * ({@link GpuMemoryLimits}: an eighth for the kept copies, three eighths for a
 * screenshot). A frame that would not fit is refused with RESOURCE_EXHAUSTED, and
 * its sender carries on; the gpu never runs out of heap for a renderer.
 *
 * <p>A tab's ARGB surface is a view of shared memory, not heap: it costs nothing
 * here until a screenshot copies it, and its size is bounded so that one can. A cells
 * frame too large for a screenshot (a huge terminal) is still shown; only its
 * screenshot is refused.
 *
 * <p>Used only on {@code gpu-display}.
 */
final class GpuMemory {
    private final GpuMemoryLimits limits;
    /** Heap bytes each sink's kept surface (and its frame's embeds) takes, by sink token. */
    private final Map<String, Long> kept = new HashMap<>();
    private long keptTotal;

    /** @param heapBytes the gpu's heap: {@code Runtime.getRuntime().maxMemory()}, or less in a test */
    GpuMemory(long heapBytes) {
        this.limits = new GpuMemoryLimits(heapBytes);
    }

    GpuMemoryLimits limits() {
        return limits;
    }

    /** Null when an ARGB frame of this size can be shown and screenshotted, else why not. */
    Status checkPixelFrame(int width, int height) {
        long pixels = Bounds.bytes(width, height, 1);
        if (pixels <= limits.maxFramePixels()) return null;
        return exhausted("frame of " + width + "x" + height + " pixels needs "
                + mb(Bounds.bytes(pixels, GpuMemoryLimits.SCREENSHOT_BYTES_PER_PIXEL, 1))
                + " for a screenshot, the gpu holds " + mb(limits.screenshotBytes()) + " for one");
    }

    /** Null when a cells frame of this size may be copied in, else why not. */
    Status checkCellsFrame(int columns, int rows) {
        long cells = Bounds.bytes(columns, rows, 1);
        if (cells <= limits.maxFrameCells()) return null;
        return exhausted("frame of " + columns + "x" + rows + " cells needs "
                + mb(CellGrid.byteSize(columns, rows)) + ", the gpu holds "
                + mb(limits.maxFrameCells() * CellGrid.BYTES_PER_CELL) + " for one");
    }

    /** Null when a plugin surface of this size may be copied in, else why not. */
    Status checkPluginSurface(int width, int height) {
        long pixels = Bounds.bytes(width, height, 1);
        if (pixels <= limits.maxPluginSurfacePixels()) return null;
        return exhausted("plugin surface of " + width + "x" + height + " pixels needs "
                + mb(Bounds.bytes(pixels, GpuMemoryLimits.BYTES_PER_PIXEL, 1)) + ", the gpu holds "
                + mb(limits.maxPluginSurfacePixels() * GpuMemoryLimits.BYTES_PER_PIXEL) + " for one");
    }

    /**
     * Reserves {@code bytes} of heap for {@code sink}'s next kept copy, which replaces
     * its current one. The old copy still lives while the new one is made, so both
     * count. Null when reserved, else why not (and nothing changed).
     */
    Status reserve(String sink, long bytes) {
        long current = kept.getOrDefault(sink, 0L);
        if (Bounds.sum(keptTotal, bytes) > limits.keptBytes()) {
            return exhausted("a copy of " + mb(bytes) + " with " + mb(keptTotal)
                    + " already kept; the gpu holds " + mb(limits.keptBytes()) + " for all surfaces");
        }
        kept.put(sink, bytes);
        keptTotal += bytes - current;
        return null;
    }

    /** The sink's kept copy is gone. */
    void release(String sink) {
        Long bytes = kept.remove(sink);
        if (bytes != null) keptTotal -= bytes;
    }

    /** Heap bytes kept for all sinks together. */
    long keptTotal() {
        return keptTotal;
    }

    /** Null when a screenshot of this many pixels fits, else why not. */
    Status checkScreenshot(long pixels) {
        long needs = Bounds.bytes(pixels, GpuMemoryLimits.SCREENSHOT_BYTES_PER_PIXEL, 1);
        if (needs <= limits.screenshotBytes()) return null;
        return exhausted("screenshot of " + pixels + " pixels needs " + mb(needs) + ", the gpu holds "
                + mb(limits.screenshotBytes()) + " for one");
    }

    private static Status exhausted(String why) {
        return Status.RESOURCE_EXHAUSTED.withDescription(why);
    }

    private static String mb(long bytes) {
        return bytes == Bounds.TOO_LARGE ? "more than a long can count" : (bytes + (1 << 20) - 1) / (1 << 20) + " MB";
    }
}
