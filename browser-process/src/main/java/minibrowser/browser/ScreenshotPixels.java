package minibrowser.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;

/**
 * What a screenshot shows, judged by its pixels: whether a page's text is drawn, whether
 * the chart plugin's bars are. {@code chaos} waits on these to time a recovery, and the
 * integration tests check screenshots with them.
 */
public final class ScreenshotPixels {
    private ScreenshotPixels() {}

    /** Text is drawn: some pixels are nearly black (the test and chaos pages are black on white). */
    public static boolean hasText(Path png) {
        return count(png, rgb -> brightness(rgb) < 60) > 20;
    }

    /** The chart plugin draws saturated bars: many strongly coloured pixels. */
    public static boolean hasChartBars(Path png) {
        return count(png, ScreenshotPixels::saturated) > 200;
    }

    /** How many pixels of the PNG pass {@code test}; 0 when it cannot be read (yet). */
    public static int count(Path png, IntPredicate test) {
        try {
            BufferedImage image = ImageIO.read(png.toFile());
            return image == null ? 0 : count(image, test);
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** How many pixels of {@code image} pass {@code test}. */
    public static int count(BufferedImage image, IntPredicate test) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) n++;
            }
        }
        return n;
    }

    /** The mean of red, green and blue, 0..255. */
    public static int brightness(int rgb) {
        return (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3;
    }

    /** Strongly coloured: its brightest and darkest channel lie far apart. */
    public static boolean saturated(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 90;
    }
}
