package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minibrowser.common.frame.CellGrid;
import org.junit.jupiter.api.Test;

/** No number a child picks wraps a bounds check around. */
class BoundsTest {
    @Test
    void aRangeInsideFits() {
        assertTrue(Bounds.fitsWithin(0, 10, 10));
        assertTrue(Bounds.fitsWithin(10, 0, 10));
        assertTrue(Bounds.fitsWithin(4, 6, 10));
        assertTrue(Bounds.fitsWithin(Long.MAX_VALUE, 0, Long.MAX_VALUE));
    }

    @Test
    void offsetsThatWouldWrapDoNotFit() {
        // offset + length overflows to a negative number, which is "<= size" in a naive check.
        assertFalse(Bounds.fitsWithin(Long.MAX_VALUE, 1, 10));
        assertFalse(Bounds.fitsWithin(Long.MAX_VALUE - 5, 10, 100));
        assertFalse(Bounds.fitsWithin(1, Long.MAX_VALUE, 100));
        assertFalse(Bounds.fitsWithin(11, 0, 10));
        assertFalse(Bounds.fitsWithin(4, 7, 10));
    }

    @Test
    void negativeNumbersNeverFit() {
        assertFalse(Bounds.fitsWithin(-1, 1, 10));
        assertFalse(Bounds.fitsWithin(2, -1, 10), "a negative length");
        assertFalse(Bounds.fitsWithin(Long.MIN_VALUE, Long.MIN_VALUE, 10));
        assertFalse(Bounds.fitsWithin(0, 0, -1));
    }

    @Test
    void productsThatOverflowAreTooLarge() {
        assertEquals(4L * 1280 * 800, Bounds.bytes(1280, 800, 4));
        // 4 * (2^31 - 1)^2 does not fit a long: the naive product wraps.
        assertEquals(Bounds.TOO_LARGE, Bounds.bytes(Integer.MAX_VALUE, Integer.MAX_VALUE, 4));
        assertEquals(Bounds.TOO_LARGE, Bounds.bytes(Long.MAX_VALUE, 2, 1));
        assertEquals(Bounds.TOO_LARGE, Bounds.bytes(-3, -3, 4), "two negative sides");
        assertEquals(Bounds.TOO_LARGE, Bounds.bytes(3, 3, -4));
        assertEquals(Bounds.TOO_LARGE, CellGrid.byteSize(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(Bounds.TOO_LARGE, Bounds.sum(Long.MAX_VALUE, 1));
        assertEquals(Bounds.TOO_LARGE, Bounds.sum(-1, 1));
        assertEquals(7, Bounds.sum(3, 4));
    }
}
