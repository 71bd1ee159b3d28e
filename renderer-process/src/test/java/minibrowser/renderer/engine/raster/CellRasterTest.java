package minibrowser.renderer.engine.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Map;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;
import org.junit.jupiter.api.Test;

class CellRasterTest {

    private final Engine engine = new Engine(Device.cells());

    private CellGrid raster(String html, int columns, int rows, Map<String, BufferedImage> images) {
        Page page = engine.render(html, "http://x/", columns * 8, rows * 16, ResourceLoader.none());
        CellGrid grid = new CellGrid(columns, rows);
        new CellRaster().raster(page.displayList(), 0, grid, images);
        return grid;
    }

    @Test
    void textLandsOnTheCellGrid() {
        CellGrid grid = raster("<body style='margin:0'><p style='margin:0'>Hello world</p><p style='margin:16px 0 0'>again", 20, 4, Map.of());
        assertEquals("Hello world\n\nagain\n\n", grid.toString());
    }

    @Test
    void hangulTakesTwoCellsPerSyllableAndWrapsWithoutBreakingTheGrid() {
        String text = "모든 인간은 태어날 때부터 자유로우며 그 존엄과 권리에 있어 동등하다";
        CellGrid grid = raster("<body style='margin:0'><p style='margin:0'>" + text + "</p>", 20, 6, Map.of());
        // Each row: syllables are followed by a continuation cell; no row holds half a syllable.
        StringBuilder joined = new StringBuilder();
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                int cp = grid.codePoint(c, r);
                if (cp >= 0xAC00 && cp <= 0xD7A3) {
                    assertTrue(c + 1 < grid.columns(), "syllable in the last column of row " + r);
                    assertEquals(CellGrid.CONTINUATION, grid.codePoint(c + 1, r), "row " + r + " column " + c);
                }
                if (cp == CellGrid.CONTINUATION) {
                    int before = grid.codePoint(c - 1, r);
                    assertTrue(before >= 0xAC00 && before <= 0xD7A3, "stray continuation at row " + r + " column " + c);
                }
            }
            joined.append(grid.rowText(r).strip()).append(' ');
        }
        assertEquals(text, joined.toString().replaceAll("\\s+", " ").strip());
        assertEquals("모든 인간은 태어날", grid.rowText(0).strip());
    }

    @Test
    void backgroundsBecomeCellColoursAndBordersBoxDrawing() {
        CellGrid grid = raster("<body style='margin:0'><div style='background:#00f;color:#fff;border:2px solid red;padding:14px 6px'>hi</div>", 10, 4, Map.of());
        assertEquals('┌', grid.codePoint(0, 0));
        assertEquals('┘', grid.codePoint(9, 2));
        assertEquals(0x0000FF, grid.background(3, 1));
        assertEquals('h', grid.codePoint(1, 1));
        assertEquals(0xFFFFFF, grid.foreground(1, 1));
    }

    @Test
    void imagesAsHalfBlocksOrAltText() {
        BufferedImage image = new BufferedImage(1, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(0, 1, 0x00FF00);
        String html = "<body style='margin:0'><img src=a.png width=16 height=16><br><img src=b.png alt=logo width=64 height=16>";
        CellGrid grid = raster(html, 10, 3, Map.of("http://x/a.png", image));
        assertEquals(0x2580, grid.codePoint(0, 0));
        assertEquals(0xFF0000, grid.foreground(0, 0));
        assertEquals(0x00FF00, grid.background(0, 0));
        assertTrue(grid.rowText(1).startsWith("[logo]"), grid.toString());
    }

    @Test
    void originScrollsThePage() {
        Page page = engine.render("<body style='margin:0'><p style='margin:0'>one<br>two<br>three", "", 80, 48, ResourceLoader.none());
        CellGrid grid = new CellGrid(10, 2);
        new CellRaster().raster(page.displayList(), 16, grid, Map.of());
        assertEquals("two\nthree\n", grid.toString());
    }
}
