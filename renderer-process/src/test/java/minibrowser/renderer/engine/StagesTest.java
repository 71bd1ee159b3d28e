package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.style.StyleSheet;
import minibrowser.renderer.engine.style.StyledElement;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The engine's stages one by one: run by hand in order they give the page
 * {@link Engine#render} gives, and each does its own part.
 */
class StagesTest {
    private static final String URL = "http://example.com/dir/page.html";
    private static final String PAGE = "<!DOCTYPE html><title>Stages</title><link rel=stylesheet href=s.css>"
            + "<style>h1 { color: red }</style><h1>One</h1><p>Go <a href=next.html>there</a>"
            + "<img src=a.png width=20 height=10><embed type=application/x-test src=e.bin width=30 height=30>";
    private static final ResourceLoader LOADER = url -> url.equals("http://example.com/dir/s.css")
            ? Optional.of("p { color: lime }".getBytes(StandardCharsets.UTF_8)) : Optional.empty();

    private final Stages stages = new Stages(new TestDevice());
    private final Stages.Viewport viewport = new Stages.Viewport(800, 600);

    @Test
    void theStagesInTurnGiveThePageEngineRenderGives() {
        Document document = stages.parse(PAGE, URL);
        List<StyleSheet> sheets = stages.styleSheets(document, viewport, LOADER);
        StyledElement styled = stages.style(document, sheets, viewport);
        Stages.Layout layout = stages.layout(styled, viewport, Map.of());
        DisplayList list = stages.paint(layout, viewport);
        Page byHand = stages.page(document, layout, list, stages.areas(layout));

        Page rendered = new Engine(new TestDevice()).render(PAGE, URL, 800, 600, LOADER);
        assertEquals(rendered.layoutTreeText(), byHand.layoutTreeText());
        assertEquals(rendered.displayList(), byHand.displayList());
        assertEquals(rendered.title(), byHand.title());
        assertEquals(rendered.contentHeight(), byHand.contentHeight());
        assertEquals(rendered.links(), byHand.links());
        assertEquals(rendered.embeds(), byHand.embeds());
        assertEquals(rendered.imageUrls(), byHand.imageUrls());
    }

    @Test
    void styleSheetsAreTheUserAgentsThenTheQuirksSheetThenTheAuthorsInDocumentOrder() {
        List<StyleSheet> standards = stages.styleSheets(stages.parse(PAGE, URL), viewport, LOADER);
        assertEquals(List.of(StyleSheet.Origin.USER_AGENT, StyleSheet.Origin.AUTHOR, StyleSheet.Origin.AUTHOR),
                standards.stream().map(StyleSheet::origin).toList(), "user agent, s.css, <style>");
        List<StyleSheet> quirks = stages.styleSheets(stages.parse(PAGE.replace("<!DOCTYPE html>", ""), URL), viewport, LOADER);
        assertEquals(List.of(StyleSheet.Origin.USER_AGENT, StyleSheet.Origin.USER_AGENT, StyleSheet.Origin.AUTHOR,
                StyleSheet.Origin.AUTHOR), quirks.stream().map(StyleSheet::origin).toList(), "the quirks sheet is the second");
    }

    @Test
    void aPageIsAtLeastAsTallAsTheViewport() {
        Stages.Layout layout = stages.layout(stages.style(stages.parse("<p>short", ""),
                stages.styleSheets(stages.parse("<p>short", ""), viewport, null), viewport), viewport, Map.of());
        assertEquals(600, layout.contentHeight());
    }

    @Test
    void pageAreasNameTheLinksEmbedsAndImages() {
        Document document = stages.parse(PAGE, URL);
        Stages.Layout layout = stages.layout(stages.style(document, stages.styleSheets(document, viewport, LOADER), viewport),
                viewport, Map.of());
        PageAreas areas = stages.areas(layout);
        assertTrue(areas.links().stream().allMatch(link -> link.href().equals("http://example.com/dir/next.html")));
        assertEquals(List.of("http://example.com/dir/a.png"), areas.imageUrls());
        assertEquals(1, areas.embeds().size());
    }

    @Test
    void aViewportIsClampedToWhatTheEngineLaysOut() {
        assertEquals(new Stages.Viewport(1, Stages.MAX_VIEWPORT_SIDE), Stages.Viewport.of(-5, Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> new Stages.Viewport(0, 600));
    }
}
