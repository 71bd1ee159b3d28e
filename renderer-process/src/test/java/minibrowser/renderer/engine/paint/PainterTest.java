package minibrowser.renderer.engine.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import minibrowser.renderer.engine.Engine;
import minibrowser.renderer.engine.ResourceLoader;
import minibrowser.renderer.engine.TestDevice;
import org.junit.jupiter.api.Test;

class PainterTest {

    @Test
    void backgroundsBordersThenText() {
        String html = "<body style='margin:0'><div style='background:#ff0;border:2px solid blue;color:green'>Hi <u>there</u></div>";
        DisplayList list = new Engine(new TestDevice()).render(html, "", 100, 50, ResourceLoader.none()).displayList();
        assertEquals("""
                rect (0,0 100x50) #ffffff
                rect (0,0 100x24) #ffff00
                border (0,0 100x24) 2,2,2,2 #0000ff
                text (2,18) "Hi " 16px #008000
                text (26,18) "there" 16px #008000 underline
                """, list.toString());
    }

    @Test
    void inlineBackgroundsAndLineThrough() {
        String html = "<body style='margin:0'><mark>m</mark><s>s</s>";
        DisplayList list = new Engine(new TestDevice()).render(html, "", 100, 50, ResourceLoader.none()).displayList();
        assertEquals("""
                rect (0,0 100x50) #ffffff
                rect (0,0 8x20) #ffff00
                text (0,16) "m" 16px #000000
                text (8,16) "s" 16px #000000
                rect (8,12 8x1) #000000
                """, list.toString());
    }

    @Test
    void aLoneBottomBorderHasItsOwnColour() {
        String html = "<body style='margin:0;color:red'><h2 style='margin:0;font-size:16px;border-bottom:1px solid #e7e7e9'>H</h2>";
        DisplayList list = new Engine(new TestDevice()).render(html, "", 100, 50, ResourceLoader.none()).displayList();
        assertEquals(true, list.toString().contains("border (0,0 100x21) 0,0,1,0 #e7e7e9"), list.toString());
    }
}
