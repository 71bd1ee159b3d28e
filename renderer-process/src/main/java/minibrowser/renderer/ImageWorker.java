package minibrowser.renderer;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import minibrowser.common.NamedThreads;
import minibrowser.renderer.engine.ImageDecoder;

/**
 * The worker thread, {@code renderer-worker}: work off the main thread. It asks
 * the browser for an image's bytes, decodes them (refusing images of more than
 * {@link #MAX_PIXELS} pixels) and posts the decoded image to the compositor.
 */
final class ImageWorker {
    static final long MAX_PIXELS = 16_000_000;

    private final ExecutorService queue = NamedThreads.taskQueue("renderer-worker");
    private final BrowserLink browser;
    private Compositor compositor;

    ImageWorker(BrowserLink browser) {
        this.browser = browser;
    }

    void deliverTo(Compositor compositor) {
        this.compositor = compositor;
    }

    void loadImage(int tab, String url) {
        queue.execute(() -> {
            Optional<BufferedImage> image = browser.fetch(tab, url).flatMap(bytes -> ImageDecoder.decode(bytes, MAX_PIXELS));
            image.ifPresent(decoded -> compositor.imageDecoded(url, decoded));
        });
    }

    void shutdown() {
        queue.shutdownNow();
    }
}
