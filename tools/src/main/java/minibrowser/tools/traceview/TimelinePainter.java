package minibrowser.tools.traceview;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import minibrowser.tools.traceview.TimelineLayout.Lane;
import minibrowser.tools.traceview.TimelineLayout.LaneKind;
import minibrowser.tools.traceview.TimelineLayout.PlacedCounter;
import minibrowser.tools.traceview.TimelineLayout.PlacedFlow;
import minibrowser.tools.traceview.TimelineLayout.PlacedInstant;
import minibrowser.tools.traceview.TimelineLayout.PlacedSlice;
import minibrowser.tools.traceview.TimelineLayout.Tick;
import minibrowser.tools.traceview.TraceModel.CounterSeries;

/**
 * Paints a {@link TimelineLayout} into an RGB image with Java2D; it decides no positions
 * of its own. Layers, bottom to top: lane backgrounds and the gutter, grid lines at the
 * ticks, slices with their names where they fit, instants, counter lines, flow arrows,
 * then the axis and the lane labels.
 *
 * <p>Shapes are drawn without antialiasing, so a slice is exactly its colour and an arrow
 * exactly {@link Palette#FLOW_ARROW} (a test can look for them pixel by pixel); only text
 * is smoothed. Needs no display ({@code java.awt.headless}) and no system font.
 */
public final class TimelinePainter {
    private static final int TEXT_INSET = 4;
    private static final int MIN_LABEL_CHARS = 2;
    private static final String ELLIPSIS = "\u2026";
    private static final int TICK_LENGTH = 5;
    private static final int INSTANT_HALF_WIDTH = 4;
    private static final int INSTANT_HEIGHT = 7;
    private static final float FLOW_STROKE = 2f;
    private static final int ARROW_HEAD_LENGTH = 9;
    private static final double ARROW_HEAD_HALF_ANGLE = Math.toRadians(24);
    private static final float COUNTER_STROKE = 1.5f;

    private final TimelineLayout layout;
    private final Graphics2D g;
    private final TimelineFonts.Fonts fonts;

    private TimelinePainter(TimelineLayout layout, Graphics2D g) {
        this.layout = layout;
        this.g = g;
        this.fonts = TimelineFonts.get();
    }

