package minibrowser.renderer.engine.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.TextStyle;
import org.junit.jupiter.api.Test;

/** Every display item prints itself on one line: tests and the debug page read them. */
class DisplayItemTest {

    @Test
    void itemsPrintThemselves() {
        DisplayList list = new DisplayList(List.of(
                new FillRect(new Rect(0, 0, 800, 600), 0xFFFFFFFF),
                new StrokeBorder(new Rect(8, 8, 100, 20), 1, 2, 3, 4, 0x80FF0000),
                new DrawText(10, 28, "Hello", new TextStyle(TextStyle.Family.SANS_SERIF, 16, true, false), 0xFF000000, true),
                new DrawImage(new Rect(1, 2, 3, 4), "http://a/b.png", "logo"),
                new EmbedPlaceholder(new Rect(5, 6, 7, 8))));
        assertEquals("""
                rect (0,0 800x600) #ffffff
                border (8,8 100x20) 1,2,3,4 #ff000080
                text (10,28) "Hello" 16px bold sans-serif #000000 underline
                image (1,2 3x4) "http://a/b.png" alt="logo"
                embed (5,6 7x8)
                """, list.toString());
    }
}
