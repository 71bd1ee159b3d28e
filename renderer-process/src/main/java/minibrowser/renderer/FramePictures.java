package minibrowser.renderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.DocumentEncoding;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.EngineLimits;
import minibrowser.renderer.engine.FrameArea;
import minibrowser.renderer.engine.ImageDecoder;
import minibrowser.renderer.engine.Page;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.raster.PixelRaster;
import org.jsoup.nodes.Document;

/**
 * An {@code <iframe>}'s document drawn as a picture of its first screen, on
 * renderer-images: fetched through the browser (which applies its rules to the URL, as
 * for any subresource), its style sheets fetched in rounds as main fetches a page's,
 * laid out at the frame's size by an engine of this thread's own, and rastered. Chromium
 * draws a same-site frame in its parent's renderer too, as a document that lives; here it
 * is a still picture: its scripts do not run, its images show their placeholders, and a
 * click inside it reaches nothing. A frame's own frames show their placeholders (one level).
 * A frame whose document is an image (PNG, JPEG, SVG...) shows the image at its natural size.
 */
final class FramePictures {
    /** How many rounds of {@code @import} are followed (as main does for a page). */
    private static final int MAX_SHEET_ROUNDS = 4;

    private final Executor queue;
    private final BrowserLink browser;
    /** Made the first time a page has a frame, and used on renderer-images only. */
    private Engine engine;

    FramePictures(Executor queue, BrowserLink browser) {
        this.queue = queue;
        this.browser = browser;
    }

    /** The picture of {@code frame}'s document at its size; null when it could not be fetched or is too large. */
    CompletableFuture<BufferedImage> draw(int tab, FrameArea frame) {
        int width = frame.rect().width();
        int height = frame.rect().height();
        if (width <= 0 || height <= 0 || (long) width * height > EngineLimits.MAX_FRAME_PIXELS) {
            return CompletableFuture.completedFuture(null);
        }
        return browser.fetch(tab, frame.src()).thenComposeAsync(bytes -> {
            if (bytes.isEmpty()) return CompletableFuture.completedFuture(null);
            Optional<BufferedImage> image = ImageDecoder.decode(bytes.get(), EngineLimits.MAX_IMAGE_PIXELS);
            if (image.isPresent()) return CompletableFuture.completedFuture(imageAlone(image.get(), width, height));
            Document document = engine().parse(DocumentEncoding.decode(bytes.get(), null), frame.src());
            return sheets(tab, document, width, height, new HashMap<>(), 0)
                    .thenApplyAsync(sheets -> picture(document, frame.src(), width, height, sheets), queue);
        }, queue);
    }

    /** The document's sheets, fetched until it asks for none it lacks (or {@link #MAX_SHEET_ROUNDS} rounds). */
    private CompletableFuture<Map<String, Optional<byte[]>>> sheets(int tab, Document document, int width, int height,
                                                                 Map<String, Optional<byte[]>> fetched, int round) {
        List<String> missing = new ArrayList<>();
        for (String url : engine().styleSheetUrls(document, width, height, loader(fetched))) {
            if (!fetched.containsKey(url)) missing.add(url);
        }
        if (missing.isEmpty() || round >= MAX_SHEET_ROUNDS) return CompletableFuture.completedFuture(fetched);
        List<CompletableFuture<Void>> arrivals = new ArrayList<>();
        for (String url : missing) {
            arrivals.add(browser.fetch(tab, url).exceptionally(failed -> Optional.empty())
                    .thenAcceptAsync(css -> fetched.put(url, css), queue));
        }
        return CompletableFuture.allOf(arrivals.toArray(CompletableFuture[]::new))
                .thenComposeAsync(done -> sheets(tab, document, width, height, fetched, round + 1), queue);
    }

    private BufferedImage picture(Document document, String url, int width, int height, Map<String, Optional<byte[]>> sheets) {
        Page page = engine().render(document, url, width, height, loader(sheets), Map.of());
        int[] argb = new int[width * height];
        new PixelRaster().raster(page.displayList(), 0, 0, width, height, argb, Map.of());
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        return picture;
    }

    /** A frame whose document is an image (Doxygen frames its SVG diagrams): the image at its natural size, top left, on white. */
    private static BufferedImage imageAlone(BufferedImage image, int width, int height) {
        int[] natural = ImageDecoder.naturalSize(image);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, natural[0], natural[1], null);
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static ResourceLoader loader(Map<String, Optional<byte[]>> fetched) {
        Map<String, Optional<byte[]>> copy = Map.copyOf(fetched);
        return url -> copy.getOrDefault(url, Optional.empty());
    }

    private Engine engine() {
        if (engine == null) engine = new Engine(Device.pixels());
        return engine;
    }
}
