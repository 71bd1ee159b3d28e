package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The gallery: each {@code src/test/resources/gallery/NAME.html} is rendered from its bytes at 800 x 600
 * with {@link TestDevice} metrics and its layout tree compared with {@code NAME.layout.txt}
 * beside it. Images are those in the gallery directory; any other image is broken
 * ({@link GalleryImages}). After an intended layout change, regenerate the expected files with
 * {@code mvn -pl renderer-process test -Dtest=GalleryTest -Dgallery.update=true} and
 * read the diff before committing it.
 */
class GalleryTest {

    private static final Path SOURCE_GALLERY = Paths.get("src/test/resources/gallery");

    @TestFactory
    Stream<DynamicTest> everyGalleryPageLaysOutAsExpected() throws IOException, URISyntaxException {
        Path gallery = Paths.get(GalleryTest.class.getResource("/gallery").toURI());
        List<Path> pages;
        try (Stream<Path> files = Files.list(gallery)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertFalse(pages.isEmpty(), "no gallery pages in " + gallery);
        boolean update = Boolean.getBoolean("gallery.update");
        Engine engine = new Engine(new TestDevice());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
            String actual = GalleryImages.render(engine, page, 800, 600).layoutTreeText();
            String name = page.getFileName().toString().replace(".html", ".layout.txt");
            if (update) {
                Files.writeString(SOURCE_GALLERY.resolve(name), actual, StandardCharsets.UTF_8);
                return;
            }
            Path expected = page.resolveSibling(name);
            assertEquals(read(expected), actual, "layout of " + page.getFileName()
                    + " changed; if intended, rerun with -Dgallery.update=true");
        }));
    }

    /**
     * The Content-Type a server would send: UTF-8, except for the {@code encoding-*} pages,
     * which test how the engine finds the encoding when the header does not say.
     */
    static String contentType(Path page) {
        return page.getFileName().toString().startsWith("encoding-") ? "text/html" : "text/html; charset=utf-8";
    }

    private static String read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
