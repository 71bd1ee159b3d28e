package minibrowser.common.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The figures of the class comment, and room for every honest frame. */
class GpuMemoryLimitsTest {
    private final GpuMemoryLimits limits = GpuMemoryLimits.ofDefaultGpu();

    @Test
    void theDefaultGpusFiguresAreTheDocumentedOnes() {
        assertEquals(30L << 20, limits.keptBytes());
        assertEquals(90L << 20, limits.screenshotBytes());
        assertEquals(3_932_160, limits.maxFramePixels());
        assertEquals(327_680, limits.maxFrameCells());
        assertEquals(30_720, limits.maxScreenshotCells());
        assertEquals(983_040, limits.maxPluginSurfacePixels());
        assertEquals(30L << 20, limits.maxBufferBytes());
    }

    @Test
    void theBrowsersFiguresAreAtMostThoseOfTheGpuItStarts() {
        // What a JVM with -Xmx256m and SerialGC reports as Runtime.maxMemory(), measured: 247.5 MiB.
        GpuMemoryLimits gpu = new GpuMemoryLimits(259_522_560L);
        assertTrue(limits.maxFramePixels() <= gpu.maxFramePixels());
        assertTrue(limits.maxFrameCells() <= gpu.maxFrameCells());
        assertTrue(limits.maxPluginSurfacePixels() <= gpu.maxPluginSurfacePixels());
    }

    @Test
    void everySinkAtItsLargestPlusOneScreenshotStaysInsideHalfTheHeap() {
        long worst = limits.keptBytes() + limits.screenshotBytes();
        assertTrue(worst <= GpuMemoryLimits.GPU_HEAP_BYTES / 2);
        assertTrue(limits.maxFramePixels() * GpuMemoryLimits.SCREENSHOT_BYTES_PER_PIXEL <= limits.screenshotBytes());
    }

    @Test
    void honestViewportsFit() {
        assertTrue(2560L * 1440 <= limits.maxFramePixels(), "a large headless viewport");
        assertTrue(300L * 100 <= limits.maxScreenshotCells(), "a large terminal, screenshotted");
        assertTrue(1000L * 300 <= limits.maxFrameCells(), "a huge terminal, shown");
        assertTrue(1024L * 960 <= limits.maxPluginSurfacePixels());
    }
}
