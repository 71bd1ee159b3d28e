package minibrowser.tools.traceview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import minibrowser.tools.traceview.TimelineLayout.Lane;
import minibrowser.tools.traceview.TimelineLayout.LaneKind;
import minibrowser.tools.traceview.TraceViewSamples.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Placing: lanes in order, depth rows and their cap, the height cap, the axis. */
class TraceViewLayoutTest {
    @TempDir
    Path dir;

    @Test
    void lanesGoHeaderCountersThenThreadsPerProcess() throws Exception {
        Path trace = TraceViewSamples.write(dir, "t.json", TraceViewSamples.SAMPLE);
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, 1600);
        List<String> lanes = layout.lanes().stream().map(l -> l.kind() + " " + l.label()).toList();
        assertEquals(List.of("PROCESS_HEADER browser pid 1", "COUNTER counter: heap MB", "THREAD io 12", "THREAD ui 11",
                "PROCESS_HEADER renderer pid 2 \u2014 renderer for tabs 1, 3", "THREAD main 21"), lanes);
        Lane ui = layout.lanes().get(3);
        assertEquals(2 * TimelineLayout.LANE_PADDING + 2 * TimelineLayout.ROW_HEIGHT, ui.height(), "two depths, two rows");
        for (int i = 1; i < layout.lanes().size(); i++) {
            assertEquals(layout.lanes().get(i - 1).bottom(), layout.lanes().get(i).top(), "lanes touch");
        }
        assertEquals(layout.lanes().get(layout.lanes().size() - 1).bottom() + TimelineLayout.BOTTOM_MARGIN,
                layout.height());
    }

    @Test
    void deepNestingSharesTheLastRow() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int depth = 0; depth < 10; depth++) {
            json.append(depth == 0 ? "" : ",").append("{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":").append(depth * 10)
                    .append(",\"dur\":").append(1000 - depth * 20).append(",\"name\":\"d").append(depth).append("\"}");
        }
        Path trace = TraceViewSamples.write(dir, "deep.json", json.append("]").toString());
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, 1600);
        Lane lane = layout.lanes().stream().filter(l -> l.kind() == LaneKind.THREAD).findFirst().orElseThrow();
        assertEquals(2 * TimelineLayout.LANE_PADDING + TimelineLayout.MAX_ROWS * TimelineLayout.ROW_HEIGHT, lane.height());
        int lastRow = lane.top() + TimelineLayout.LANE_PADDING + (TimelineLayout.MAX_ROWS - 1) * TimelineLayout.ROW_HEIGHT;
        assertEquals(lastRow, layout.boundsOf("d5").orElseThrow().y);
        assertEquals(lastRow, layout.boundsOf("d9").orElseThrow().y);
    }

    @Test
    void aTallTraceStopsAtTheHeightCapAndSaysSo() throws Exception {
        int threads = 600;
        StringBuilder json = new StringBuilder("[");
        for (int t = 0; t < threads; t++) {
            json.append(t == 0 ? "" : ",").append("{\"ph\":\"X\",\"pid\":").append(1 + t / 100).append(",\"tid\":")
                    .append(t).append(",\"ts\":").append(t).append(",\"dur\":10,\"name\":\"s\"}");
        }
        Path trace = TraceViewSamples.write(dir, "tall.json", json.append("]").toString());
        Path png = dir.resolve("tall.png");
        Run run = TraceViewSamples.run(trace, "--png", png);
        assertEquals(0, run.exitCode(), run.err());
        TimelineLayout layout = TraceViewSamples.layout(trace, null, null, TraceView.DEFAULT_WIDTH);
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getHeight() <= TimelineLayout.MAX_HEIGHT, "height " + image.getHeight());
        assertEquals(layout.height(), image.getHeight());
        int laneHeight = 2 * TimelineLayout.LANE_PADDING + TimelineLayout.ROW_HEIGHT;
        assertTrue(image.getHeight() > TimelineLayout.MAX_HEIGHT - laneHeight - TimelineLayout.PROCESS_HEADER_HEIGHT
                - TimelineLayout.BOTTOM_MARGIN, "filled to the cap");
        assertEquals(threads, layout.threadsPlaced() + layout.lanesCut());
        assertTrue(layout.lanesCut() > 0);
        assertTrue(run.out().strip().endsWith(" (" + layout.lanesCut() + " lanes cut: the picture stops at 8000 px)"),
                run.out());
        assertTrue(run.out().contains(layout.threadsPlaced() + " threads, " + layout.threadsPlaced() + " slices"), run.out());
    }

    @Test
    void ticksAreRoundMillisecondsCountedFromTheFirstEvent() {
        TimeWindow window = new TimeWindow(1000, 1000, 40000);
        double pxPerUs = 1328 / 39000.0;
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(window, pxPerUs);
        assertEquals(List.of("0 ms", "5 ms", "10 ms", "15 ms", "20 ms", "25 ms", "30 ms", "35 ms"),
                ticks.stream().map(TimeAxis.Tick::label).toList());
        assertEquals(6000, ticks.get(1).us());
        assertEquals(0.2, TimeAxis.roundStep(0.15));
        assertEquals(1000, TimeAxis.roundStep(501));
        assertEquals("0.3", TimeAxis.formatMs(0.1 + 0.2));
        assertEquals(List.of("2 ms", "2.5 ms", "3 ms"), TimeAxis.ticks(new TimeWindow(0, 1900, 3100), 300 / 1200.0)
                .stream().map(TimeAxis.Tick::label).toList());
    }
}
