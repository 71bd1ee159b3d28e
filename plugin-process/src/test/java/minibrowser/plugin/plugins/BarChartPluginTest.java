package minibrowser.plugin.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BarChartPluginTest {

    private static final int WIDTH = 300;
    private static final int HEIGHT = 200;
    private static final int BAR = 0xFF000000 | BarChartPainter.POSITIVE_BAR;

    private static int[] paint(PluginInstance plugin) {
        int[] argb = new int[WIDTH * HEIGHT];
        plugin.paint(argb, WIDTH, HEIGHT);
        return argb;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** How many pixels of bar colour column {@code x} has. */
    private static int barPixelsInColumn(int[] argb, int x) {
        int count = 0;
        for (int y = 0; y < HEIGHT; y++) {
            if (argb[y * WIDTH + x] == BAR) {
                count++;
            }
        }
        return count;
    }

    /** The columns with bar colour, left to right, as runs: the bars. */
    private static int[] barHeights(int[] argb) {
        java.util.List<Integer> heights = new java.util.ArrayList<>();
        boolean inBar = false;
        for (int x = 0; x < WIDTH; x++) {
            int pixels = barPixelsInColumn(argb, x);
            if (pixels > 0 && !inBar) {
                heights.add(pixels);
            }
            inBar = pixels > 0;
        }
        return heights.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void chartFromCsvDrawsOneBarPerLineInProportion() {
        PluginInstance chart = BarChartPlugin.create(csv("month,sales\nJan,10\nFeb,20\nMar,40\n"), Map.of());

        int[] heights = barHeights(paint(chart));

        assertEquals(3, heights.length);
        assertTrue(heights[0] < heights[1] && heights[1] < heights[2], java.util.Arrays.toString(heights));
        assertEquals(4.0, (double) heights[2] / heights[0], 0.2);
    }

    @Test
    void chartFromParamsDrawsBarsWithTitle() {
        PluginInstance chart = BarChartPlugin.create(new byte[0],
                Map.of("values", "5, 1 3", "labels", "a,b,c", "title", "Scores"));

        int[] argb = paint(chart);
        int[] heights = barHeights(argb);

        assertEquals(3, heights.length);
        assertTrue(heights[0] > heights[2] && heights[2] > heights[1], java.util.Arrays.toString(heights));
        assertTrue(java.util.Arrays.stream(argb).distinct().count() > 10, "text and axes, not a flat picture");
    }

    @Test
    void plainNumbersMakeBars() {
        PluginInstance chart = BarChartPlugin.create(csv("1\n2\n3\n4\n"), Map.of());

        assertEquals(4, barHeights(paint(chart)).length);
    }

    @Test
    void negativeValuesGrowDown() {
        PluginInstance chart = BarChartPlugin.create(new byte[0], Map.of("values", "3,-2"));

        int[] argb = paint(chart);
        boolean negativeBar = java.util.Arrays.stream(argb).anyMatch(p -> p == (0xFF000000 | BarChartPainter.NEGATIVE_BAR));

        assertTrue(negativeBar);
        assertEquals(1, barHeights(argb).length);
    }

    @Test
    void badDataDrawsAMessageInsteadOfThrowing() {
        for (byte[] bad : new byte[][] {csv("hello\nworld"), csv(",,,\n"), new byte[] {(byte) 0xFF, 0, 1}, csv("a,b\nx,NaN")}) {
            BarChartPlugin chart = BarChartPlugin.create(bad, Map.of());
            assertFalse(chart.hasChart());
            int[] argb = paint(chart);
            assertEquals(0, barHeights(argb).length);
            assertTrue(java.util.Arrays.stream(argb).distinct().count() > 2, "a message is drawn");
        }
    }

    @Test
    void missingDataAndBadParamsDoNotThrow() {
        assertFalse(BarChartPlugin.create(new byte[0], Map.of()).hasChart());
        assertFalse(BarChartPlugin.create(new byte[0], Map.of("values", "1,two,3")).hasChart());
        paint(BarChartPlugin.create(new byte[0], Map.of("values", "1,two,3")));
    }

    @Test
    void tinyAndOddSurfacesDoNotThrow() {
        PluginInstance chart = BarChartPlugin.create(new byte[0], Map.of("values", "0,0,0"));
        for (int size = 0; size <= 12; size += 3) {
            chart.paint(new int[size * size], size, size);
        }
        BarChartPlugin.create(new byte[0], Map.of()).paint(new int[4], 2, 2);
    }

    @Test
    void numberOfBarsIsBounded() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            many.append(i).append('\n');
        }
        PluginInstance chart = BarChartPlugin.create(csv(many.toString()), Map.of());

        int[] argb = new int[1000 * 100];
        chart.paint(argb, 1000, 100);
        assertTrue(java.util.Arrays.stream(argb).anyMatch(p -> p == BAR));
    }

    @Test
    void neverRepaints() {
        assertEquals(0, BarChartPlugin.create(new byte[0], Map.of("values", "1")).repaintIntervalMillis());
    }
}
