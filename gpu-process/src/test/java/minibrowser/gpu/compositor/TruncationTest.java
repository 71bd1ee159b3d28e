package minibrowser.gpu.compositor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TruncationTest {

    @Test
    void shortTextIsKept() {
        assertEquals("abc", Truncation.keepStart("abc", 3));
        assertEquals("abc", Truncation.keepEnd("abc", 3));
    }

    @Test
    void longTextIsCutWithAnEllipsis() {
        assertEquals("ab…", Truncation.keepStart("abcdef", 3));
        assertEquals("…ef", Truncation.keepEnd("abcdef", 3));
    }

    @Test
    void wideCharactersCountTwice() {
        assertEquals("漢…", Truncation.keepStart("漢字漢字", 4));
        assertEquals(4, CharWidth.columns("漢字"));
        assertEquals(1, CharWidth.columns("a"));
    }
}
