package minibrowser.plugin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClockPluginTest {

    private static final int SIZE = 120;

    private static Clock at(String time) {
        return Clock.fixed(Instant.parse("2024-01-01T" + time + "Z"), ZoneOffset.UTC);
    }

    private static int[] paint(Clock clock, Map<String, String> params) {
        int[] argb = new int[SIZE * SIZE];
        ClockPlugin.create(clock, params).paint(argb, SIZE, SIZE);
        return argb;
    }

    /** True when a pixel near (x, y) is strongly red: the seconds hand, antialiased. */
    private static boolean secondsHandNear(int[] argb, int x, int y) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int pixel = argb[(y + dy) * SIZE + x + dx];
                int red = (pixel >> 16) & 0xFF;
                int green = (pixel >> 8) & 0xFF;
                if (red - green > 80) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void repaintsEverySecond() {
        assertEquals(1000, ClockPlugin.create(at("10:00:00"), Map.of()).repaintIntervalMillis());
    }

    @Test
    void handsMoveWithTheTime() {
        assertFalse(Arrays.equals(paint(at("10:00:00"), Map.of()), paint(at("10:00:01"), Map.of())));
        assertTrue(Arrays.equals(paint(at("10:00:00"), Map.of()), paint(at("10:00:00"), Map.of())));
    }

    @Test
    void secondsHandPointsAtTheSeconds() {
        // At 15 seconds the hand points right of the centre, at 45 left of it.
        int[] quarter = paint(at("06:00:15"), Map.of());
        int[] threeQuarters = paint(at("06:00:45"), Map.of());
        int middle = SIZE / 2;

        assertTrue(secondsHandNear(quarter, SIZE * 3 / 4, middle));
        assertFalse(secondsHandNear(quarter, SIZE / 4, middle));
        assertTrue(secondsHandNear(threeQuarters, SIZE / 4, middle));
    }

    @Test
    void labelIsDrawn() {
        assertFalse(Arrays.equals(paint(at("10:00:00"), Map.of()), paint(at("10:00:00"), Map.of("label", "Lisbon"))));
    }

    @Test
    void everyPixelIsOpaque() {
        assertTrue(Arrays.stream(paint(at("10:00:00"), Map.of())).allMatch(p -> (p >>> 24) == 0xFF));
    }

    @Test
    void tinySurfacesDoNotThrow() {
        ClockPlugin clock = ClockPlugin.create(at("10:00:00"), Map.of("label", "x"));
        for (int size = 0; size < 10; size++) {
            clock.paint(new int[size * size], size, size);
        }
    }
}
