package minibrowser.tools.traceview;

import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import minibrowser.tools.traceview.TraceModel.CounterSeries;
import minibrowser.tools.traceview.TraceModel.CounterTrack;
import minibrowser.tools.traceview.TraceModel.Flow;
import minibrowser.tools.traceview.TraceModel.Instant;
import minibrowser.tools.traceview.TraceModel.ProcessTrack;
import minibrowser.tools.traceview.TraceModel.Slice;
import minibrowser.tools.traceview.TraceModel.ThreadTrack;

/**
 * Where everything of one picture goes, in pixels, decided before anything is drawn, so
 * the painter only paints and a test can ask where a slice or an arrow ended up.
 *
 * <p>Top to bottom: the time axis; then per process a header row and its lanes (counters,
 * then threads). Left to right: a gutter of {@link #GUTTER_WIDTH} for lane labels, then the
 * timeline, where time maps linearly onto x ({@link #xOf}). A thread lane has one row of
 * {@link #ROW_HEIGHT} per nesting depth, at most {@link #MAX_ROWS} (deeper slices share the
 * last row). Lanes stop at {@link #MAX_HEIGHT}: the ones that do not fit are counted in
 * {@link #lanesCut()}, not drawn.
 *
 * <p>Only what shows in the {@link TimeWindow} is placed: a slice that lies wholly outside
 * it has no bounds; an arrow is cut at the timeline's edges.
 */
public final class TimelineLayout {
    public static final int GUTTER_WIDTH = 260;
    public static final int RIGHT_MARGIN = 12;
    public static final int AXIS_HEIGHT = 24;
    public static final int PROCESS_HEADER_HEIGHT = 20;
    public static final int ROW_HEIGHT = 16;
    public static final int LANE_PADDING = 3;
    public static final int MAX_ROWS = 6;
    public static final int COUNTER_LANE_HEIGHT = 40;
    public static final int BOTTOM_MARGIN = 6;
    public static final int MAX_HEIGHT = 8000;

    /** What a lane holds. */
    public enum LaneKind { PROCESS_HEADER, COUNTER, THREAD }

    /** One horizontal band, the full width of the picture. */
    public record Lane(LaneKind kind, String label, int top, int height) {
        public int bottom() {
            return top + height;
        }
    }

    /** A slice and the rectangle it fills (already cut to the window). */
    public record PlacedSlice(Slice slice, Rectangle bounds) {
    }

    /** An instant: its x, and the top of the lane row it marks. */
    public record PlacedInstant(Instant instant, int x, int top) {
    }

    /** A counter, its lane, and the range of values its lane's height spans. */
    public record PlacedCounter(CounterTrack counter, Lane lane, double min, double max) {
        /** The y of {@code value} in the lane: {@code min} at the bottom, {@code max} at the top. */
        public double yOf(double value) {
            double inner = lane.height() - 2.0 * LANE_PADDING;
            return lane.bottom() - LANE_PADDING - (value - min) / (max - min) * inner;
        }
    }

    /** An arrow as drawn (cut to the timeline), and whether its head, its end, is inside the window. */
    public record PlacedFlow(Flow flow, Line2D.Double line, boolean headShown) {
    }

    /** A tick of the time axis. */
    public record Tick(int x, String label) {
    }

    private final TraceModel model;
    private final TimeWindow window;
    private final int width;
    private final double pxPerUs;
    private final List<Lane> lanes = new ArrayList<>();
    private final List<PlacedSlice> slices = new ArrayList<>();
    private final Map<Slice, Rectangle> sliceBounds = new IdentityHashMap<>();
    private final List<PlacedInstant> instants = new ArrayList<>();
    private final List<PlacedCounter> counters = new ArrayList<>();
    private final List<PlacedFlow> flows = new ArrayList<>();
    /** The centre y of the row of every slice that begins or ends a flow, whether or not it shows. */
    private final Map<Slice, Integer> flowEndRows = new IdentityHashMap<>();
    private int processesPlaced;
    private int threadsPlaced;
    private int lanesCut;
    private int height;

