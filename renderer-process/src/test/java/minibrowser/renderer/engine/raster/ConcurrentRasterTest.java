package minibrowser.renderer.engine.raster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.paint.DisplayList;
import org.junit.jupiter.api.Test;

/** One rasterizer shared by several threads gives the same tiles as one thread alone. */
class ConcurrentRasterTest {

    @Test
    void tilesRasteredInParallelMatchSequentialOnes() throws Exception {
        String html = "<h1>Tiles</h1>" + "<p style='background:#eef;border:1px solid'>Some text <a href=x>link</a></p>".repeat(40);
        Page page = new Engine(Device.pixels()).render(html, "http://x/", 256, 256, ResourceLoader.none());
        DisplayList list = page.displayList();
        PixelRaster raster = new PixelRaster();
        int tiles = 8;
        List<int[]> expected = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            int[] out = new int[256 * 128];
            raster.raster(list, 0, t * 128, 256, 128, out, Map.of());
            expected.add(out);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int t = 0; t < tiles; t++) {
                int tile = t;
                results.add(pool.submit(() -> {
                    int[] out = new int[256 * 128];
                    raster.raster(list, 0, tile * 128, 256, 128, out, Map.of());
                    return out;
                }));
            }
            for (int t = 0; t < tiles; t++) assertArrayEquals(expected.get(t), results.get(t).get(), "tile " + t);
        } finally {
            pool.shutdownNow();
        }
    }
}
