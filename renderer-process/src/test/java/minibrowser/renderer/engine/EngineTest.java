package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import minibrowser.renderer.engine.paint.DrawText;
import minibrowser.renderer.engine.paint.FillRect;
import org.junit.jupiter.api.Test;

class EngineTest {

    private final Engine engine = new Engine(new TestDevice());

    private Page render(String html) {
        return engine.render(html, "http://example.com/dir/page.html", 800, 600, ResourceLoader.none());
    }

    @Test
    void titleIsTheTitleElementText() {
        assertEquals("My  page", render("<title> My &nbsp;page </title><p>x").title().replace('\u00a0', ' '));
    }

    @Test
    void paragraphTextIsLaidOutInsideTheBodyMargin() {
        Page page = render("<!DOCTYPE html><p>Hello world</p>");
        assertTrue(page.layoutTreeText().contains("text \"Hello world\" (8,16 88x20)"), page.layoutTreeText());
        assertTrue(page.displayList().toString().contains("text (8,32) \"Hello world\" 16px #000000"), page.displayList().toString());
    }

    @Test
    void linksAreBlueUnderlinedAndClickable() {
        Page page = render("<!DOCTYPE html><p>Go <a href='next.html'>there</a> now</p>");
        assertEquals(List.of(new LinkArea(new Rect(32, 16, 40, 20), "http://example.com/dir/next.html")), page.links());
        assertTrue(page.displayList().toString().contains("\"there\" 16px #0000ee underline"));
        assertEquals("http://example.com/dir/next.html", page.linkAt(40, 20).orElseThrow().href());
        assertTrue(page.linkAt(5, 5).isEmpty());
    }

    @Test
    void embedsReserveTheirBoxAndReportTheirAttributes() {
        Page page = render("<embed type='application/x-clock' src='clock.bin' width=120 height=60 speed=2>");
        assertEquals(1, page.embeds().size());
        EmbedArea embed = page.embeds().get(0);
        assertEquals(new Rect(8, 8, 120, 60), embed.rect());
        assertEquals("application/x-clock", embed.mimeType());
        assertEquals("http://example.com/dir/clock.bin", embed.src());
        assertEquals("2", embed.attributes().get("speed"));
        assertTrue(page.displayList().toString().contains("embed (8,8 120x60)"));
    }

    @Test
    void imagesAreListedOnceAndDrawnAtTheirAttributeSize() {
        Page page = render("<img src=a.png width=30 height=20 alt=A><img src=a.png><img src=b.png>");
        assertEquals(List.of("http://example.com/dir/a.png", "http://example.com/dir/b.png"), page.imageUrls());
        assertTrue(page.displayList().toString().contains("image (8,88 30x20) \"http://example.com/dir/a.png\" alt=\"A\""),
                page.displayList().toString());
    }

    @Test
    void scriptStyleAndHeadAreNotDisplayed() {
        Page page = render("<head><style>p{color:red}</style><script>var x = 'secret';</script></head><body><p>shown");
        String list = page.displayList().toString();
        assertFalse(list.contains("secret"));
        assertFalse(list.contains("color:red"));
        assertTrue(list.contains("\"shown\" 16px #ff0000"), list);
    }

    @Test
    void bodyBackgroundPaintsTheWholeCanvas() {
        Page page = render("<body style='background-color: #123456'><p>x");
        assertTrue(page.displayList().items().contains(new FillRect(new Rect(0, 0, 800, 600), 0xFF123456)));
    }

    @Test
    void linkedStyleSheetsComeThroughTheLoader() {
        ResourceLoader loader = url -> url.equals("http://example.com/s.css")
                ? Optional.of("p { color: lime } @import 'more.css';".getBytes(StandardCharsets.UTF_8))
                : url.equals("http://example.com/more.css")
                ? Optional.of("em { color: rgb(1, 2, 3) }".getBytes(StandardCharsets.UTF_8)) : Optional.empty();
        Page page = engine.render("<link rel=stylesheet href=/s.css><p>a <em>b</em>", "http://example.com/", 800, 600, loader);
        String list = page.displayList().toString();
        assertTrue(list.contains("\"a \" 16px #00ff00"), list);
        assertTrue(list.contains("\"b\" 16px italic #010203"), list);
    }

