package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupCutterTest {
    @Test
    void cutsBeforeTheFirstStartTagOverTheLimit() {
        assertEquals("<p>a<b>b", MarkupCutter.cut("<p>a<b>b<i>c", 2));
        assertEquals("<p>a</p><b>b</b>", MarkupCutter.cut("<p>a</p><b>b</b>", 2), "end tags do not count");
        assertEquals("a < b <3 <", MarkupCutter.cut("a < b <3 <", 0), "nor a < that opens no tag");
        assertEquals("", MarkupCutter.cut("", 5));
    }

    @Test
    void aHugeTableKeepsItsFirstCells() {
        String cut = MarkupCutter.cut("<table>" + "<tr><td>x".repeat(1_000_000), 1001);
        assertEquals("<table>" + "<tr><td>x".repeat(500), cut);
    }
}
