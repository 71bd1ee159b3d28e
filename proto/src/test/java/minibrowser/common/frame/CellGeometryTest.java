package minibrowser.common.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CellGeometryTest {
    @Test
    void aCellIsEightBySixteenCssPixels() {
        assertEquals(8, CellGeometry.CELL_WIDTH);
        assertEquals(16, CellGeometry.CELL_HEIGHT);
        assertEquals(128, CellGeometry.PIXELS_PER_CELL);
    }

    @Test
    void onlyWholeCellsCount() {
        assertEquals(80, CellGeometry.columnsIn(640));
        assertEquals(80, CellGeometry.columnsIn(647));
        assertEquals(0, CellGeometry.columnsIn(7));
        assertEquals(24, CellGeometry.rowsIn(384));
        assertEquals(23, CellGeometry.rowsIn(383));
    }

    @Test
    void theScreenshotBudgetCountsCellsOfThisSize() {
        assertEquals(CellGeometry.PIXELS_PER_CELL, GpuMemoryLimits.SCREENSHOT_PIXELS_PER_CELL);
    }
}
