package minibrowser.gpu.compositor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import org.junit.jupiter.api.Test;

class CellsToImageTest {

    private final CellsToImage renderer = new CellsToImage();

    @Test
    void eachCellIsEightBySixteenPixels() {
        BufferedImage image = renderer.render(new CellGrid(5, 3));

        assertEquals(5 * CellGeometry.CELL_WIDTH, image.getWidth());
        assertEquals(3 * CellGeometry.CELL_HEIGHT, image.getHeight());
    }

    @Test
    void backgroundFillsTheCell() {
        CellGrid grid = new CellGrid(2, 1);
        grid.set(1, 0, ' ', 0x000000, 0x123456);

        BufferedImage image = renderer.render(grid);

        assertEquals(0xFFFFFF, image.getRGB(7, 15) & 0xFFFFFF);
        assertEquals(0x123456, image.getRGB(8, 0) & 0xFFFFFF);
        assertEquals(0x123456, image.getRGB(15, 15) & 0xFFFFFF);
    }

    @Test
    void halfBlockIsTwoExactRectangles() {
        CellGrid grid = new CellGrid(1, 1);
        grid.set(0, 0, '\u2580', 0xFF0000, 0x0000FF);

        BufferedImage image = renderer.render(grid);

        for (int x = 0; x < 8; x++) {
            assertEquals(0xFF0000, image.getRGB(x, 0) & 0xFFFFFF);
            assertEquals(0xFF0000, image.getRGB(x, 7) & 0xFFFFFF);
            assertEquals(0x0000FF, image.getRGB(x, 8) & 0xFFFFFF);
            assertEquals(0x0000FF, image.getRGB(x, 15) & 0xFFFFFF);
        }
    }

    @Test
    void characterIsDrawnInItsForeground() {
        CellGrid grid = new CellGrid(1, 1);
        grid.set(0, 0, 'M', 0x000000, 0xFFFFFF);

        BufferedImage image = renderer.render(grid);

        assertTrue(darkPixels(image, 0, 8) > 5, "the M leaves ink");
    }

    @Test
    void wideCharacterSpansTwoCells() {
        CellGrid grid = new CellGrid(3, 1);
        grid.set(0, 0, '漢', 0x000000, 0xFFFFFF);
        grid.set(1, 0, CellGrid.CONTINUATION, 0x000000, 0xFFFFFF);

        BufferedImage image = renderer.render(grid);

        assertTrue(darkPixels(image, 0, 8) > 0 || darkPixels(image, 8, 16) > 0, "the glyph leaves ink");
        assertEquals(0, darkPixels(image, 16, 24), "the third cell stays empty");
    }

    private static int darkPixels(BufferedImage image, int fromX, int toX) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = fromX; x < toX; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 0x80) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