    @Test
    void theSheetUrlsFetchedRoundByRoundAreTheOnesRenderAsksFor() {
        Map<String, String> web = Map.of(
                "http://example.com/a.css", "@import 'deep.css'; p { color: lime }",
                "http://example.com/deep.css", "@import url(deeper.css); em { color: red }",
                "http://example.com/deeper.css", "em { color: rgb(1, 2, 3) }",
                "http://example.com/b.css", "p { margin: 3px }",
                "http://example.com/wide.css", "p { margin: 9px }");
        String html = "<style>@import 'b.css';</style><link rel=stylesheet href=a.css>"
                + "<link rel=stylesheet href=wide.css media='(min-width: 1000px)'>"
                + "<link rel=stylesheet href=missing.css><p>a <em>b</em>";
        java.util.Set<String> asked = new java.util.LinkedHashSet<>();
        ResourceLoader fetchingAsItGoes = url -> {
            asked.add(url);
            return Optional.ofNullable(web.get(url)).map(css -> css.getBytes(StandardCharsets.UTF_8));
        };
        Page expected = engine.render(html, "http://example.com/", 800, 600, fetchingAsItGoes);

        Map<String, Optional<byte[]>> fetched = new java.util.HashMap<>();
        ResourceLoader fromFetched = url -> fetched.getOrDefault(url, Optional.empty());
        int rounds = 0;
        List<String> missing;
        do {
            missing = engine.styleSheetUrls(html, "http://example.com/", 800, 600, fromFetched).stream()
                    .filter(url -> !fetched.containsKey(url)).toList();
            for (String url : missing) {
                fetched.put(url, Optional.ofNullable(web.get(url)).map(css -> css.getBytes(StandardCharsets.UTF_8)));
            }
            rounds++;
        } while (!missing.isEmpty());

        assertEquals(List.copyOf(asked), engine.styleSheetUrls(html, "http://example.com/", 800, 600, fromFetched));
        assertEquals(4, rounds); // the document's sheets, their imports, the imports' imports, then none
        assertFalse(fetched.containsKey("http://example.com/wide.css"), "its media does not apply at 800 px");
        Page fromRounds = engine.render(html, "http://example.com/", 800, 600, fromFetched);
        assertEquals(expected.displayList().toString(), fromRounds.displayList().toString());
        assertEquals(expected.layoutTreeText(), fromRounds.layoutTreeText());
    }

    @Test
    void aFailingLoaderDoesNotFailTheRender() {
        ResourceLoader loader = url -> { throw new IllegalStateException("network down"); };
        Page page = engine.render("<link rel=stylesheet href=s.css><p>text", "http://example.com/", 800, 600, loader);
        assertTrue(page.displayList().items().stream().anyMatch(i -> i instanceof DrawText));
    }

    @Test
    void knownImageSizesAreUsed() {
        Page page = engine.render("<img src=a.png>", "http://example.com/", 800, 600, ResourceLoader.none(),
                Map.of("http://example.com/a.png", new int[]{64, 32}));
        assertTrue(page.layoutTreeText().contains("image \"http://example.com/a.png\" (8,8 64x32)"), page.layoutTreeText());
    }

    @Test
    void formControlsShowTheirValues() {
        String list = render("<input value=hello> <select><option>one<option selected>two</select> <input type=checkbox checked>")
                .displayList().toString();
        // Each control is a bordered box holding its value.
        assertTrue(list.contains("\"hello\""), list);
        assertTrue(list.contains("\"two ▾\""), list);
        assertTrue(list.contains("\"✓\""), list);
        assertEquals(3, list.lines().filter(l -> l.startsWith("border ")).count(), list);
    }

    @Test
    void screenReaderOnlyTextIsNotShown() {
        String html = "<style>.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden }</style>"
                + "<a class=sr-only href=#main>Skip to content</a><p style='position:absolute; left:-9999px'>away</p><p>shown";
        String list = render(html).displayList().toString();
        assertFalse(list.contains("Skip"), list);
        assertFalse(list.contains("away"), list);
        assertTrue(list.contains("shown"), list);
    }

    @Test
    void contentHeightIsAtLeastTheViewport() {
        assertEquals(600, render("<p>short").contentHeight());
        assertTrue(render("<div style='height: 2000px'>tall</div>").contentHeight() >= 2016);
    }
}
