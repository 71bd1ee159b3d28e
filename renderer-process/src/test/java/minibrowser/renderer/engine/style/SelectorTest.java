package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SelectorTest {

    private final Document doc = Jsoup.parse(
            "<div id=main class='box wide'><p class=intro>a <a href=x lang=en-GB>link</a></p><ul><li>1<li>2</ul></div>");

    private boolean matches(String selector, String jsoupQuery) {
        Element e = doc.selectFirst(jsoupQuery);
        return Selector.parse(selector).orElseThrow().matches(e);
    }

    @Test
    void simpleSelectors() {
        assertTrue(matches("p", "p"));
        assertTrue(matches(".intro", "p"));
        assertTrue(matches("#main", "div"));
        assertTrue(matches("div.box.wide#main", "div"));
        assertTrue(matches("*", "li"));
        assertFalse(matches(".other", "p"));
    }

    @Test
    void combinators() {
        assertTrue(matches("div a", "a"));
        assertTrue(matches("#main > p > a", "a"));
        assertFalse(matches("#main > a", "a"));
        assertTrue(matches("ul li", "li"));
    }

    @Test
    void siblingCombinators() {
        assertTrue(matches("li + li", "li:eq(1)"));
        assertFalse(matches("li + li", "li:eq(0)"));
        assertTrue(matches("p ~ ul", "ul"));
        assertFalse(matches("ul ~ p", "p"));
    }

    @Test
    void attributesAndPseudoClasses() {
        assertTrue(matches("a[href]", "a"));
        assertTrue(matches("a[lang|=en]", "a"));
        assertTrue(matches("[class~=wide]", "div"));
        assertTrue(matches("a:link", "a"));
        assertFalse(matches("a:hover", "a"));
        assertTrue(matches("li:first-child", "li"));
    }

    @Test
    void functionalPseudoClasses() {
        assertTrue(matches("li:nth-child(2)", "li:eq(1)"));
        assertTrue(matches("li:nth-child(odd)", "li:eq(0)"));
        assertFalse(matches("li:nth-child(2n)", "li:eq(0)"));
        assertTrue(matches("li:nth-last-child(1)", "li:eq(1)"));
        assertTrue(matches("p:not(.other, #x)", "p"));
        assertFalse(matches("p:not(.intro)", "p"));
        assertTrue(matches("li:last-of-type", "li:eq(1)"));
        assertEquals(1_001, Selector.parse("p:not(.x)").orElseThrow().specificity());
    }

    @Test
    void specificity() {
        assertEquals(1, Selector.parse("p").orElseThrow().specificity());
        assertEquals(1_001, Selector.parse("p.intro").orElseThrow().specificity());
        assertEquals(1_000_000, Selector.parse("#main").orElseThrow().specificity());
        assertEquals(2_002, Selector.parse("ul li:first-child.x").orElseThrow().specificity());
    }

    @Test
    void beforeAndAfterStyleTheGeneratedBoxAndCountAsATypeSelector() {
        Selector before = Selector.parse("p.note::before").orElseThrow();
        assertTrue("before".equals(before.pseudoElement()));
        assertTrue("after".equals(Selector.parse("a:after").orElseThrow().pseudoElement()));
        assertTrue(before.specificity() == Selector.parse("p.note span").orElseThrow().specificity());
        assertTrue(Selector.parse("p.note").orElseThrow().pseudoElement() == null);
    }

    @Test
    void unsupportedSyntaxFailsToParse() {
        assertTrue(Selector.parse("p::first-line").isEmpty());
        assertTrue(Selector.parse("p::before span").isEmpty()); // nothing may follow a pseudo-element
        assertTrue(Selector.parse("p:has(a)").isEmpty());
        assertTrue(Selector.parse("").isEmpty());
        assertTrue(Selector.parse("a >").isEmpty());
    }
}
