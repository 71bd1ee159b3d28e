package minibrowser.renderer.compositor;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.CellWidths;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.raster.CellRaster;

/**
 * Tiles for the terminal device: a 256 x 256 CSS-pixel tile is 32 x 16 cells.
 *
 * <p>Two details keep a tiled frame identical to the page rastered in one piece:
 * <ul>
 *   <li>Cell rows start at the scroll offset, which need not be a multiple of a cell's
 *       16 pixels, so the tile grid is shifted by the offset modulo 16 (its phase).</li>
 *   <li>A wide character can straddle two tiles. Each tile is rastered one cell wider
 *       on both sides, so both halves are drawn in both tiles, and only the middle 32
 *       columns are copied.</li>
 * </ul>
 */
final class CellTiles extends TileCache<CellGrid> {
    private static final int CW = CellGeometry.CELL_WIDTH;
    private static final int CH = CellGeometry.CELL_HEIGHT;
    static final int COLUMNS = TILE / CW;
    static final int ROWS = TILE / CH;
    /** Extra cells rastered left and right of a tile. */
    private static final int MARGIN = 1;

    private final CellRaster cellRaster = new CellRaster();

    CellTiles(RasterPool raster) {
        super(raster);
    }

    @Override
    List<Key> keysFor(int scrollY, int columns, int rows) {
        int phase = Math.floorMod(scrollY, CH);
        int[] tileColumns = span(0, columns * CW);
        int[] tileRows = span(scrollY - phase, rows * CH);
        List<Key> keys = new ArrayList<>();
        for (int row = tileRows[0]; row <= tileRows[1]; row++) {
            for (int column = tileColumns[0]; column <= tileColumns[1]; column++) keys.add(new Key(column, row, phase));
        }
        return keys;
    }

    @Override
    Rect area(Key key) {
        return new Rect(key.column() * TILE - MARGIN * CW, key.phase() + key.row() * TILE,
                TILE + 2 * MARGIN * CW, TILE);
    }

    @Override
    CellGrid rasterTile(TileContents contents, Rect area) {
        CellGrid tile = new CellGrid(COLUMNS + 2 * MARGIN, ROWS);
        cellRaster.raster(contents.list(), area.x(), area.y(), tile, contents.images());
        return tile;
    }

    @Override
    void compose(int scrollY, int columns, int rows, List<Key> shown, List<CellGrid> rasters, ByteBuffer target) {
        CellGrid frame = new CellGrid(columns, rows);
        int phase = Math.floorMod(scrollY, CH);
        int tileColumns = span(0, columns * CW)[1] + 1;
        int firstRow = shown.get(0).row();
        for (int r = 0; r < rows; r++) {
            int y = scrollY + r * CH - phase;             // from the phase-shifted grid's origin
            int row = Math.floorDiv(y, TILE);
            int rowInTile = (y - row * TILE) / CH;
            for (int column = 0; column < tileColumns; column++) {
                CellGrid tile = rasters.get((row - firstRow) * tileColumns + column);
                for (int c = 0; c < COLUMNS && column * COLUMNS + c < columns; c++) {
                    int from = c + MARGIN;
                    frame.set(column * COLUMNS + c, r, tile.codePoint(from, rowInTile),
                            tile.foreground(from, rowInTile), tile.background(from, rowInTile));
                }
            }
            mendEdges(frame, r);
        }
        frame.writeTo(target);
    }

    /**
     * A tile draws past the frame's edges, so a wide character can lose a half there:
     * as when the page is rastered in one piece, a half with no partner becomes a space.
     */
    private static void mendEdges(CellGrid frame, int row) {
        int last = frame.columns() - 1;
        if (last < 0) return;
        if (frame.codePoint(0, row) == CellGrid.CONTINUATION) {
            frame.set(0, row, ' ', frame.foreground(0, row), frame.background(0, row));
        }
        if (CellWidths.isWide(frame.codePoint(last, row))) {
            frame.set(last, row, ' ', frame.foreground(last, row), frame.background(last, row));
        }
    }
}