    /** The picture of {@code layout}, {@code layout.width()} by {@code layout.height()}. */
    public static BufferedImage paint(TimelineLayout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            new TimelinePainter(layout, g).paintAll();
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paintAll() {
        paintBackgrounds();
        Rectangle timeline = new Rectangle(layout.timelineLeft(), TimelineLayout.AXIS_HEIGHT,
                layout.timelineRight() - layout.timelineLeft() + 1, layout.height() - TimelineLayout.AXIS_HEIGHT);
        g.setClip(timeline);
        paintGrid();
        paintSlices();
        paintInstants();
        paintCounters();
        paintFlows();
        g.setClip(null);
        paintAxis();
        paintLabels();
    }

    private void paintBackgrounds() {
        g.setColor(Palette.BACKGROUND);
        g.fillRect(0, 0, layout.width(), layout.height());
        g.setColor(Palette.GUTTER);
        g.fillRect(0, 0, TimelineLayout.GUTTER_WIDTH, layout.height());
        int stripe = 0;
        for (Lane lane : layout.lanes()) {
            if (lane.kind() == LaneKind.PROCESS_HEADER) {
                g.setColor(Palette.PROCESS_HEADER);
                g.fillRect(0, lane.top(), layout.width(), lane.height());
                stripe = 0;
            } else if (stripe++ % 2 == 1) {
                g.setColor(Palette.LANE_STRIPE);
                g.fillRect(TimelineLayout.GUTTER_WIDTH, lane.top(), layout.width() - TimelineLayout.GUTTER_WIDTH,
                        lane.height());
            }
            g.setColor(Palette.SEPARATOR);
            g.drawLine(0, lane.bottom() - 1, layout.width(), lane.bottom() - 1);
        }
        g.drawLine(TimelineLayout.GUTTER_WIDTH - 1, TimelineLayout.AXIS_HEIGHT, TimelineLayout.GUTTER_WIDTH - 1,
                layout.height());
    }

    private void paintGrid() {
        g.setColor(Palette.GRID);
        for (Tick tick : layout.ticks()) g.drawLine(tick.x(), TimelineLayout.AXIS_HEIGHT, tick.x(), layout.height());
    }

    private void paintSlices() {
        g.setFont(fonts.slice());
        FontMetrics metrics = g.getFontMetrics();
        for (PlacedSlice placed : layout.slices()) {
            Rectangle r = placed.bounds();
            g.setColor(Palette.sliceColor(placed.slice().name()));
            g.fillRect(r.x, r.y, r.width, r.height);
            String text = fitted(placed.slice().name(), r.width - 2 * TEXT_INSET, metrics);
            if (text != null) {
                g.setColor(Palette.TEXT);
                g.drawString(text, r.x + TEXT_INSET, baseline(r.y, r.height, metrics));
            }
        }
    }

    private void paintInstants() {
        g.setColor(Palette.INSTANT);
        for (PlacedInstant instant : layout.instants()) {
            int x = instant.x();
            int top = instant.top();
            g.fillPolygon(new int[] {x - INSTANT_HALF_WIDTH, x + INSTANT_HALF_WIDTH, x},
                    new int[] {top, top, top + INSTANT_HEIGHT}, 3);
        }
    }

    private void paintCounters() {
        g.setStroke(new BasicStroke(COUNTER_STROKE));
        for (PlacedCounter placed : layout.counters()) {
            int index = 0;
            for (CounterSeries series : placed.counter().series()) {
                g.setColor(Palette.counterLine(index++));
                g.draw(polyline(placed, series));
            }
        }
        g.setStroke(new BasicStroke());
    }

    /** The samples in the window, plus one on each side of it so the line reaches its edges. */
    private Path2D.Double polyline(PlacedCounter placed, CounterSeries series) {
        Path2D.Double path = new Path2D.Double();
        double[] times = series.timesUs();
        double[] values = series.values();
        TimeWindow window = layout.window();
        boolean started = false;
        for (int i = 0; i < times.length; i++) {
            boolean beforeNext = i + 1 < times.length && times[i + 1] < window.fromUs();
            if (beforeNext) continue;
            double x = layout.xOf(times[i]);
            double y = placed.yOf(values[i]);
            if (started) path.lineTo(x, y);
            else path.moveTo(x, y);
            if (!started && times.length == 1) path.lineTo(layout.timelineRight(), y);
            started = true;
            if (times[i] > window.toUs()) break;
        }
        return path;
    }

    private void paintFlows() {
        g.setColor(Palette.FLOW_ARROW);
        g.setStroke(new BasicStroke(FLOW_STROKE, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (PlacedFlow flow : layout.flows()) {
            Line2D.Double line = flow.line();
            g.draw(line);
            if (flow.headShown()) g.fill(arrowHead(line));
        }
        g.setStroke(new BasicStroke());
    }

    private static Path2D.Double arrowHead(Line2D.Double line) {
        double angle = Math.atan2(line.y2 - line.y1, line.x2 - line.x1);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(line.x2, line.y2);
        head.lineTo(line.x2 - ARROW_HEAD_LENGTH * Math.cos(angle - ARROW_HEAD_HALF_ANGLE),
                line.y2 - ARROW_HEAD_LENGTH * Math.sin(angle - ARROW_HEAD_HALF_ANGLE));
        head.lineTo(line.x2 - ARROW_HEAD_LENGTH * Math.cos(angle + ARROW_HEAD_HALF_ANGLE),
                line.y2 - ARROW_HEAD_LENGTH * Math.sin(angle + ARROW_HEAD_HALF_ANGLE));
        head.closePath();
        return head;
    }

    private void paintAxis() {
        int axisBottom = TimelineLayout.AXIS_HEIGHT - 1;
        g.setColor(Palette.AXIS_BACKGROUND);
        g.fillRect(0, 0, layout.width(), TimelineLayout.AXIS_HEIGHT);
        g.setColor(Palette.SEPARATOR);
        g.drawLine(0, axisBottom, layout.width(), axisBottom);
        g.setFont(fonts.label());
        FontMetrics metrics = g.getFontMetrics();
        for (Tick tick : layout.ticks()) {
            g.setColor(Palette.SEPARATOR);
            g.drawLine(tick.x(), axisBottom - TICK_LENGTH, tick.x(), axisBottom);
            g.setColor(Palette.MUTED_TEXT);
            int x = Math.min(tick.x() + 3, layout.width() - metrics.stringWidth(tick.label()) - 2);
            g.drawString(tick.label(), x, baseline(0, TimelineLayout.AXIS_HEIGHT - TICK_LENGTH, metrics));
        }
    }

    private void paintLabels() {
        for (Lane lane : layout.lanes()) {
            boolean header = lane.kind() == LaneKind.PROCESS_HEADER;
            g.setFont(header ? fonts.header() : fonts.label());
            FontMetrics metrics = g.getFontMetrics();
            int room = (header ? layout.width() : TimelineLayout.GUTTER_WIDTH) - 2 * TEXT_INSET;
            String text = fitted(lane.label(), room, metrics);
            if (text == null) continue;
            g.setColor(lane.kind() == LaneKind.COUNTER ? Palette.MUTED_TEXT : Palette.TEXT);
            int rowHeight = header ? lane.height() : TimelineLayout.ROW_HEIGHT;
            int rowTop = header ? lane.top() : lane.top() + TimelineLayout.LANE_PADDING;
            g.drawString(text, TEXT_INSET + (header ? 0 : TEXT_INSET), baseline(rowTop, rowHeight, metrics));
        }
        g.setColor(Palette.MUTED_TEXT);
        g.setFont(fonts.label());
        for (PlacedCounter counter : layout.counters()) { // the scale, under the counter's name
            Lane lane = counter.lane();
            g.drawString(TimeAxis.formatNumber(counter.min()) + " to " + TimeAxis.formatNumber(counter.max()),
                    2 * TEXT_INSET, baseline(lane.top() + TimelineLayout.LANE_PADDING + TimelineLayout.ROW_HEIGHT,
                            TimelineLayout.ROW_HEIGHT, g.getFontMetrics()));
        }
    }

    /** The y at which text sits centred in a row. */
    private static int baseline(int top, int rowHeight, FontMetrics metrics) {
        return top + (rowHeight + metrics.getAscent() - metrics.getDescent()) / 2;
    }

    /** {@code text} if it fits in {@code room} pixels, else its longest start that fits with an ellipsis, else null. */
    private static String fitted(String text, int room, FontMetrics metrics) {
        if (room <= 0) return null;
        if (metrics.stringWidth(text) <= room) return text;
        int low = 0;
        int high = text.length();
        while (low < high) { // the most characters that fit with the ellipsis
            int mid = (low + high + 1) / 2;
            if (metrics.stringWidth(text.substring(0, mid) + ELLIPSIS) <= room) low = mid;
            else high = mid - 1;
        }
        return low < MIN_LABEL_CHARS ? null : text.substring(0, low) + ELLIPSIS;
    }
}
