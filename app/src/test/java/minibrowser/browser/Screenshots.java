package minibrowser.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** What a person would check in a screenshot, as pixel tests. */
final class Screenshots {
    private Screenshots() {}

    static BufferedImage read(Path png) {
        try {
            return ImageIO.read(png.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text is drawn: some pixels are nearly black. */
    static boolean hasDarkPixels(Path png) {
        return ScreenshotPixels.hasText(png);
    }

    /** The chart plugin draws saturated bars: many strongly coloured pixels. */
    static boolean hasChartBars(Path png) {
        return ScreenshotPixels.hasChartBars(png);
    }

    /** A placeholder is a mid-grey box. */
    static boolean hasPlaceholderGrey(Path png) {
        return ScreenshotPixels.count(read(png), rgb -> {
            int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
            return Math.abs(r - g) < 8 && Math.abs(g - b) < 8 && r > 120 && r < 235;
        }) > 500;
    }

    static int count(BufferedImage image, java.util.function.IntPredicate test) {
        return ScreenshotPixels.count(image, test);
    }

}
