package minibrowser.renderer.engine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes image bytes (PNG, JPEG, GIF, BMP: whatever ImageIO reads; SVG through
 * {@link SvgImages}) into pixels,
 * refusing images larger than a pixel budget before decoding them: the size is read
 * from the header first, so a tiny file claiming to be 100000 x 100000 costs nothing.
 * Runs on the renderer's worker thread; works on bytes in memory only.
 */
public final class ImageDecoder {

    /** The image property holding a natural size other than the pixel size ("W,H"). */
    private static final String NATURAL_SIZE = "minibrowser.natural-size";

    private ImageDecoder() {}

    /**
     * The size the page lays the image out at when it gives none: its pixel size, unless
     * the decoder drew it at another resolution (an SVG is drawn larger to stay sharp).
     * {width, height}.
     */
    public static int[] naturalSize(BufferedImage image) {
        if (image.getProperty(NATURAL_SIZE) instanceof String size) {
            String[] parts = size.split(",");
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
        return new int[] {image.getWidth(), image.getHeight()};
    }

    /** {@code image} with the same pixels and the natural size {@code width} x {@code height}. */
    static BufferedImage withNaturalSize(BufferedImage image, int width, int height) {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(NATURAL_SIZE, width + "," + height);
        return new BufferedImage(image.getColorModel(), image.getRaster(), image.isAlphaPremultiplied(), properties);
    }

    /**
     * The decoded image, or empty if the bytes are not an image ImageIO or JSVG can read, or it
     * has more than {@code maxPixels} pixels. Never throws.
     */
    public static Optional<BufferedImage> decode(byte[] bytes, long maxPixels) {
        if (bytes == null || bytes.length == 0) return Optional.empty();
        if (SvgImages.looksLikeSvg(bytes)) return SvgImages.decode(bytes, maxPixels);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) return Optional.empty();
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > maxPixels) return Optional.empty();
                return Optional.ofNullable(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
