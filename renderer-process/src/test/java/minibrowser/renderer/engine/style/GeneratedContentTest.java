package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The text of ::before and ::after boxes: strings, escapes, counters, quotes, attr(). */
class GeneratedContentTest {

    private final Element element = new Element("a").attr("href", "https://example.org/");

    @Test
    void stringsAndEscapes() {
        GeneratedContent g = new GeneratedContent();
        assertEquals("Note: ", g.text("\"Note: \"", element));
        assertEquals(" \u2197", g.text("\" \\2197\"", element));
        assertEquals("", g.text("''", element));
        assertNull(g.text("none", element));
        assertNull(g.text("normal", element));
    }

    @Test
    void countersCountAndNest() {
        GeneratedContent g = new GeneratedContent();
        GeneratedContent.Scope page = g.newScope();
        g.applyCounters(Map.of("counter-reset", "section"), page);
        g.applyCounters(Map.of("counter-increment", "section"), page);
        g.applyCounters(Map.of("counter-increment", "section"), page);
        assertEquals("2. ", g.text("counter(section) \". \"", element));
        GeneratedContent.Scope inner = g.newScope();
        g.applyCounters(Map.of("counter-reset", "section 4"), inner);
        g.applyCounters(Map.of("counter-increment", "section"), inner);
        assertEquals("2.5", g.text("counters(section, \".\")", element));
        assertEquals("v", g.text("counter(section, lower-roman)", element));
        inner.close();
        assertEquals("2", g.text("counter(section)", element));
    }

    @Test
    void quotesNestAndAttrReads() {
        GeneratedContent g = new GeneratedContent();
        assertEquals("\u201C", g.text("open-quote", element));
        assertEquals("\u2018", g.text("open-quote", element));
        assertEquals("\u2019", g.text("close-quote", element));
        assertEquals("\u201D", g.text("close-quote", element));
        assertEquals("(https://example.org/)", g.text("\"(\" attr(href) \")\"", element));
    }
}
