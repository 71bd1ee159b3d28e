package minibrowser.renderer.compositor;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import minibrowser.renderer.engine.Rect;

/**
 * The compositor's tiles, as in Chromium's compositor: the page is cut into
 * {@value #TILE} x {@value #TILE} CSS-pixel squares, and a frame is put together from
 * the tiles it shows.
 * <ul>
 *   <li>A tile is rastered the first time it is shown, and again only when what is
 *       drawn on it changed ({@link TileContents#of}: a new layout moved its items, or
 *       an image on it was decoded).</li>
 *   <li>Scrolling reuses tiles: only the tiles that come into view are rastered.</li>
 *   <li>Stale and newly shown tiles are rastered in parallel on the raster threads.</li>
 *   <li>Tiles more than a viewport away are dropped, so memory stays bounded.</li>
 * </ul>
 * A subclass is one device: ARGB pixels or terminal cells.
 *
 * <p>Owned by renderer-compositor: not thread-safe.
 *
 * @param <T> a rastered tile: an {@code int[]} of pixels, or a cell grid
 */
public abstract class TileCache<T> {
    /** A tile's side in CSS pixels (as in Chromium). */
    static final int TILE = 256;

    /**
     * A tile's place: column and row in the tile grid, and the grid's vertical phase
     * (cells: rows of cells start at the scroll offset modulo a cell's height; pixels: 0).
     */
    record Key(int column, int row, int phase) {}

    /** How the last frame was made: tiles rastered for it and tiles reused. */
    public record FrameStats(int rastered, int reused) {}

    private record Tile<T>(List<Object> content, T raster) {}

    private final RasterPool raster;
    private final Map<Key, Tile<T>> tiles = new HashMap<>();
    private TileContents contents = TileContents.EMPTY;

    TileCache(RasterPool raster) {
        this.raster = raster;
    }

    /**
     * Tiles for the device a renderer draws on: terminal cells ({@link CellTiles}, frames
     * measured in cells) or ARGB pixels ({@link PixelTiles}, frames measured in pixels).
     */
    public static TileCache<?> forDevice(RasterPool raster, boolean cells) {
        return cells ? new CellTiles(raster) : new PixelTiles(raster);
    }

    /** What the page draws from now on; tiles whose content is unchanged are kept. */
    public void setContents(TileContents contents) {
        this.contents = contents;
    }

    /** Drops every tile and the contents (the tab left this renderer). */
    void clear() {
        tiles.clear();
        contents = TileContents.EMPTY;
    }

    /** Tiles held now (for tests). */
    int size() {
        return tiles.size();
    }

    /** Tile rasters held now, each counted once however many tiles share it (solid-colour tiles do). */
    int distinctRasters() {
        java.util.Set<T> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        tiles.values().forEach(tile -> seen.add(tile.raster()));
        return seen.size();
    }

    /**
     * Writes the frame showing the page from {@code scrollY} down into {@code target}:
     * {@code width} x {@code height} in the device's units (pixels, or cells).
     */
    public final FrameStats drawFrame(int scrollY, int width, int height, ByteBuffer target) {
        List<Key> shown = keysFor(scrollY, width, height);
        Map<Key, List<Object>> stale = new HashMap<>();
        for (Key key : shown) {
            List<Object> content = contents.of(area(key));
            Tile<T> tile = tiles.get(key);
            if (tile == null || !tile.content().equals(content)) stale.put(key, content);
        }
        rasterAll(stale);
        List<T> rasters = new ArrayList<>(shown.size());
        for (Key key : shown) rasters.add(tiles.get(key).raster());
        compose(scrollY, width, height, shown, rasters, target);
        dropFarFrom(shown);
        return new FrameStats(stale.size(), shown.size() - stale.size());
    }

    /** Rasters the stale tiles in parallel on the raster threads, then keeps them. */
    private void rasterAll(Map<Key, List<Object>> stale) {
        if (stale.isEmpty()) return;
        List<Key> keys = new ArrayList<>(stale.keySet());
        List<T> results = raster.runAll(keys.stream()
                .map(key -> (java.util.concurrent.Callable<T>) () -> rasterTile(contents, area(key)))
                .toList());
        for (int i = 0; i < keys.size(); i++) {
            tiles.put(keys.get(i), new Tile<>(stale.get(keys.get(i)), results.get(i)));
        }
    }

    /** Keeps the tiles within a viewport's height above and below what is shown; drops the rest. */
    private void dropFarFrom(List<Key> shown) {
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (Key key : shown) {
            top = Math.min(top, key.row());
            bottom = Math.max(bottom, key.row());
        }
        int margin = bottom - top + 1;
        int phase = shown.isEmpty() ? 0 : shown.get(0).phase();
        for (Iterator<Key> it = tiles.keySet().iterator(); it.hasNext(); ) {
            Key key = it.next();
            if (key.phase() != phase || key.row() < top - margin || key.row() > bottom + margin) it.remove();
        }
    }

    /** The tiles a frame at {@code scrollY} of this size shows, row by row. */
    abstract List<Key> keysFor(int scrollY, int width, int height);

    /** The page area a tile's raster covers, in CSS pixels. */
    abstract Rect area(Key key);

    /** Rasters one tile (on a raster thread): must touch nothing but its result. */
    abstract T rasterTile(TileContents contents, Rect area);

    /** Copies the shown tiles' parts into the frame. */
    abstract void compose(int scrollY, int width, int height, List<Key> shown, List<T> rasters, ByteBuffer target);

    /** The tile grid's columns or rows that a span [start, start + length) of CSS pixels touches. */
    static int[] span(int start, int length) {
        int first = Math.floorDiv(start, TILE);
        int last = Math.floorDiv(start + Math.max(1, length) - 1, TILE);
        return new int[] {first, last};
    }
}
