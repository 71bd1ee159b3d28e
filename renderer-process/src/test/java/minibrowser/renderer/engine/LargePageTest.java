package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import minibrowser.renderer.engine.bench.BenchPages;
import minibrowser.renderer.engine.raster.PixelRaster;
import org.junit.jupiter.api.Test;

/**
 * The size targets: a 200 KB text page and a 500 KB table page render without
 * error, with the pixel device, and their first viewport rasterizes. Times are not
 * asserted here (see {@code ./minibrowser bench engine}).
 */
class LargePageTest {

    private final Engine engine = new Engine(Device.pixels());

    @Test
    void twoHundredKilobyteTextPage() {
        String html = BenchPages.textPage(200_000);
        assertTrue(html.length() >= 200_000);
        Page page = engine.render(html, "http://example.com/", 800, 600, ResourceLoader.none());
        assertNotEquals("Rendering failed", page.title());
        assertTrue(page.contentHeight() > 10_000, "height " + page.contentHeight());
        rasterFirstViewport(page);
    }

    @Test
    void fiveHundredKilobyteTablePage() {
        String html = BenchPages.tablePage(500_000);
        assertTrue(html.length() >= 500_000);
        Page page = engine.render(html, "http://example.com/", 800, 600, ResourceLoader.none());
        assertNotEquals("Rendering failed", page.title());
        assertTrue(page.layoutTreeText().contains("cell <td>"));
        assertTrue(page.contentHeight() > 10_000, "height " + page.contentHeight());
        rasterFirstViewport(page);
    }

    private static void rasterFirstViewport(Page page) {
        int[] pixels = new int[800 * 600];
        new PixelRaster().raster(page.displayList(), 0, 0, 800, 600, pixels, Map.of());
        long dark = java.util.Arrays.stream(pixels).filter(p -> (p & 0xFF) < 128).count();
        assertTrue(dark > 100, "the first viewport shows text");
    }
}
