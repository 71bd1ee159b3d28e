package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CssColorTest {

    private static int parse(String s) {
        return CssColor.parse(s).orElseThrow();
    }

    @Test
    void namedAndHexColours() {
        assertEquals(0xFFFF0000, parse("red"));
        assertEquals(0xFF663399, parse("RebeccaPurple"));
        assertEquals(0xFFAABBCC, parse("#abc"));
        assertEquals(0xFF123456, parse("#123456"));
        assertEquals(0x80123456, parse("#12345680"));
        assertEquals(0x00000000, parse("transparent"));
    }

    @Test
    void functionalColours() {
        assertEquals(0xFF0A141E, parse("rgb(10, 20, 30)"));
        assertEquals(0xFF0A141E, parse("rgb(10 20 30)"));
        assertEquals(0x800A141E, parse("rgba(10, 20, 30, 0.5)"));
        assertEquals(0xFFFF0000, parse("hsl(0, 100%, 50%)"));
        assertEquals(0xFF00FF00, parse("hsl(120deg 100% 50%)"));
    }

    @Test
    void invalidColoursAreRejected() {
        assertTrue(CssColor.parse("nonsense").isEmpty());
        assertTrue(CssColor.parse("#12").isEmpty());
        assertTrue(CssColor.parse("rgb(a, b, c)").isEmpty());
        assertTrue(CssColor.parse("").isEmpty());
    }

    @Test
    void formatAndBlend() {
        assertEquals("#ff0000", CssColor.format(0xFFFF0000));
        assertEquals(0xFF7F7F7F, CssColor.over(0x80000000, 0xFFFFFFFF));
    }
}
