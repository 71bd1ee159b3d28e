package minibrowser.tools.traceview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import minibrowser.tools.traceview.TimelineLayout.PlacedFlow;
import minibrowser.tools.traceview.TraceViewSamples.Run;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command from end to end: the sample trace in, a PNG out, checked pixel by pixel against its layout. */
class TraceViewTest {
    private static final int WIDTH = 1200;

    @TempDir
    Path dir;
    private Path trace;
    private Path png;

    @BeforeEach
    void writeTrace() throws IOException {
        trace = TraceViewSamples.write(dir, "trace.json", TraceViewSamples.SAMPLE);
        png = dir.resolve("out.png");
    }

    @Test
    void drawsAPictureOfTheRequestedWidthAndSaysWhatItDrew() throws Exception {
        Run run = TraceViewSamples.run(trace, "--png", png, "--width", WIDTH);
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, WIDTH);
        assertEquals(WIDTH, image.getWidth());
        assertEquals(layout.height(), image.getHeight());
        assertEquals(png + " " + WIDTH + "x" + layout.height()
                + ": 2 processes, 3 threads, 5 slices, 1 flow, 0 ms to 39 ms", run.out().strip());
        assertEquals("", run.err());
    }

    @Test
    void theDefaultWidthIs1600() throws Exception {
        assertEquals(0, TraceViewSamples.run(trace, "--png", png).exitCode());
        assertEquals(TraceView.DEFAULT_WIDTH, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void aSliceIsDrawnInItsColourOneRowBelowItsParent() throws Exception {
        assertEquals(0, TraceViewSamples.run(trace, "--png", png, "--width", WIDTH).exitCode());
        BufferedImage image = ImageIO.read(png.toFile());
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, WIDTH);
        Rectangle outer = layout.boundsOf("outer").orElseThrow();
        Rectangle inner = layout.boundsOf("inner").orElseThrow();
        assertEquals(outer.y + TimelineLayout.ROW_HEIGHT, inner.y);
        assertTrue(inner.x > outer.x && inner.x + inner.width < outer.x + outer.width, inner + " inside " + outer);
        assertTrue(mostlyOfColour(image, inner, Palette.sliceColor("inner")), "inner's pixels");
        assertTrue(mostlyOfColour(image, outer, Palette.sliceColor("outer")), "outer's pixels");
        // 1 ms is (1200 - 260 - 12) / 39 px: the slice from 1 ms to 4 ms starts about 24 px into the timeline
        double pxPerMs = (WIDTH - TimelineLayout.GUTTER_WIDTH - TimelineLayout.RIGHT_MARGIN) / 39.0;
        assertEquals(TimelineLayout.GUTTER_WIDTH + pxPerMs, inner.x, 1.0);
        assertEquals(3 * pxPerMs, inner.width, 2.0);
    }

    @Test
    void theFlowArrowIsDrawnBetweenTheLanesItJoins() throws Exception {
        assertEquals(0, TraceViewSamples.run(trace, "--png", png, "--width", WIDTH).exitCode());
        BufferedImage image = ImageIO.read(png.toFile());
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, WIDTH);
        assertEquals(1, layout.flows().size());
        PlacedFlow flow = layout.flows().get(0);
        Rectangle call = layout.boundsOf("call Renderer.Click").orElseThrow();
        Rectangle click = layout.boundsOf("Click").orElseThrow();
        Line2D.Double line = flow.line();
        assertEquals(call.x + call.width, line.x1, 1.5); // leaves the call where it ends...
        assertEquals(click.x, line.x2, 1.5); // ...and points at the start of its handler
        int midX = (int) Math.round((line.x1 + line.x2) / 2);
        int midY = (int) Math.round((line.y1 + line.y2) / 2);
        assertTrue(midY > call.y + call.height && midY < click.y, "the middle lies between the two lanes");
        assertTrue(colourNear(image, midX, midY, Palette.FLOW_ARROW), "arrow colour at " + midX + "," + midY);
        assertFalse(colourNear(image, midX, call.y - 4, Palette.FLOW_ARROW), "nothing of it above its start");
    }

    @Test
    void fromAndToDropASliceOutsideTheWindow() throws Exception {
        Run whole = TraceViewSamples.run(trace, "--png", png, "--width", WIDTH);
        assertEquals(0, whole.exitCode());
        Color late = Palette.sliceColor("late");
        assertTrue(countOfColour(ImageIO.read(png.toFile()), late) > 0, "late is drawn in the whole trace");

        Path clipped = dir.resolve("clipped.png");
        Run run = TraceViewSamples.run(trace, "--png", clipped, "--width", WIDTH, "--from", 0, "--to", 20);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 2 processes, 3 threads, 4 slices, 1 flow, 0 ms to 20 ms"), run.out());
        TimelineLayout layout = TraceViewSamples.layout(trace, 0.0, 20.0, WIDTH);
        assertTrue(layout.boundsOf("late").isEmpty());
        assertTrue(layout.boundsOf("Click").isPresent());
        assertEquals(0, countOfColour(ImageIO.read(clipped.toFile()), late), "no pixel of late");
    }

    @Test
    void aWindowCutsASliceAtItsEdge() throws Exception {
        TimelineLayout layout = TraceViewSamples.layout(trace, 4.0, 20.0, WIDTH);
        assertEquals(layout.timelineLeft(), layout.boundsOf("outer").orElseThrow().x); // outer: 0 ms to 8 ms
        assertTrue(layout.boundsOf("inner").isEmpty(), "inner (1 ms to 4 ms) only touches the window");
    }

    @Test
    void invalidJsonExitsOneWithOneLine() throws Exception {
        for (String text : new String[] {"{\"traceEvents\": [ {\"ph\": \"X\", \"ts\": ", "this is not json", "",
                "42", "{\"other\": []}"}) {
            Path bad = TraceViewSamples.write(dir, "bad.json", text);
            Run run = TraceViewSamples.run(bad, "--png", png);
            assertEquals(1, run.exitCode(), text);
            assertTrue(run.err().startsWith("trace-view: " + bad + ": "), run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void aMissingFileOrAnUnwritablePngExitsOne() throws Exception {
        Run missing = TraceViewSamples.run(dir.resolve("nope.json"), "--png", png);
        assertEquals(1, missing.exitCode());
        assertEquals("trace-view: " + dir.resolve("nope.json") + ": no such file", missing.err().strip());
        Run unwritable = TraceViewSamples.run(trace, "--png", dir.resolve("no/such/dir/out.png"));
        assertEquals(1, unwritable.exitCode());
        assertTrue(unwritable.err().startsWith("trace-view: cannot write "), unwritable.err());
        assertEquals(1, unwritable.err().strip().lines().count(), unwritable.err());
    }

    @Test
    void badArgumentsExitTwo() throws Exception {
        Object[][] cases = {
            {trace}, // no --png
            {"--png", png}, // no FILE
            {trace, "--png", png, "--width", "wide"},
            {trace, "--png", png, "--width", 10},
            {trace, "--png", png, "--from", 5, "--to", 2},
            {trace, "--png", png, "--from", "NaN"},
            {trace, "--png", png, "--from", 100}, // after the trace's end (39 ms)
            {trace, "--png", png, "--colour", "red"},
        };
        for (Object[] args : cases) {
            Run run = TraceViewSamples.run(args);
            assertEquals(2, run.exitCode(), java.util.Arrays.toString(args) + ": " + run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void unmatchedEndsAndBeginsAreDrawnWithoutFailing() throws Exception {
        Path odd = TraceViewSamples.write(dir, "odd.json", """
                [
                  {"ph":"E","pid":7,"tid":70,"ts":100},
                  {"ph":"B","pid":7,"tid":70,"ts":200,"name":"never ends"},
                  {"ph":"X","pid":7,"tid":70,"ts":300,"dur":50,"name":"inside"},
                  {"ph":"E","pid":7,"tid":71,"ts":900}
                ]
                """);
        Run run = TraceViewSamples.run(odd, "--png", png, "--width", WIDTH);
        assertEquals(0, run.exitCode(), run.err());
        TimelineLayout layout = TraceViewSamples.layout(odd, null, null, WIDTH);
        Rectangle open = layout.boundsOf("never ends").orElseThrow();
        assertEquals(layout.timelineRight(), open.x + open.width, "runs to the end of the view");
        assertTrue(mostlyOfColour(ImageIO.read(png.toFile()), open, Palette.sliceColor("never ends")));
        assertEquals(1, layout.model().processes().get(0).threads().size(), "a thread with only a stray E has nothing to draw");
    }

    /** More than half the pixels of {@code r} are {@code colour} (a name drawn inside covers some). */
    static boolean mostlyOfColour(BufferedImage image, Rectangle r, Color colour) {
        int same = 0;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) same++;
            }
        }
        return same * 2 > r.width * r.height;
    }

    static boolean colourNear(BufferedImage image, int x, int y, Color colour) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((image.getRGB(x + dx, y + dy) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) return true;
            }
        }
        return false;
    }

    static int countOfColour(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) count++;
            }
        }
        return count;
    }
}
