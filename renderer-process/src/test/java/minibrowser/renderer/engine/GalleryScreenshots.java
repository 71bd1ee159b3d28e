package minibrowser.renderer.engine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import minibrowser.renderer.engine.animation.CompositedLayer;
import minibrowser.renderer.engine.animation.Transform;
import minibrowser.renderer.engine.raster.PixelRaster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a screenshot of every gallery page to {@code docs/gallery/NAME.png} (800 px
 * wide, the page's height up to 1600 px) with the real pixel device and rasterizer, and
 * {@code docs/gallery/README.md} listing them. Runs only when asked:
 * {@code mvn -pl renderer-process test -Dtest=GalleryScreenshots -Dgallery.screenshots=true}.
 */
class GalleryScreenshots {

    private static final int WIDTH = 800;
    private static final int MAX_HEIGHT = 1600;

    @Test
    @EnabledIfSystemProperty(named = "gallery.screenshots", matches = "true")
    void writeScreenshots() throws IOException, URISyntaxException {
        Path gallery = Paths.get(GalleryScreenshots.class.getResource("/gallery").toURI());
        Path out = Paths.get("..", "docs", "gallery");
        Files.createDirectories(out);
        List<Path> pages;
        try (Stream<Path> files = Files.list(gallery)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Engine engine = new Engine(Device.pixels());
        StringBuilder readme = new StringBuilder("# Gallery\n\n")
                .append("Screenshots of the engine's test pages (`renderer-process/src/test/resources/gallery`),\n")
                .append("rendered at 800 px wide with the bundled fonts. Each page's expected layout tree is the\n")
                .append("`NAME.layout.txt` beside it, checked by `GalleryTest`. Regenerate these pictures with\n\n")
                .append("    mvn -pl renderer-process test -Dtest=GalleryScreenshots -Dgallery.screenshots=true\n\n")
                .append("Pages with JavaScript, each checked after its scripts ran and after a click, are in\n")
                .append("[scripts/](scripts/README.md).\n\n")
                .append("| page | title | screenshot |\n| --- | --- | --- |\n");
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            Page rendered = GalleryImages.render(engine, page, WIDTH, 600);
            Page firstPass = engine.render(Files.readAllBytes(page), GalleryTest.contentType(page),
                    GalleryImages.BASE + page.getFileName(), WIDTH, 600, ResourceLoader.none(), Map.of());
            Map<String, BufferedImage> images = new GalleryImages(firstPass, gallery).decoded();
            int height = Math.min(MAX_HEIGHT, rendered.contentHeight());
            int[] pixels = new int[WIDTH * height];
            new PixelRaster().raster(rendered.displayList(), 0, 0, WIDTH, height, pixels, images);
            for (CompositedLayer layer : rendered.layers()) drawLayer(layer, pixels, height, images);
            BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, WIDTH, height, pixels, 0, WIDTH);
            ImageIO.write(image, "png", out.resolve(name + ".png").toFile());
            readme.append("| `").append(name).append(".html` | ").append(rendered.title().replace("|", "\\|"))
                    .append(" | [").append(name).append(".png](").append(name).append(".png) |\n");
        }
        Files.writeString(out.resolve("README.md"), readme, StandardCharsets.UTF_8);
    }

    /**
     * A compositor layer at its first frame (the render's time), as the compositor draws it:
     * rastered over transparent pixels, moved by its translation and blended at its opacity
     * (scale is left out here).
     */
    private static void drawLayer(CompositedLayer layer, int[] pixels, int height, Map<String, BufferedImage> images) {
        long now = System.nanoTime();
        Transform t = layer.transformAt(now);
        double opacity = layer.opacityAt(now);
        Rect b = layer.bounds();
        if (b.width() <= 0 || b.height() <= 0) return;
        int[] own = new int[b.width() * b.height()];
        new PixelRaster().raster(layer.displayList(), b.x(), b.y(), b.width(), b.height(), own, images, 0);
        for (int y = 0; y < b.height(); y++) {
            int py = b.y() + y + (int) Math.round(t.ty());
            if (py < 0 || py >= height) continue;
            for (int x = 0; x < b.width(); x++) {
                int px = b.x() + x + (int) Math.round(t.tx());
                int top = own[y * b.width() + x];
                int alpha = (int) Math.round((top >>> 24) * opacity);
                if (px < 0 || px >= WIDTH || alpha == 0) continue;
                int bottom = pixels[py * WIDTH + px];
                pixels[py * WIDTH + px] = 0xFF000000 | (mix(top >> 16, bottom >> 16, alpha) << 16)
                        | (mix(top >> 8, bottom >> 8, alpha) << 8) | mix(top, bottom, alpha);
            }
        }
    }

    private static int mix(int top, int bottom, int alpha) {
        return ((top & 255) * alpha + (bottom & 255) * (255 - alpha) + 127) / 255;
    }
}
