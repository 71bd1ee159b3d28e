package minibrowser.renderer.engine;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.attributes.ViewBox;
import com.github.weisj.jsvg.geometry.size.FloatSize;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.ResourcePolicy;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * SVG images ({@code <img src="logo.svg">}): the document is parsed and drawn once into
 * pixels, which the engine then treats like any other decoded image. Pages often show a
 * small SVG large (Doxygen draws its 104 x 31 logo 634 px wide), so it is drawn at up to
 * {@link #MAX_SCALE} times its natural size (at most {@link #MAX_RASTER_PIXELS} pixels),
 * and the natural size travels with the pixels ({@link ImageDecoder#naturalSize}).
 * As in Chromium, an SVG used as an image is a picture, not a document: it loads
 * nothing (no external images, fonts or stylesheets: {@link ResourcePolicy#DENY_ALL}) and
 * runs no script. The drawing is JSVG's (a small SVG-to-Java2D library).
 */
final class SvgImages {

    /** How far into the bytes the {@code <svg} tag may start (after an XML declaration, comments, a doctype). */
    private static final int SNIFF_BYTES = 1024;
    /** Nesting, {@code <use>} depth and path count limits: a hostile SVG stays a small job. */
    private static final DocumentLimits LIMITS = new DocumentLimits(64, 16, 20_000);
    /** At most this many times the natural size in each direction. */
    private static final double MAX_SCALE = 8;
    /** The drawn image's pixel count is kept under this (8 MB of ARGB). */
    private static final long MAX_RASTER_PIXELS = 2_000_000;

    /**
     * JSVG reports a broken SVG on java.util.logging, which prints a stack trace to the
     * renderer's stderr; a broken image is the page's business, so it stays quiet. Held
     * in a field: the logging framework keeps loggers only weakly.
     */
    private static final java.util.logging.Logger JSVG_LOG = quiet(java.util.logging.Logger.getLogger("com.github.weisj.jsvg"));

    private SvgImages() {}

    private static java.util.logging.Logger quiet(java.util.logging.Logger log) {
        log.setLevel(java.util.logging.Level.OFF);
        return log;
    }

    /** Whether {@code bytes} start like an SVG document (an {@code <svg} tag near the start, no binary). */
    static boolean looksLikeSvg(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        String trimmed = head.stripLeading();
        return (trimmed.startsWith("<?xml") || trimmed.startsWith("<svg") || trimmed.startsWith("<!"))
                && head.contains("<svg");
    }

    /**
     * The SVG drawn into pixels, larger than its natural size (its {@code width} and
     * {@code height}, else its view box) where the limits allow; empty if it does not
     * parse, has no size, or its natural size has more than {@code maxPixels} pixels.
     * Never throws.
     */
    static Optional<BufferedImage> decode(byte[] bytes, long maxPixels) {
        try {
            LoaderContext context = LoaderContext.builder()
                    .externalResourcePolicy(ResourcePolicy.DENY_ALL)
                    .documentLimits(LIMITS)
                    .build();
            SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(bytes), null, context);
            if (document == null) return Optional.empty();
            FloatSize size = document.size();
            int width = (int) Math.ceil(size.width);
            int height = (int) Math.ceil(size.height);
            if (width <= 0 || height <= 0 || (long) width * height > maxPixels) return Optional.empty();
            double scale = Math.max(1, Math.min(MAX_SCALE, Math.sqrt((double) MAX_RASTER_PIXELS / ((long) width * height))));
            int drawnWidth = (int) Math.round(width * scale);
            int drawnHeight = (int) Math.round(height * scale);
            BufferedImage image = ImageDecoder.withNaturalSize(
                    new BufferedImage(drawnWidth, drawnHeight, BufferedImage.TYPE_INT_ARGB), width, height);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.scale((double) drawnWidth / width, (double) drawnHeight / height);
                document.render((java.awt.Component) null, g, new ViewBox(width, height));
            } finally {
                g.dispose();
            }
            return Optional.of(image);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
