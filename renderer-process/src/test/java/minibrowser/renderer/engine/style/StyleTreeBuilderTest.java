package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.TextStyle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The cascade and computed values, through the style stage as the engine runs it. */
class StyleTreeBuilderTest {

    private StyledElement style(String html) {
        var doc = Jsoup.parse(html);
        List<StyleSheet> sheets = new ArrayList<>();
        sheets.add(UserAgentStyleSheet.load());
        for (var s : doc.select("style")) {
            sheets.add(new StyleSheet(StyleSheet.Origin.AUTHOR, new CssParser().parseSheet(s.data()).rules()));
        }
        return new StyleTreeBuilder(new Cascade(sheets), new StyleComputer(1000, 500)).build(doc);
    }

    /** The style of the first element with this id. */
    private ComputedStyle styleOf(String html, String id) {
        List<StyledNode> stack = new ArrayList<>(List.of(style(html)));
        while (!stack.isEmpty()) {
            StyledNode n = stack.remove(stack.size() - 1);
            if (n instanceof StyledElement e) {
                if (e.element().id().equals(id)) return e.style();
                stack.addAll(e.children());
            }
        }
        throw new AssertionError("no element #" + id);
    }

    @Test
    void specificityThenOrderDecide() {
        String css = "<style>#x { color: blue } p.c { color: green } p { color: red }</style>";
        assertEquals(0xFF0000FF, styleOf(css + "<p id=x class=c>t", "x").color());
        assertEquals(0xFF008000, styleOf(css + "<p id=y class=c>t", "y").color());
    }

    @Test
    void importantBeatsInlineStyleAndInlineBeatsRules() {
        assertEquals(0xFF00FF00, styleOf("<style>p { color: red }</style><p id=x style='color: lime'>t", "x").color());
        assertEquals(0xFFFF0000, styleOf("<style>p { color: red !important }</style><p id=x style='color: lime'>t", "x").color());
    }

    @Test
    void inheritanceAndInheritKeyword() {
        String html = "<style>div { color: #123456; background: #eee; font-weight: bold } span { background: inherit }</style>"
                + "<div><p id=p>a <span id=s>b</span></p></div>";
        ComputedStyle p = styleOf(html, "p");
        assertEquals(0xFF123456, p.color());
        assertTrue(p.textStyle().bold());
        assertEquals(0, p.backgroundColor());
        assertEquals(0, styleOf(html, "s").backgroundColor()); // inherits p's transparent background
    }

    @Test
    void unitsBecomePixels() {
        String html = "<style>html { font-size: 20px } div { font-size: 1.5em; margin-left: 2em; padding-top: 1rem;"
                + " margin-top: 10vw; margin-bottom: 10vh; width: 50%; border-left: 12pt solid }</style><div id=d>x";
        ComputedStyle d = styleOf(html, "d");
        assertEquals(30, d.textStyle().size());
        assertEquals(Length.px(60), d.margin(Side.LEFT));
        assertEquals(Length.px(20), d.padding(Side.TOP));
        assertEquals(Length.px(100), d.margin(Side.TOP));
        assertEquals(Length.px(50), d.margin(Side.BOTTOM));
        assertEquals(new Length(50, Length.Unit.PERCENT), d.width());
        assertEquals(16, d.borderWidth(Side.LEFT));
    }

    @Test
    void userAgentDefaults() {
        String html = "<h1 id=h>t</h1><pre id=pre>x</pre><a id=a href=x>l</a><script id=s>x</script>";
        assertEquals(32, styleOf(html, "h").textStyle().size());
        assertTrue(styleOf(html, "h").textStyle().bold());
        assertEquals(TextStyle.Family.MONOSPACE, styleOf(html, "pre").textStyle().family());
        assertEquals(ComputedStyle.WhiteSpace.PRE, styleOf(html, "pre").whiteSpace());
        assertTrue(styleOf(html, "a").underline());
        assertFalse(style(html).toString().contains("id=s"));
    }

    @Test
    void presentationalAttributes() {
        String html = "<body><font id=f color=red size=5>x</font><table id=t bgcolor='#00ff00' width=300 border=2>"
                + "<tr><td id=c align=right>y</table><center id=ce>z</center>";
        assertEquals(0xFFFF0000, styleOf(html, "f").color());
        assertEquals(24, styleOf(html, "f").textStyle().size());
        assertEquals(0xFF00FF00, styleOf(html, "t").backgroundColor());
        assertEquals(Length.px(300), styleOf(html, "t").width());
        assertEquals(2, styleOf(html, "t").borderWidth(Side.TOP));
        assertEquals(ComputedStyle.TextAlign.RIGHT, styleOf(html, "c").textAlign());
        assertEquals(ComputedStyle.TextAlign.CENTER, styleOf(html, "ce").textAlign());
    }

    @Test
    void shorthandsExpand() {
        String html = "<style>div { margin: 1px 2px 3px; border: 4px dashed red; font: italic bold 20px/30px monospace }</style><div id=d>x";
        ComputedStyle d = styleOf(html, "d");
        assertEquals(Length.px(1), d.margin(Side.TOP));
        assertEquals(Length.px(2), d.margin(Side.LEFT));
        assertEquals(Length.px(3), d.margin(Side.BOTTOM));
        assertEquals(4, d.borderWidth(Side.RIGHT));
        assertEquals(0xFFFF0000, d.borderColor(Side.BOTTOM));
        assertEquals(new TextStyle(TextStyle.Family.MONOSPACE, 20, true, true), d.textStyle());
        assertEquals(30, d.lineHeight(99));
    }
}
