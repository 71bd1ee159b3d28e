package minibrowser.renderer;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import minibrowser.common.NamedThreads;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.raster.CellRaster;
import minibrowser.renderer.engine.raster.PixelRaster;

/**
 * The raster threads, {@code renderer-raster-1} and {@code renderer-raster-2}:
 * they turn the display list into pixels (or cells), writing straight into the
 * shared-memory slot the compositor hands them. Each thread fills its own band of
 * {@value #BAND_HEIGHT} rows, so no two threads ever write the same bytes.
 */
final class RasterPool {
    static final int THREADS = 2;
    static final int BAND_HEIGHT = 256;

    private final ExecutorService threads = NamedThreads.pool("renderer-raster", THREADS);
    private final PixelRaster pixelRaster = new PixelRaster();
    private final CellRaster cellRaster = new CellRaster();

    /** Rasters the viewport at {@code scrollY} as a cell grid into {@code target}. */
    void rasterCells(DisplayList list, int scrollY, int columns, int rows,
                     Map<String, BufferedImage> images, ByteBuffer target) {
        await(List.of(threads.submit(() -> {
            CellGrid grid = new CellGrid(columns, rows);
            cellRaster.raster(list, scrollY, grid, images);
            grid.writeTo(target);
        })));
    }

    /** Rasters the viewport at {@code scrollY} as ARGB pixels into {@code target}, band by band in parallel. */
    void rasterPixels(DisplayList list, int scrollY, int width, int height,
                      Map<String, BufferedImage> images, ByteBuffer target) {
        List<Future<?>> bands = new ArrayList<>();
        for (int top = 0; top < height; top += BAND_HEIGHT) {
            int bandTop = top;
            int bandHeight = Math.min(BAND_HEIGHT, height - top);
            bands.add(threads.submit(() -> {
                int[] band = new int[width * bandHeight];
                pixelRaster.raster(list, 0, scrollY + bandTop, width, bandHeight, band, images);
                target.slice(bandTop * width * 4, band.length * 4).asIntBuffer().put(band);
            }));
        }
        await(bands);
    }

    private static void await(List<Future<?>> work) {
        try {
            for (Future<?> part : work) part.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // A fault on a raster thread is a fault of this renderer: let it end the process.
            throw new IllegalStateException("raster failed", e.getCause());
        }
    }

    void shutdown() {
        threads.shutdownNow();
    }
}
