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
        assertEquals(0x123456, image.getRGB(0, 0) & 0xFFFFFF);
    }

    @Test
    void refusesImagesOverTheBudgetAndGarbage() throws IOException {
        assertTrue(ImageDecoder.decode(png(20, 20), 399).isEmpty());
        assertTrue(ImageDecoder.decode(new byte[]{1, 2, 3, 4, 5}, 1000).isEmpty());
        assertTrue(ImageDecoder.decode(new byte[0], 1000).isEmpty());
        assertTrue(ImageDecoder.decode(null, 1000).isEmpty());
    }
}