    private TimelineLayout(TraceModel model, TimeWindow window, int width) {
        this.model = model;
        this.window = window;
        this.width = width;
        this.pxPerUs = (width - GUTTER_WIDTH - RIGHT_MARGIN) / window.spanUs();
    }

    /** The layout of {@code model} seen through {@code window}, {@code width} pixels wide. */
    public static TimelineLayout compute(TraceModel model, TimeWindow window, int width) {
        if (width <= GUTTER_WIDTH + RIGHT_MARGIN) throw new IllegalArgumentException("too narrow: " + width);
        TimelineLayout layout = new TimelineLayout(model, window, width);
        layout.placeLanes(model);
        layout.placeFlows(model.flows());
        return layout;
    }

    private void placeLanes(TraceModel model) {
        Set<Slice> flowEnds = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Flow flow : model.flows()) {
            flowEnds.add(flow.from());
            flowEnds.add(flow.to());
        }
        int y = AXIS_HEIGHT;
        int limit = MAX_HEIGHT - BOTTOM_MARGIN;
        boolean full = false;
        for (ProcessTrack process : model.processes()) {
            int first = process.counters().isEmpty() ? threadHeight(process.threads().get(0)) : COUNTER_LANE_HEIGHT;
            if (full || y + PROCESS_HEADER_HEIGHT + first > limit) {
                full = true;
                lanesCut += process.counters().size() + process.threads().size();
                continue;
            }
            lanes.add(new Lane(LaneKind.PROCESS_HEADER, process.label(), y, PROCESS_HEADER_HEIGHT));
            y += PROCESS_HEADER_HEIGHT;
            processesPlaced++;
            for (CounterTrack counter : process.counters()) {
                if (full || y + COUNTER_LANE_HEIGHT > limit) {
                    full = true;
                    lanesCut++;
                    continue;
                }
                placeCounter(counter, y);
                y += COUNTER_LANE_HEIGHT;
            }
            for (ThreadTrack thread : process.threads()) {
                int laneHeight = threadHeight(thread);
                if (full || y + laneHeight > limit) {
                    full = true;
                    lanesCut++;
                    continue;
                }
                placeThread(thread, y, laneHeight, flowEnds);
                y += laneHeight;
                threadsPlaced++;
            }
        }
        height = y + BOTTOM_MARGIN;
    }

    private static int rows(ThreadTrack thread) {
        return Math.min(thread.maxDepth() + 1, MAX_ROWS);
    }

    private static int threadHeight(ThreadTrack thread) {
        return 2 * LANE_PADDING + rows(thread) * ROW_HEIGHT;
    }

    private void placeThread(ThreadTrack thread, int top, int laneHeight, Set<Slice> flowEnds) {
        lanes.add(new Lane(LaneKind.THREAD, thread.label(), top, laneHeight));
        int firstRowTop = top + LANE_PADDING;
        for (Slice slice : thread.slices()) {
            int rowTop = firstRowTop + Math.min(slice.depth(), MAX_ROWS - 1) * ROW_HEIGHT;
            if (flowEnds.contains(slice)) flowEndRows.put(slice, rowTop + ROW_HEIGHT / 2);
            if (!window.overlaps(slice.startUs(), slice.endUs())) continue;
            int left = (int) Math.floor(xOf(Math.max(slice.startUs(), window.fromUs())));
            int right = (int) Math.ceil(xOf(Math.min(slice.endUs(), window.toUs())));
            Rectangle bounds = new Rectangle(left, rowTop, Math.max(1, right - left), ROW_HEIGHT - 1);
            slices.add(new PlacedSlice(slice, bounds));
            sliceBounds.put(slice, bounds);
        }
        for (Instant instant : thread.instants()) {
            if (window.contains(instant.tsUs())) {
                instants.add(new PlacedInstant(instant, (int) Math.round(xOf(instant.tsUs())), firstRowTop));
            }
        }
    }

    private void placeCounter(CounterTrack counter, int top) {
        Lane lane = new Lane(LaneKind.COUNTER, counter.label(), top, COUNTER_LANE_HEIGHT);
        lanes.add(lane);
        double min = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (CounterSeries series : counter.series()) {
            for (double value : series.values()) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        if (!(max > min)) max = min + 1;
        counters.add(new PlacedCounter(counter, lane, min, max));
    }

    private void placeFlows(List<Flow> all) {
        for (Flow flow : all) {
            Integer fromY = flowEndRows.get(flow.from());
            Integer toY = flowEndRows.get(flow.to());
            if (fromY == null || toY == null) continue; // a lane cut off at the bottom
            double startUs = flow.startUs();
            double endUs = flow.to().startUs();
            if (!window.overlaps(Math.min(startUs, endUs), Math.max(startUs, endUs))) continue;
            Line2D.Double line = clipToTimeline(xOf(startUs), fromY, xOf(endUs), toY);
            if (line != null) flows.add(new PlacedFlow(flow, line, window.contains(endUs)));
        }
    }

    /** The part of the segment within the timeline's columns, or null if none. */
    private Line2D.Double clipToTimeline(double x0, double y0, double x1, double y1) {
        double left = timelineLeft();
        double right = timelineRight();
        double dx = x1 - x0;
        if (dx == 0) return x0 < left || x0 > right ? null : new Line2D.Double(x0, y0, x1, y1);
        double atLeft = (left - x0) / dx;
        double atRight = (right - x0) / dx;
        double from = Math.max(0, Math.min(atLeft, atRight));
        double to = Math.min(1, Math.max(atLeft, atRight));
        if (from > to) return null;
        double dy = y1 - y0;
        return new Line2D.Double(x0 + from * dx, y0 + from * dy, x0 + to * dx, y0 + to * dy);
    }

    /** The x of an absolute time; times outside the window map outside the timeline. */
    public double xOf(double us) {
        return GUTTER_WIDTH + (us - window.fromUs()) * pxPerUs;
    }

    public int timelineLeft() {
        return GUTTER_WIDTH;
    }

    public int timelineRight() {
        return width - RIGHT_MARGIN;
    }

    /** The model this layout places; {@link #boundsOf} knows its slices (by identity, not by value). */
    public TraceModel model() {
        return model;
    }

    /** Where {@code slice}, a slice of {@link #model()}, was drawn; empty if it was not (or is not of this model). */
    public Optional<Rectangle> boundsOf(Slice slice) {
        Rectangle bounds = sliceBounds.get(slice);
        return bounds == null ? Optional.empty() : Optional.of(new Rectangle(bounds));
    }

    /** Where the first slice named {@code name} (in drawing order) was drawn; empty if it was not. */
    public Optional<Rectangle> boundsOf(String name) {
        return model.firstSliceNamed(name).flatMap(this::boundsOf);
    }

    public List<Tick> ticks() {
        return TimeAxis.ticks(window, pxPerUs).stream()
                .map(t -> new Tick((int) Math.round(xOf(t.us())), t.label())).toList();
    }

    public TimeWindow window() {
        return window;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public List<Lane> lanes() {
        return Collections.unmodifiableList(lanes);
    }

    public List<PlacedSlice> slices() {
        return Collections.unmodifiableList(slices);
    }

    public List<PlacedInstant> instants() {
        return Collections.unmodifiableList(instants);
    }

    public List<PlacedCounter> counters() {
        return Collections.unmodifiableList(counters);
    }

    public List<PlacedFlow> flows() {
        return Collections.unmodifiableList(flows);
    }

    public int processesPlaced() {
        return processesPlaced;
    }

    public int threadsPlaced() {
        return threadsPlaced;
    }

    /** Counter and thread lanes left out because the picture reached {@link #MAX_HEIGHT}. */
    public int lanesCut() {
        return lanesCut;
    }
}
