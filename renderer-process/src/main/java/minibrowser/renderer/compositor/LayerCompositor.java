package minibrowser.renderer.compositor;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.animation.CompositedLayer;
import minibrowser.renderer.engine.animation.Transform;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.raster.CellRaster;
import minibrowser.renderer.engine.raster.PixelRaster;

/**
 * Draws a page's {@link CompositedLayer}s over a frame the page's tiles already filled,
 * each at its transform and opacity at the frame's time: the compositor's half of a
 * compositor animation. A layer is rastered once, on a raster thread, into a tile of
 * its own covering its bounds (over transparent pixels, or cells cleared to a colour no
 * page draws), and again only when its display list or the images change; every frame
 * after that only copies it, moved, scaled and blended, so an animation costs main
 * nothing and the raster threads nothing.
 *
 * <ul>
 *   <li>Pixels: each frame pixel takes the layer pixel its inverse transform lands on
 *       (nearest), blended by the pixel's alpha times the layer's opacity.</li>
 *   <li>Cells: the translation is rounded to whole cells (8 x 16 px), so a layer moves
 *       cell by cell; a layer of opacity below 0.5 is not drawn, one of 0.5 or more is
 *       drawn whole (a cell has no alpha); cells the layer leaves empty show the page.</li>
 * </ul>
 *
 * <p>Owned by renderer-compositor: not thread-safe.
 */
final class LayerCompositor {
    /** The largest layer tile, in pixels (a layer larger than this is cut to it: 16 MB of ARGB). */
    static final int MAX_LAYER_PIXELS = 4 * 1024 * 1024;
    /** What an empty cell of a layer's tile holds as background: no 0xRRGGBB colour is -1. */
    private static final int EMPTY_CELL = -1;

    private record Rastered(DisplayList list, int images, Rect area, Object raster) {}

    private final RasterPool raster;
    private final boolean cells;
    private final Map<Integer, Rastered> rastered = new HashMap<>();
    private final PixelRaster pixelRaster = new PixelRaster();
    private final CellRaster cellRaster = new CellRaster();

    LayerCompositor(RasterPool raster, boolean cells) {
        this.raster = raster;
        this.cells = cells;
    }

    /**
     * Draws {@code layers} as they are at {@code nowNanos} over the frame in {@code target}
     * ({@code width} x {@code height} pixels or cells, showing the page from {@code scrollY}).
     */
    void drawOver(ByteBuffer target, int width, int height, int scrollY, List<CompositedLayer> layers,
                  Map<String, BufferedImage> images, long nowNanos) {
        if (layers.isEmpty()) return;
        rasterStale(layers, images);
        CellGrid grid = cells ? CellGrid.readFrom(target.duplicate().clear(), width, height) : null;
        IntBuffer pixels = cells ? null : target.slice(0, width * height * 4).asIntBuffer();
        for (CompositedLayer layer : layers) {
            Rastered tile = rastered.get(layer.id());
            double opacity = layer.opacityAt(nowNanos);
            Transform transform = layer.transformAt(nowNanos);
            if (tile == null || opacity <= 0) continue;
            if (cells) {
                if (opacity >= 0.5) drawCells(grid, scrollY, layer.box(), tile, transform);
            } else {
                drawPixels(pixels, width, height, scrollY, layer.box(), tile, transform, opacity);
            }
        }
        if (cells) grid.writeTo(target.duplicate().clear());
    }

    /** Forgets every layer's tile (the tab left). */
    void clear() {
        rastered.clear();
    }

    /** Rasters, in parallel on the raster threads, the layers that are new or whose content changed; drops the others' tiles. */
    private void rasterStale(List<CompositedLayer> layers, Map<String, BufferedImage> images) {
        Map<Integer, Rastered> kept = new HashMap<>();
        List<CompositedLayer> stale = new ArrayList<>();
        for (CompositedLayer layer : layers) {
            Rastered old = rastered.get(layer.id());
            if (old != null && old.list().equals(layer.displayList()) && old.images() == images.size()) {
                kept.put(layer.id(), old);
            } else {
                stale.add(layer);
            }
        }
        Map<String, BufferedImage> imagesNow = Map.copyOf(images);
        List<Callable<Rastered>> jobs = new ArrayList<>();
        for (CompositedLayer layer : stale) jobs.add(() -> rasterLayer(layer, imagesNow));
        List<Rastered> done = jobs.isEmpty() ? List.of() : raster.runAll(jobs);
        for (int i = 0; i < stale.size(); i++) kept.put(stale.get(i).id(), done.get(i));
        rastered.clear();
        rastered.putAll(kept);
    }

