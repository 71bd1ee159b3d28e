package minibrowser.renderer;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import minibrowser.renderer.engine.EngineLimits;
import minibrowser.renderer.engine.FrameArea;
import minibrowser.renderer.engine.ImageDecoder;

/**
 * The worker thread, {@code renderer-images}: work off the main thread. It asks
 * the browser for an image's bytes (without waiting: a page's images are fetched all
 * at once), decodes them on this thread when they come (refusing images of more than
 * {@link EngineLimits#MAX_IMAGE_PIXELS} pixels) and posts the decoded image (or null: the image is broken)
 * to the tab's main thread, which lays the page out again with the image's natural size
 * once all of a page's images are in and hands the images on to the compositor.
 */
final class ImageWorker {

    /** renderer-images's task queue; shared by every tab this renderer draws (see {@link RenderViews}). */
    private final ExecutorService queue;
    private final BrowserLink browser;
    private Listener listener;
    private final FramePictures frames;

    /** Who receives each image; called on renderer-images, so it only posts. */
    interface Listener {
        /** An image of navigation {@code navigationId} is done: decoded, or null when it could not be fetched or decoded. */
        void imageDone(long navigationId, String url, BufferedImage image);
    }

    /** One tab's image loads, run on {@code queue}, the renderer's one renderer-images. */
    ImageWorker(ExecutorService queue, BrowserLink browser) {
        this.queue = queue;
        this.browser = browser;
        this.frames = new FramePictures(queue, browser);
    }

    void deliverTo(Listener listener) {
        this.listener = listener;
    }

    /**
     * Fetches an iframe's document of navigation {@code navigationId} and draws it, at the
     * frame's size, into a picture that comes back as an image does (null: it could not be
     * fetched or drawn); called on main, returns at once.
     */
    void loadFrame(int tab, long navigationId, FrameArea frame) {
        frames.draw(tab, frame).whenComplete((picture, failed) ->
                listener.imageDone(navigationId, frame.src(), failed == null ? picture : null));
    }

    /** Fetches and decodes an image of navigation {@code navigationId}; called on main, returns at once. */
    void loadImage(int tab, long navigationId, String url) {
        browser.fetch(tab, url).thenAcceptAsync(bytes -> {
            Optional<BufferedImage> image = bytes.flatMap(b -> ImageDecoder.decode(b, EngineLimits.MAX_IMAGE_PIXELS));
            listener.imageDone(navigationId, url, image.orElse(null));
        }, queue);
    }
}
