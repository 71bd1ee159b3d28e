package minibrowser.gpu.compositor;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Composes a page of pixels with its plugin surfaces, for screenshots: each
 * surface is scaled into its rectangle over the page (shrinking averages pixels,
 * like {@link HalfBlockPainter} does for cells), or, when it has no pixels, a grey
 * box with its placeholder text is drawn there.
 *
 * <p>Pure: each call draws a new image from its arguments and keeps nothing.
 */
public final class PixelCompositor {

    private static final Color PLACEHOLDER_BACKGROUND = new Color(UiColors.PLACEHOLDER_BACKGROUND);
    private static final Color PLACEHOLDER_BORDER = new Color(UiColors.OVERLAY_BORDER);
    private static final Color PLACEHOLDER_TEXT = new Color(UiColors.PLACEHOLDER_TEXT);
    private static final int PLACEHOLDER_FONT_SIZE = 14;

    /**
     * Composes one image.
     *
     * @param pageArgb the page's pixels, row-major, 0xAARRGGBB (alpha ignored); null, or
     *     fewer than width*height, gives a white page
     * @param width the page's width in pixels
     * @param height the page's height in pixels
     * @param surfaces the plugin surfaces on the page, drawn in order
     * @return a new image of {@code width} x {@code height}, {@link BufferedImage#TYPE_INT_RGB}
     * @throws IllegalArgumentException if {@code width} or {@code height} is not positive
     */
    public BufferedImage compose(int[] pageArgb, int width, int height, List<PlacedPixelSurface> surfaces) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        if (pageArgb != null && (long) width * height <= pageArgb.length) {
            image.setRGB(0, 0, width, height, pageArgb, 0, width);
        } else {
            fill(image, UiColors.PAGE_BACKGROUND);
        }
        for (PlacedPixelSurface surface : surfaces) {
            if (surface.rect().isEmpty()) {
                continue;
            }
            if (surface.hasPixels()) {
                drawPixels(image, surface);
            } else {
                drawPlaceholder(image, surface.rect(), surface.placeholderTextOrNull());
            }
        }
        return image;
    }

    /** The image encoded as PNG. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to memory failed", impossible);
        }
        return bytes.toByteArray();
    }

    /** Only the part of the rectangle inside the image is computed. */
    private static void drawPixels(BufferedImage image, PlacedPixelSurface surface) {
        PixelRect rect = surface.rect();
        ScaledSurface scaled = new ScaledSurface(surface.argb(), surface.width(), surface.height(),
                rect.width(), rect.height());
        long left = Math.max(0, rect.x());
        long top = Math.max(0, rect.y());
        long right = Math.min(image.getWidth(), (long) rect.x() + rect.width());
        long bottom = Math.min(image.getHeight(), (long) rect.y() + rect.height());
        for (int y = (int) top; y < bottom; y++) {
            for (int x = (int) left; x < right; x++) {
                image.setRGB(x, y, scaled.pixel(x - rect.x(), y - rect.y()));
            }
        }
    }

    private static void drawPlaceholder(BufferedImage image, PixelRect rect, String textOrNull) {
        Graphics2D g = image.createGraphics();
        try {
            g.setClip(rect.x(), rect.y(), rect.width(), rect.height());
            g.setColor(PLACEHOLDER_BACKGROUND);
            g.fillRect(rect.x(), rect.y(), rect.width(), rect.height());
            g.setColor(PLACEHOLDER_BORDER);
            g.drawRect(rect.x(), rect.y(), rect.width() - 1, rect.height() - 1);
            if (textOrNull == null || textOrNull.isEmpty()) {
                return;
            }
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, PLACEHOLDER_FONT_SIZE));
            g.setColor(PLACEHOLDER_TEXT);
            FontMetrics metrics = g.getFontMetrics();
            int x = rect.x() + (rect.width() - metrics.stringWidth(textOrNull)) / 2;
            int y = rect.y() + (rect.height() - metrics.getHeight()) / 2 + metrics.getAscent();
            g.drawString(textOrNull, Math.max(rect.x() + 2, x), y);
        } finally {
            g.dispose();
        }
    }

    private static void fill(BufferedImage image, int rgb) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(rgb));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }
}
