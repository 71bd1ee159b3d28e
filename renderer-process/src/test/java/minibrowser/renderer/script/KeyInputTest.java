package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import minibrowser.renderer.engine.ControlArea;
import minibrowser.renderer.engine.Focusables;
import org.junit.jupiter.api.Test;

/** Focus, typing and Enter on a scripted page, as the browser's keys reach it (DocumentScripts.focus and key). */
class KeyInputTest {

    @Test
    void typingEditsTheFocusedFieldAndFiresKeydownInputAndChange() {
        ScriptedPage page = new ScriptedPage("<input id=f><input id=g><script>"
                + "var f = document.getElementById('f');"
                + "['keydown','input','change','focus','blur','keyup'].forEach(function (t) {"
                + "  f.addEventListener(t, function (e) { console.log(t + (e.key ? ' ' + e.key : '') + (t == 'input' ? ' ' + f.value : '')); }); });"
                + "document.addEventListener('keydown', function (e) { console.log('document saw ' + e.key + ' ' + e.isTrusted); });"
                + "</script>");
        page.focus("#f");
        page.type("hi");
        page.key(KeyPress.named("Backspace"));
        page.focus("#g");
        assertEquals("h", page.dom().getElementById("f").attr("value"));
        assertEquals(List.of("log: focus", "log: keydown h", "log: document saw h true", "log: input h", "log: keyup h",
                "log: keydown i", "log: document saw i true", "log: input hi", "log: keyup i",
                "log: keydown Backspace", "log: document saw Backspace true", "log: input h", "log: keyup Backspace",
                "log: change", "log: blur"), page.console());
        assertTrue(page.layoutTree().contains("\"h\""), "the next rendering step shows the value: " + page.layoutTree());
    }

    @Test
    void preventDefaultOnKeydownStopsTheEdit() {
        ScriptedPage page = new ScriptedPage("<input id=f><script>"
                + "document.getElementById('f').addEventListener('keydown', function (e) { if (e.key == 'x') e.preventDefault(); });"
                + "</script>");
        page.focus("#f");
        page.type("axb");
        assertEquals("ab", page.dom().getElementById("f").attr("value"));
    }

    @Test
    void enterInAFieldClicksTheDefaultButtonAndSubmitsTheFormUnlessCancelled() {
        ScriptedPage page = new ScriptedPage("<form action=/search><input id=q name=q><button id=go>Go</button></form><script>"
                + "document.getElementById('go').addEventListener('click', function () { console.log('clicked'); });"
                + "document.querySelector('form').addEventListener('submit', function (e) {"
                + "  console.log('submit'); if (document.getElementById('q').value == 'stop') e.preventDefault(); });"
                + "</script>");
        page.focus("#q");
        page.type("cats");
        assertEquals(Optional.of("http://example.test/search?q=cats"), page.key(KeyPress.named("Enter")));
        page.dom().getElementById("q").attr("value", "");
        page.type("stop");
        assertEquals(Optional.empty(), page.key(KeyPress.named("Enter")));
        assertEquals(List.of("log: clicked", "log: submit", "log: clicked", "log: submit"), page.console());
    }

    @Test
    void enterOnAFocusedButtonIsARealClick() {
        ScriptedPage page = new ScriptedPage("<button id=b>Count</button><p id=n>0</p><script>"
                + "document.getElementById('b').addEventListener('click', function (e) {"
                + "  var n = document.getElementById('n'); n.textContent = String(Number(n.textContent) + 1);"
                + "  console.log('click trusted ' + e.isTrusted); });"
                + "</script>");
        page.focus("#b");
        page.key(KeyPress.named("Enter"));
        page.key(KeyPress.named("Enter"));
        assertEquals("2", page.dom().getElementById("n").text());
        assertEquals(List.of("log: click trusted true", "log: click trusted true"), page.console());
    }

    @Test
    void aTextAreaTakesEnterAsANewLine() {
        ScriptedPage page = new ScriptedPage("<textarea id=t></textarea><script></script>");
        page.focus("#t");
        page.type("a");
        page.key(KeyPress.named("Enter"));
        page.type("b");
        assertEquals("a\nb", page.dom().getElementById("t").wholeText());
    }

    @Test
    void aClickOnAFieldFocusesItAndAClickElsewhereLeavesIt() {
        ScriptedPage page = new ScriptedPage("<p id=p>text</p><input id=f><script>"
                + "document.getElementById('f').addEventListener('blur', function () { console.log('blur'); });"
                + "</script>");
        page.click("#f");
        assertEquals("f", page.scripts().focused().id());
        page.click("#p");
        assertNull(page.scripts().focused());
        assertEquals(List.of("log: blur"), page.console());
    }

    @Test
    void controlsAreReportedWithTheirKindAndFocusIndex() {
        ScriptedPage page = new ScriptedPage("<a href=/x>link</a><input id=f><button>Add</button>"
                + "<input type=hidden name=h><textarea></textarea><input type=checkbox><script></script>");
        List<ControlArea> controls = page.page().controls();
        assertEquals(List.of(Focusables.Kind.TEXT_FIELD, Focusables.Kind.BUTTON, Focusables.Kind.TEXT_AREA,
                Focusables.Kind.OTHER), controls.stream().map(ControlArea::kind).toList());
        assertEquals(List.of(2, 3, 4, 5), controls.stream().map(ControlArea::focusIndex).toList(), "the link is 1");
    }

    /** docs/demo-todo.html, driven as the browser's keys drive it: add two items, remove the first. */
    @Test
    void theToDoDemoAddsAndRemovesItemsByKeys() throws Exception {
        Path demo = Path.of("").toAbsolutePath();
        while (demo != null && !Files.exists(demo.resolve("docs/demo-todo.html"))) demo = demo.getParent();
        assertTrue(demo != null, "docs/demo-todo.html above " + Path.of("").toAbsolutePath());
        ScriptedPage page = new ScriptedPage(Files.readString(demo.resolve("docs/demo-todo.html")));
        page.focus("#item");
        page.type("milk");
        assertEquals("Add \"milk\"", page.dom().getElementById("add").text(), "input events ran");
        assertEquals(Optional.empty(), page.key(KeyPress.named("Enter")));
        page.type("eggs");
        page.key(KeyPress.named("Enter"));
        assertEquals("milk Remove\neggs Remove", String.join("\n", page.dom().select("#list li").eachText()));
        assertEquals("item", page.scripts().focused().id(), "the script keeps focus in the field");
        assertEquals("", page.dom().getElementById("item").attr("value"));
        page.focus("#list li button");
        page.key(KeyPress.named("Enter"));
        assertEquals(List.of("eggs Remove"), page.dom().select("#list li").eachText());
        assertEquals("1 thing to do.", page.dom().getElementById("count").text());
        assertTrue(page.console().isEmpty(), page.console().toString());
    }
}
