package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CssParserTest {

    private final CssParser parser = new CssParser(800, 600);

    @Test
    void rulesCommentsAndImportant() {
        CssParser.Result r = parser.parseSheet("/* c */ h1, .x > p { color: red !important; margin: 0 } bad { } @import url('a.css');");
        assertEquals(1, r.rules().size());
        assertEquals(2, r.rules().get(0).selectors().size());
        assertEquals(new Declaration("color", "red", true), r.rules().get(0).declarations().get(0));
        assertEquals(5, r.rules().get(0).declarations().size()); // color + four margins
        assertEquals(List.of("a.css"), r.imports());
    }

    @Test
    void mediaBlocksFollowTheViewport() {
        String css = "@media print { a { color: red } } @media screen and (max-width: 600px) { b { color: red } }"
                + "@media (min-width: 700px) { i { color: red } } @font-face { font-family: x } u { color: blue }";
        List<StyleRule> rules = parser.parseSheet(css).rules();
        assertEquals(2, rules.size());
        assertEquals("i", rules.get(0).selectors().get(0).toString());
        assertEquals("u", rules.get(1).selectors().get(0).toString());
        assertTrue(parser.mediaApplies(""));
        assertTrue(parser.mediaApplies("screen, print"));
        assertFalse(parser.mediaApplies("print"));
        assertTrue(parser.mediaApplies("not print"));
    }

    @Test
    void brokenCssKeepsWhatItCan() {
        List<StyleRule> rules = parser.parseSheet("p { color: red; ; : ; margin } div { color: \"}\" } em { color: blue").rules();
        assertEquals(3, rules.size());
        assertEquals(1, rules.get(0).declarations().size());
    }
}
