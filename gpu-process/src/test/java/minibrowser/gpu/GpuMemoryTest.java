package minibrowser.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.grpc.Status;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.gpu.compositor.CellsToImage;
import org.junit.jupiter.api.Test;

/** The gpu's heap budget: per sink, in total, and for a screenshot. */
class GpuMemoryTest {
    private final GpuMemory memory = new GpuMemory(256L << 20);

    @Test
    void aScreenshotOfAnAcceptedFrameAlwaysFits() {
        assertNull(memory.checkPixelFrame(2048, 2048));
        assertNull(memory.checkScreenshot(2048L * 2048));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.checkScreenshot(4096L * 4096).getCode());
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.checkScreenshot(Long.MAX_VALUE).getCode());
    }

    @Test
    void aCellsScreenshotCountsTheCellsPixels() {
        assertEquals(GpuMemoryLimits.SCREENSHOT_PIXELS_PER_CELL, CellGeometry.CELL_WIDTH * CellGeometry.CELL_HEIGHT);
        assertNull(memory.checkCellsFrame(320, 100));
        assertNull(memory.checkScreenshot(320L * 100 * GpuMemoryLimits.SCREENSHOT_PIXELS_PER_CELL));
        assertNull(memory.checkCellsFrame(1000, 300), "shown");
        assertEquals(Status.Code.RESOURCE_EXHAUSTED,
                memory.checkScreenshot(1000L * 300 * GpuMemoryLimits.SCREENSHOT_PIXELS_PER_CELL).getCode(), "not screenshotted");
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.checkCellsFrame(16_384, 16_384).getCode());
    }

    @Test
    void aSinkReplacingItsCopyIsChargedTheNewSizeOnly() {
        assertNull(memory.reserve("a", 1000));
        assertNull(memory.reserve("a", 3000));
        assertEquals(3000, memory.keptTotal());
        memory.release("a");
        assertEquals(0, memory.keptTotal());
    }

    @Test
    void theTotalIsBounded() {
        long budget = memory.limits().keptBytes();
        assertNull(memory.reserve("a", budget - 10));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.reserve("b", 11).getCode());
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.reserve("b", Long.MAX_VALUE).getCode());
        assertNull(memory.reserve("b", 10));
        assertEquals(budget, memory.keptTotal());
    }

    @Test
    void pluginSurfacesAreBoundedEach() {
        assertNull(memory.checkPluginSurface(1024, 1024));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, memory.checkPluginSurface(4096, 4096).getCode());
    }
}
