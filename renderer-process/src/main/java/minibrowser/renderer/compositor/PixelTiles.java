package minibrowser.renderer.compositor;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.raster.PixelRaster;

/**
 * Tiles for the pixel device (screenshots): each tile is 256 x 256 ARGB pixels of the
 * page, and a frame is the viewport's rows copied out of them.
 *
 * <p>A tile of one colour only (page background, mostly) is not kept: every such tile
 * of that colour shares one array, as Chromium's compositor draws a solid-colour tile
 * as a plain quad instead of keeping its pixels. A short page in a tall window then
 * holds one tile of background instead of a dozen (256 KB each).
 */
final class PixelTiles extends TileCache<int[]> {
    /** The shared arrays of solid tiles; a page has few colours of whole tiles. */
    private static final int MAX_SOLID_COLOURS = 8;

    private final PixelRaster pixels = new PixelRaster();
    private final java.util.Map<Integer, int[]> solidTiles = new java.util.concurrent.ConcurrentHashMap<>();

    PixelTiles(RasterPool raster) {
        super(raster);
    }

    @Override
    List<Key> keysFor(int scrollY, int width, int height) {
        int[] columns = span(0, width);
        int[] rows = span(scrollY, height);
        List<Key> keys = new ArrayList<>();
        for (int row = rows[0]; row <= rows[1]; row++) {
            for (int column = columns[0]; column <= columns[1]; column++) keys.add(new Key(column, row, 0));
        }
        return keys;
    }

    @Override
    Rect area(Key key) {
        return new Rect(key.column() * TILE, key.row() * TILE, TILE, TILE);
    }

    @Override
    int[] rasterTile(TileContents contents, Rect area) {
        int[] tile = new int[TILE * TILE];
        pixels.raster(contents.list(), area.x(), area.y(), TILE, TILE, tile, contents.images());
        return isSolid(tile) && (solidTiles.size() < MAX_SOLID_COLOURS || solidTiles.containsKey(tile[0]))
                ? solidTiles.computeIfAbsent(tile[0], colour -> tile) : tile;
    }

    private static boolean isSolid(int[] tile) {
        int colour = tile[0];
        for (int pixel : tile) {
            if (pixel != colour) return false;
        }
        return true;
    }

    @Override
    void compose(int scrollY, int width, int height, List<Key> shown, List<int[]> rasters, ByteBuffer target) {
        IntBuffer frame = target.slice(0, width * height * 4).asIntBuffer();
        int tileColumns = span(0, width)[1] + 1;
        int firstRow = shown.get(0).row();
        for (int y = 0; y < height; y++) {
            int pageY = scrollY + y;
            int row = Math.floorDiv(pageY, TILE);
            int rowInTile = pageY - row * TILE;
            for (int column = 0; column < tileColumns; column++) {
                int[] tile = rasters.get((row - firstRow) * tileColumns + column);
                int length = Math.min(TILE, width - column * TILE);
                frame.put(y * width + column * TILE, tile, rowInTile * TILE, length);
            }
        }
    }
}
