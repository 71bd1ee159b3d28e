package minibrowser.renderer.engine.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawImage;
import minibrowser.renderer.engine.paint.DrawText;
import minibrowser.renderer.engine.paint.FillRect;
import minibrowser.renderer.engine.paint.StrokeBorder;
import org.junit.jupiter.api.Test;

class PixelRasterTest {

    private final PixelRaster raster = new PixelRaster();

    @Test
    void fillsAndBordersLandOnTheRightPixelsOfATile() {
        DisplayList list = new DisplayList(List.of(
                new FillRect(new Rect(10, 10, 20, 20), 0xFFFF0000),
                new StrokeBorder(new Rect(40, 40, 10, 10), 1, 1, 1, 1, 0xFF0000FF)));
        int[] out = new int[30 * 30];
        raster.raster(list, 5, 5, 30, 30, out, Map.of());
        assertEquals(0xFFFFFFFF, out[0]);                     // page (5,5): white
        assertEquals(0xFFFF0000, out[5 * 30 + 5]);            // page (10,10): red
        assertEquals(0xFFFF0000, out[24 * 30 + 24]);          // page (29,29): red
        int[] second = new int[30 * 30];
        raster.raster(list, 25, 25, 30, 30, second, Map.of());
        assertEquals(0xFF0000FF, second[15 * 30 + 15]);       // page (40,40): the border's corner
        assertEquals(0xFFFFFFFF, second[20 * 30 + 20]);       // page (45,45): inside the border
    }

    @Test
    void textDrawsSomethingAndEveryPixelIsOpaque() {
        DisplayList list = new DisplayList(List.of(new DrawText(2, 20, "Hello", TextStyle.DEFAULT, 0xFF000000, true)));
        int[] out = new int[64 * 32];
        raster.raster(list, 0, 0, 64, 32, out, Map.of());
        long dark = java.util.Arrays.stream(out).filter(p -> (p & 0xFF) < 128).count();
        assertNotEquals(0, dark);
        for (int p : out) assertEquals(0xFF, p >>> 24);
    }

    @Test
    void imagesAreScaledAndMissingOnesGreyed() {
        BufferedImage red = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 2; y++) for (int x = 0; x < 2; x++) red.setRGB(x, y, 0xFFFF0000);
        DisplayList list = new DisplayList(List.of(
                new DrawImage(new Rect(0, 0, 10, 10), "a.png", "A"),
                new DrawImage(new Rect(10, 0, 10, 10), "missing.png", "")));
        int[] out = new int[20 * 10];
        raster.raster(list, 0, 0, 20, 10, out, Map.of("a.png", red));
        assertEquals(0xFFFF0000, out[5 * 20 + 5]);
        assertEquals(0xFFE0E0E0, out[5 * 20 + 15]);
    }
}
