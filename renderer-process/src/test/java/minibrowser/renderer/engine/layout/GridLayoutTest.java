package minibrowser.renderer.engine.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.TestDevice;
import org.junit.jupiter.api.Test;

/** Column templates are read, bounded, and fill rows in document order. */
class GridLayoutTest {

    @Test
    void templatesExpandRepeatAndStayBounded() {
        assertEquals(3, GridLayout.tracks("repeat(3, 1fr)", 600).size());
        assertEquals(2, GridLayout.tracks("fit-content(30%) auto", 600).size());
        assertEquals(4, GridLayout.tracks("[a] 100px repeat(2, minmax(50px, 1fr)) [b] 2fr", 600).size());
        assertEquals(100, GridLayout.tracks("repeat(100000, 1fr)", 600).size());
    }

    @Test
    void itemsFillTheColumnsRowByRow() {
        String html = "<!DOCTYPE html><div style='display:grid;grid-template-columns:100px 1fr'>"
                + "<div>a</div><div>b</div><div>c</div></div>";
        String tree = new Engine(new TestDevice()).render(html, "http://x/", 400, 300, ResourceLoader.none()).layoutTreeText();
        assertTrue(tree.contains("block <div> (8,8 100x20)"), tree);   // a: first column
        assertTrue(tree.contains("block <div> (108,8 284x20)"), tree); // b: the rest of the row
        assertTrue(tree.contains("block <div> (8,28 100x20)"), tree);  // c: second row, first column
    }
}
