package minibrowser.plugin.plugins;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

/**
 * Where a plugin draws: a Java2D image in memory, antialiased, copied into the
 * plugin's surface when the drawing is done.
 */
final class PluginCanvas {

    private PluginCanvas() {
    }

    /**
     * Runs {@code drawing} on a {@code width} x {@code height} image and copies the
     * result into {@code argb} as opaque 0xFFRRGGBB pixels.
     *
     * @throws IllegalArgumentException if {@code argb} holds fewer than width*height pixels
     */
    static void draw(int[] argb, int width, int height, Consumer<Graphics2D> drawing) {
        if (width <= 0 || height <= 0) {
            return;
        }
        if ((long) width * height > argb.length) {
            throw new IllegalArgumentException("surface of " + argb.length + " pixels is smaller than "
                    + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        image.getRGB(0, 0, width, height, argb, 0, width);
    }
}
