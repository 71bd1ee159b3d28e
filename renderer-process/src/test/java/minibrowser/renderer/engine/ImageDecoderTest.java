package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x123456);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void decodesWithinTheBudget() throws IOException {
        BufferedImage image = ImageDecoder.decode(png(4, 3), 100).orElseThrow();
        assertEquals(4, image.getWidth());
        assertEquals(4, ImageDecoder.naturalSize(image)[0], "a bitmap's natural size is its pixel size");
        assertEquals(0x123456, image.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void refusesImagesOverTheBudgetAndGarbage() throws IOException {
        assertTrue(ImageDecoder.decode(png(20, 20), 399).isEmpty());
        assertTrue(ImageDecoder.decode(new byte[]{1, 2, 3, 4, 5}, 1000).isEmpty());
        assertTrue(ImageDecoder.decode(new byte[0], 1000).isEmpty());
        assertTrue(ImageDecoder.decode(null, 1000).isEmpty());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void drawsSvgAtItsNaturalSize() {
        byte[] svg = utf8("<?xml version='1.0'?>\n<!-- a logo -->\n<svg xmlns='http://www.w3.org/2000/svg' width='40' height='20'>"
                + "<rect x='0' y='0' width='20' height='20' fill='#ff0000'/></svg>");
        BufferedImage image = ImageDecoder.decode(svg, 10_000).orElseThrow();
        assertEquals(40, ImageDecoder.naturalSize(image)[0]);
        assertEquals(20, ImageDecoder.naturalSize(image)[1]);
        assertEquals(8 * 40, image.getWidth(), "drawn at 8 times its size, to stay sharp when a page shows it larger");
        int scale = image.getWidth() / 40;
        assertEquals(0xFFFF0000, image.getRGB(5 * scale, 10 * scale), "the rectangle is drawn");
        assertEquals(0, image.getRGB(35 * scale, 10 * scale) >>> 24, "outside it the image is transparent");
        // No width and height: the view box gives the size.
        image = ImageDecoder.decode(utf8("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 30 10'/>"), 10_000).orElseThrow();
        assertEquals(30, ImageDecoder.naturalSize(image)[0]);
        assertEquals(10, ImageDecoder.naturalSize(image)[1]);
    }

    @Test
    void refusesSvgOverTheBudgetBrokenSvgAndExternalResources() {
        assertTrue(ImageDecoder.decode(utf8("<svg xmlns='http://www.w3.org/2000/svg' width='100000' height='100000'/>"), 10_000).isEmpty());
        assertTrue(ImageDecoder.decode(utf8("<svg xmlns='http://www.w3.org/2000/svg' width='10'"), 10_000).isEmpty());
        // An image inside the SVG pointing elsewhere is not fetched; the SVG still draws.
        byte[] svg = utf8("<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'>"
                + "<image xlink:href='file:///etc/passwd' width='10' height='10'/></svg>");
        assertTrue(ImageDecoder.decode(svg, 10_000).isPresent());
    }
}
