package minibrowser.renderer.engine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images of a gallery page as a browser would find them when the gallery directory is
 * served over HTTP (as {@code scripts/compare-with-chromium.sh} does): an image whose file
 * is in the directory is decoded, any other is broken. Rendering a page is then done the
 * way the renderer does it: once with no image known, then again with the natural sizes
 * (and the broken images) of the URLs the first pass asked for.
 */
final class GalleryImages {

    /** The base URL gallery pages are rendered at. */
    static final String BASE = "http://gallery.test/";

    private final Map<String, int[]> sizes = new HashMap<>();
    private final Map<String, BufferedImage> decoded = new HashMap<>();

    /** Loads every image {@code firstPass} asks for from {@code directory}. */
    GalleryImages(Page firstPass, Path directory) throws IOException {
        for (String url : firstPass.imageUrls()) {
            Optional<BufferedImage> image = Optional.empty();
            if (url.startsWith(BASE)) {
                Path file = directory.resolve(url.substring(BASE.length()));
                if (file.normalize().startsWith(directory) && Files.isRegularFile(file)) {
                    image = ImageDecoder.decode(Files.readAllBytes(file), 16_000_000);
                }
            }
            if (image.isPresent()) {
                sizes.put(url, new int[] {image.get().getWidth(), image.get().getHeight()});
                decoded.put(url, image.get());
            } else {
                sizes.put(url, new int[] {0, 0});
            }
        }
    }

    /** Natural sizes by URL, {0, 0} for broken images: what {@link Engine#render} takes. */
    Map<String, int[]> naturalSizes() {
        return sizes;
    }

    /** The decoded images by URL: what the rasterizers take. */
    Map<String, BufferedImage> decoded() {
        return decoded;
    }

    /** Renders a gallery page in two passes, as the renderer does once its images are in. */
    static Page render(Engine engine, Path page, int width, int height) throws IOException {
        byte[] body = Files.readAllBytes(page);
        String url = BASE + page.getFileName();
        Page first = engine.render(body, GalleryTest.contentType(page), url, width, height, ResourceLoader.none(), Map.of());
        if (first.imageUrls().isEmpty()) return first;
        GalleryImages images = new GalleryImages(first, page.getParent());
        return engine.render(body, GalleryTest.contentType(page), url, width, height, ResourceLoader.none(), images.naturalSizes());
    }
}