    /** One layer's tile (on a raster thread): its bounds, cut to {@link #MAX_LAYER_PIXELS}, aligned to cells on the terminal. */
    private Rastered rasterLayer(CompositedLayer layer, Map<String, BufferedImage> images) {
        Rect b = layer.bounds();
        int w = Math.max(1, b.width());
        int h = Math.max(1, Math.min(b.height(), MAX_LAYER_PIXELS / w));
        if (cells) {
            int x = Math.floorDiv(b.x(), CELL_WIDTH) * CELL_WIDTH;
            int columns = (b.right() - x + CELL_WIDTH - 1) / CELL_WIDTH;
            int rows = (h + CELL_HEIGHT - 1) / CELL_HEIGHT;
            CellGrid grid = new CellGrid(Math.max(1, columns), Math.max(1, rows));
            cellRaster.raster(layer.displayList(), x, b.y(), grid, images, EMPTY_CELL);
            return new Rastered(layer.displayList(), images.size(), new Rect(x, b.y(), columns * CELL_WIDTH, rows * CELL_HEIGHT), grid);
        }
        w = Math.min(w, MAX_LAYER_PIXELS);
        int[] argb = new int[w * h];
        pixelRaster.raster(layer.displayList(), b.x(), b.y(), w, h, argb, images, 0);
        return new Rastered(layer.displayList(), images.size(), new Rect(b.x(), b.y(), w, h), argb);
    }

    /** The layer's tile, transformed about its box's centre, blended into the frame's pixels. */
    private static void drawPixels(IntBuffer frame, int width, int height, int scrollY, Rect box, Rastered tile,
                                   Transform t, double opacity) {
        int[] src = (int[]) tile.raster();
        Rect area = tile.area();
        double cx = box.x() + box.width() / 2.0, cy = box.y() + box.height() / 2.0;
        double sx = t.sx() == 0 ? 1e-9 : t.sx(), sy = t.sy() == 0 ? 1e-9 : t.sy();
        // Where the tile lands on the page, then on the frame.
        double left = cx + (area.x() - cx) * sx + t.tx(), right = cx + (area.right() - cx) * sx + t.tx();
        double top = cy + (area.y() - cy) * sy + t.ty(), bottom = cy + (area.bottom() - cy) * sy + t.ty();
        int x0 = Math.max(0, (int) Math.floor(Math.min(left, right)));
        int x1 = Math.min(width, (int) Math.ceil(Math.max(left, right)));
        int y0 = Math.max(0, (int) Math.floor(Math.min(top, bottom)) - scrollY);
        int y1 = Math.min(height, (int) Math.ceil(Math.max(top, bottom)) - scrollY);
        for (int fy = y0; fy < y1; fy++) {
            int ty = (int) Math.floor(cy + (fy + scrollY + 0.5 - t.ty() - cy) / sy) - area.y();
            if (ty < 0 || ty >= area.height()) continue;
            for (int fx = x0; fx < x1; fx++) {
                int tx = (int) Math.floor(cx + (fx + 0.5 - t.tx() - cx) / sx) - area.x();
                if (tx < 0 || tx >= area.width()) continue;
                int pixel = src[ty * area.width() + tx];
                int alpha = (int) Math.round((pixel >>> 24) * opacity);
                if (alpha == 0) continue;
                int i = fy * width + fx;
                frame.put(i, over(pixel, frame.get(i), alpha));
            }
        }
    }

    /** The layer's cells, moved by whole cells (and scaled, nearest cell), over the frame's cells. */
    private static void drawCells(CellGrid frame, int scrollY, Rect box, Rastered tile, Transform t) {
        CellGrid src = (CellGrid) tile.raster();
        Rect area = tile.area();
        double cx = box.x() + box.width() / 2.0, cy = box.y() + box.height() / 2.0;
        double sx = t.sx() == 0 ? 1e-9 : t.sx(), sy = t.sy() == 0 ? 1e-9 : t.sy();
        long dx = Math.round(t.tx() / CELL_WIDTH) * CELL_WIDTH;   // whole cells
        long dy = Math.round(t.ty() / CELL_HEIGHT) * CELL_HEIGHT;
        for (int r = 0; r < frame.rows(); r++) {
            double py = scrollY + r * CELL_HEIGHT + CELL_HEIGHT / 2.0;
            int row = (int) Math.floor((cy + (py - dy - cy) / sy - area.y()) / CELL_HEIGHT);
            if (row < 0 || row >= src.rows()) continue;
            for (int c = 0; c < frame.columns(); c++) {
                double px = c * CELL_WIDTH + CELL_WIDTH / 2.0;
                int column = (int) Math.floor((cx + (px - dx - cx) / sx - area.x()) / CELL_WIDTH);
                if (column < 0 || column >= src.columns()) continue;
                int codePoint = src.codePoint(column, row);
                int bg = src.background(column, row);
                boolean blank = codePoint == ' ' || codePoint == CellGrid.CONTINUATION;
                if (bg == EMPTY_CELL && blank) continue;
                frame.set(c, r, blank ? ' ' : codePoint, src.foreground(column, row),
                        bg == EMPTY_CELL ? frame.background(c, r) : bg);
            }
        }
    }

    /** {@code top} at {@code alpha} over the opaque {@code bottom}. */
    private static int over(int top, int bottom, int alpha) {
        int r = (((top >> 16) & 255) * alpha + ((bottom >> 16) & 255) * (255 - alpha) + 127) / 255;
        int g = (((top >> 8) & 255) * alpha + ((bottom >> 8) & 255) * (255 - alpha) + 127) / 255;
        int b = ((top & 255) * alpha + (bottom & 255) * (255 - alpha) + 127) / 255;
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }
}
