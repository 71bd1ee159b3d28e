package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile and broken input: render() must return a page, never throw or overflow the stack. */
class RobustnessTest {

    private final Engine engine = new Engine(new TestDevice());

    private Page render(String html) {
        return engine.render(html, "http://example.com/", 800, 600, ResourceLoader.none());
    }

    @Test
    void hundredThousandNestedDivs() {
        String html = "<div>".repeat(100_000) + "deep text" + "</div>".repeat(100_000);
        Page page = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> render(html));
        assertTrue(page.layoutTreeText().length() <= minibrowser.renderer.engine.layout.LayoutBox.MAX_TREE_TEXT + 1000);
    }

    @Test
    void deeplyNestedInlineElementsAndTables() {
        assertNotNull(render("<b><i>".repeat(20_000) + "x"));
        assertNotNull(render("<table><tr><td>".repeat(3_000) + "x"));
        assertNotNull(render("<ul><li>".repeat(5_000) + "x"));
    }

    /** The renderer's main thread may have a modest stack: hostile nesting must fit in 512 KB. */
    @Test
    void deepNestingFitsInASmallThreadStack() throws InterruptedException {
        Throwable[] failure = new Throwable[1];
        Runnable hostile = () -> {
            try {
                render("<div>".repeat(100_000) + "x");
                render("<table><tr><td>".repeat(3_000) + "x");
                render("<span style='display:inline-block'>".repeat(5_000) + "x");
                render("<ul><li>".repeat(5_000) + "x");
            } catch (Throwable t) {
                failure[0] = t;
            }
        };
        Thread thread = new Thread(null, hostile, "small-stack-render", 512 * 1024);
        thread.start();
        thread.join();
        if (failure[0] != null) throw new AssertionError("render failed on a 512 KB stack", failure[0]);
    }

    @Test
    void fiveMegabyteAttribute() {
        String big = "x".repeat(5_000_000);
        assertNotNull(render("<p title='" + big + "' style='color:" + big + "'>hi</p><img src='" + big + "'>"));
    }

    @Test
    void binaryGarbage() {
        byte[] bytes = new byte[200_000];
        new Random(42).nextBytes(bytes);
        assertNotNull(render(new String(bytes, StandardCharsets.ISO_8859_1)));
        assertNotNull(render(new String(bytes, StandardCharsets.UTF_8)));
    }

    @Test
    void emptyAndNullDocuments() {
        assertNotNull(render(""));
        assertNotNull(engine.render(null, null, 0, 0, null));
        assertNotNull(render("<html>"));
        assertNotNull(render("</p></div></table>"));
    }

    @Test
    void hostileCss() {
        String css = "{".repeat(10_000) + "p { color: red; margin: -99999999px; width: 1e308px; font-size: 1e9px }"
                + "@media screen {".repeat(1000) + "/* unterminated";
        assertNotNull(render("<style>" + css + "</style><p style='padding: -5px; border: 9999999px solid; width: -3px'>x"));
        assertNotNull(render("<p style='" + "a:b;".repeat(100_000) + "'>x"));
        assertNotNull(render("<td colspan=999999999>x<td colspan=-4>y"));
    }

    @Test
    void hugeListAndWideTable() {
        assertNotNull(render("<ol>" + "<li>item".repeat(20_000) + "</ol>"));
        assertNotNull(render("<table><tr>" + "<td>c".repeat(5_000) + "</table>"));
    }
}
