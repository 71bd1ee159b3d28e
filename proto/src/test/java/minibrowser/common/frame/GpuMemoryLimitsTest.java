package minibrowser.common.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The figures of the class comment, and room for every honest frame. */
class GpuMemoryLimitsTest {
    private final GpuMemoryLimits limits = GpuMemoryLimits.ofDefaultGpu();

    @Test
    void theDefaultGpusFiguresAreTheDocumentedOnes() {
        assertEquals(32L << 20, limits.keptBytes());
        assertEquals(96L << 20, limits.screenshotBytes());
        assertEquals(4_194_304, limits.maxFramePixels());
        assertEquals(349_525, limits.maxFrameCells());
        assertEquals(32_768, limits.maxScreenshotCells());
        assertEquals(1_048_576, limits.maxPluginSurfacePixels());
        assertEquals(32L << 20, limits.maxBufferBytes());
    }

    @Test
    void everySinkAtItsLargestPlusOneScreenshotStaysInsideHalfTheHeap() {
        long worst = limits.keptBytes() + limits.screenshotBytes();
        assertTrue(worst <= GpuMemoryLimits.GPU_HEAP_BYTES / 2);
        assertTrue(limits.maxFramePixels() * GpuMemoryLimits.SCREENSHOT_BYTES_PER_PIXEL <= limits.screenshotBytes());
    }

    @Test
    void honestViewportsFit() {
        assertTrue(2560L * 1600 <= limits.maxFramePixels(), "a large headless viewport");
        assertTrue(320L * 100 <= limits.maxScreenshotCells(), "a large terminal, screenshotted");
        assertTrue(1000L * 300 <= limits.maxFrameCells(), "a huge terminal, shown");
        assertTrue(1024L * 1024 <= limits.maxPluginSurfacePixels());
    }
}
