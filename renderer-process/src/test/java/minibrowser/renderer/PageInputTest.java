package minibrowser.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.proto.FocusKind;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.script.KeyPress;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A page without scripts still takes typing into its fields, and Enter submits its form (no script engine involved). */
class PageInputTest {
    private final Engine engine = new Engine(Device.pixels());

    @Test
    void typingIntoAFieldOfAPageWithoutScriptsEditsTheKeptDomAndLaysItOutAgain() {
        Document dom = engine.parse("<form action=/find><input name=q><input type=submit></form>", "http://example.test/");
        AtomicInteger layouts = new AtomicInteger();
        PageInput input = new PageInput(dom, null, layouts::incrementAndGet);
        assertEquals(FocusKind.FOCUS_KIND_TEXT_FIELD, input.focusIndex(1).getKind());
        for (String c : new String[] {"a", "b", "c"}) input.key(KeyPress.typed(c));
        input.key(KeyPress.named("Backspace"));
        assertEquals("ab", dom.selectFirst("input").attr("value"));
        assertEquals(4, layouts.get());
        PageInput.Answer enter = input.key(KeyPress.named("Enter"));
        assertEquals(Optional.of("http://example.test/find?q=ab"), enter.link());
    }

    @Test
    void enterOnASubmitButtonSubmitsAndFocusIndexesOutOfRangeMeanNone() {
        Document dom = engine.parse("<form action=/go><input name=a value=1><button>Go</button></form>", "http://example.test/");
        PageInput input = new PageInput(dom, null, () -> { });
        assertEquals(FocusKind.FOCUS_KIND_BUTTON, input.focusIndex(2).getKind());
        assertEquals(Optional.of("http://example.test/go?a=1"), input.key(KeyPress.named("Enter")).link());
        assertEquals(0, input.focusIndex(99).getFocusIndex());
        assertEquals(Optional.empty(), input.key(KeyPress.typed("x")).link());
    }
}
