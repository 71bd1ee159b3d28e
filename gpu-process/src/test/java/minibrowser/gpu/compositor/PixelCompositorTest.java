package minibrowser.gpu.compositor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PixelCompositorTest {

    private final PixelCompositor compositor = new PixelCompositor();

    private static int[] solid(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return pixels;
    }

    @Test
    void pageIsCopied() {
        BufferedImage image = compositor.compose(solid(10, 5, 0xFF112233), 10, 5, List.of());

        assertEquals(10, image.getWidth());
        assertEquals(5, image.getHeight());
        assertEquals(0x112233, image.getRGB(9, 4) & 0xFFFFFF);
    }

    @Test
    void surfaceIsScaledIntoItsRect() {
        PlacedPixelSurface surface = new PlacedPixelSurface(new PixelRect(2, 1, 4, 2), solid(2, 1, 0xFFFF0000), 2, 1, null);

        BufferedImage image = compositor.compose(solid(10, 5, 0xFFFFFFFF), 10, 5, List.of(surface));

        assertEquals(0xFF0000, image.getRGB(2, 1) & 0xFFFFFF);
        assertEquals(0xFF0000, image.getRGB(5, 2) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(6, 2) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(2, 3) & 0xFFFFFF);
    }

    @Test
    void surfaceWithoutPixelsIsAGreyBoxWithText() {
        PlacedPixelSurface crashed = new PlacedPixelSurface(0, 0, 120, 40, null, 0, 0, "plugin crashed");

        BufferedImage image = compositor.compose(solid(200, 100, 0xFFFFFFFF), 200, 100, List.of(crashed));

        assertEquals(UiColors.PLACEHOLDER_BACKGROUND, image.getRGB(3, 3) & 0xFFFFFF);
        boolean text = false;
        for (int x = 0; x < 120; x++) {
            text |= (image.getRGB(x, 20) & 0xFFFFFF) == UiColors.PLACEHOLDER_TEXT;
        }
        assertEquals(true, text, "placeholder text drawn across the middle");
        assertEquals(0xFFFFFF, image.getRGB(150, 50) & 0xFFFFFF);
    }

    @Test
    void pageWithTooFewPixelsIsWhite() {
        BufferedImage image = compositor.compose(new int[3], 4, 4, List.of());

        assertEquals(0xFFFFFF, image.getRGB(3, 3) & 0xFFFFFF);
    }

    @Test
    void emptyPageSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> compositor.compose(null, 0, 4, List.of()));
    }

    @Test
    void pngRoundTrips() throws Exception {
        BufferedImage image = compositor.compose(solid(3, 2, 0xFF00FF00), 3, 2, List.of());

        byte[] png = PixelCompositor.png(image);

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(0x00FF00, decoded.getRGB(2, 1) & 0xFFFFFF);
        assertNotEquals(0, png.length);
    }
}
