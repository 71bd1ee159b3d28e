package minibrowser.renderer.compositor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawImage;
import minibrowser.renderer.engine.paint.FillRect;
import minibrowser.renderer.engine.raster.CellRaster;
import minibrowser.renderer.engine.raster.PixelRaster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compositor's tiles: a frame put together from tiles is exactly the page rastered
 * in one piece, and tiles are rastered again only when they come into view or what
 * they show changed.
 */
class TileCacheTest {
    private static final RasterPool RASTER = new RasterPool();
    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;

    @AfterAll
    static void stopRasterThreads() {
        RASTER.shutdown();
    }

    @TestFactory
    Stream<DynamicTest> tiledFramesEqualThePageRasteredInOnePiece() throws IOException, URISyntaxException {
        Path gallery = Paths.get(TileCacheTest.class.getResource("/gallery").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(gallery)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path page : pages) {
            tests.add(DynamicTest.dynamicTest(page.getFileName() + " (pixels)", () -> {
                DisplayList list = render(page, Device.pixels()).displayList();
                PixelTiles tiles = new PixelTiles(RASTER);
                tiles.setContents(new TileContents(list, Map.of()));
                for (int scrollY : new int[] {0, 100, 333, 256}) {
                    assertArrayEquals(onePiecePixels(list, scrollY), tiledPixels(tiles, scrollY),
                            "pixels at scroll " + scrollY);
                }
            }));
            tests.add(DynamicTest.dynamicTest(page.getFileName() + " (cells)", () -> {
                DisplayList list = render(page, Device.cells()).displayList();
                CellTiles tiles = new CellTiles(RASTER);
                tiles.setContents(new TileContents(list, Map.of()));
                for (int scrollY : new int[] {0, 16, 40, 512, 7}) {
                    assertEquals(onePieceCells(list, scrollY), tiledCells(tiles, scrollY),
                            "cells at scroll " + scrollY);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void scrollingReusesTilesAndRastersOnlyThoseComingIntoView() {
        PixelTiles tiles = new PixelTiles(RASTER);
        tiles.setContents(new TileContents(stripes(4000), Map.of()));
        // 800 x 600 from y 0: columns 0..3, rows 0..2.
        assertEquals(new TileCache.FrameStats(12, 0), frame(tiles, 0));
        // Down 100 px: still rows 0..2 (y 100..699).
        assertEquals(new TileCache.FrameStats(0, 12), frame(tiles, 100));
        // Down to y 300: rows 1..3 (y 300..899); only row 3 is new.
        assertEquals(new TileCache.FrameStats(4, 8), frame(tiles, 300));
        // Back to the top: row 0 was kept (it is within a viewport of what was shown).
        assertEquals(new TileCache.FrameStats(0, 12), frame(tiles, 0));
    }

    @Test
    void aChangedItemRastersOnlyTheTilesItTouches() {
        PixelTiles tiles = new PixelTiles(RASTER);
        DisplayList before = stripes(4000);
        tiles.setContents(new TileContents(before, Map.of()));
        frame(tiles, 0);
        // A new layout in which one small box, inside tile (1, 1), changed colour.
        List<DisplayItem> items = new ArrayList<>(before.items());
        items.add(new FillRect(new Rect(300, 300, 20, 20), 0xFFFF0000));
        tiles.setContents(new TileContents(new DisplayList(items), Map.of()));
        assertEquals(new TileCache.FrameStats(1, 11), frame(tiles, 0));
    }

    @Test
    void aDecodedImageRastersOnlyTheTilesItCovers() {
        List<DisplayItem> items = new ArrayList<>(stripes(4000).items());
        items.add(new DrawImage(new Rect(10, 10, 300, 100), "http://x/a.png", "a")); // tiles (0, 0) and (1, 0)
        DisplayList list = new DisplayList(items);
        PixelTiles tiles = new PixelTiles(RASTER);
        tiles.setContents(new TileContents(list, Map.of()));
        frame(tiles, 0);
        BufferedImage decoded = new BufferedImage(30, 10, BufferedImage.TYPE_INT_ARGB);
        tiles.setContents(new TileContents(list, Map.of("http://x/a.png", decoded)));
        assertEquals(new TileCache.FrameStats(2, 10), frame(tiles, 0));
    }

    @Test
    void solidColourTilesShareOneRaster() {
        PixelTiles tiles = new PixelTiles(RASTER);
        DisplayList shortPage = new DisplayList(List.of(new FillRect(new Rect(0, 0, WIDTH, 50), 0xFFCC0000)));
        tiles.setContents(new TileContents(shortPage, Map.of()));
        assertArrayEquals(onePiecePixels(shortPage, 0), tiledPixels(tiles, 0));
        // 4 x 3 tiles: the top row holds the red band, each its own; the 8 below are plain background.
        assertEquals(12, tiles.size());
        assertEquals(5, tiles.distinctRasters());
    }

    @Test
    void tilesFarFromTheViewportAreDropped() {
        PixelTiles tiles = new PixelTiles(RASTER);
        tiles.setContents(new TileContents(stripes(20_000), Map.of()));
        for (int y = 0; y < 19_000; y += 300) frame(tiles, y);
        // Shown: 3 rows of 4; kept: a viewport's worth (3 rows) above and below as well.
        assertTrue(tiles.size() <= 9 * 4, "tiles held: " + tiles.size());
    }

    // ---- helpers

    private static Page render(Path page, Device device) throws IOException {
        return new Engine(device).render(Files.readAllBytes(page), "text/html; charset=utf-8",
                "http://gallery.test/" + page.getFileName(), WIDTH, HEIGHT, ResourceLoader.none(), Map.of());
    }

    /** A tall page of horizontal stripes, each a different colour, 50 px high. */
    private static DisplayList stripes(int height) {
        List<DisplayItem> items = new ArrayList<>();
        for (int y = 0; y < height; y += 50) items.add(new FillRect(new Rect(0, y, WIDTH, 50), 0xFF000000 | ((y / 50) * 0x123457 & 0xFFFFFF)));
        return new DisplayList(items);
    }

    private static TileCache.FrameStats frame(PixelTiles tiles, int scrollY) {
        return tiles.drawFrame(scrollY, WIDTH, HEIGHT, ByteBuffer.allocate(WIDTH * HEIGHT * 4));
    }

    private static int[] onePiecePixels(DisplayList list, int scrollY) {
        int[] pixels = new int[WIDTH * HEIGHT];
        new PixelRaster().raster(list, 0, scrollY, WIDTH, HEIGHT, pixels, Map.of());
        return pixels;
    }

    private static int[] tiledPixels(PixelTiles tiles, int scrollY) {
        ByteBuffer frame = ByteBuffer.allocate(WIDTH * HEIGHT * 4);
        tiles.drawFrame(scrollY, WIDTH, HEIGHT, frame);
        int[] pixels = new int[WIDTH * HEIGHT];
        frame.asIntBuffer().get(pixels);
        return pixels;
    }

    private static final int COLUMNS = WIDTH / CellGeometry.CELL_WIDTH;
    private static final int ROWS = HEIGHT / CellGeometry.CELL_HEIGHT;

    private static String onePieceCells(DisplayList list, int scrollY) {
        CellGrid grid = new CellGrid(COLUMNS, ROWS);
        new CellRaster().raster(list, scrollY, grid, Map.of());
        return dump(grid);
    }

    private static String tiledCells(CellTiles tiles, int scrollY) {
        ByteBuffer frame = ByteBuffer.allocate((int) CellGrid.byteSize(COLUMNS, ROWS));
        tiles.drawFrame(scrollY, COLUMNS, ROWS, frame);
        frame.rewind();
        return dump(CellGrid.readFrom(frame, COLUMNS, ROWS));
    }

    /** Every cell's character and colours, so a difference shows where it is. */
    private static String dump(CellGrid grid) {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < grid.rows(); r++) {
            out.append(grid.rowText(r)).append('\n');
            for (int c = 0; c < grid.columns(); c++) {
                out.append(Integer.toHexString(grid.foreground(c, r))).append('/')
                        .append(Integer.toHexString(grid.background(c, r))).append(' ');
            }
            out.append('\n');
        }
        return out.toString();
    }
}
