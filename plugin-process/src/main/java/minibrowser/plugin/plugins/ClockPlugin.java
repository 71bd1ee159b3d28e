package minibrowser.plugin.plugins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Map;

/**
 * {@value #MIME_TYPE}: an analog clock showing the local time, with a seconds
 * hand, repainted every second.
 *
 * <pre>{@code
 * <embed type="application/x-minibrowser-clock" label="Lisbon" width="200" height="200">
 * }</pre>
 *
 * <p>The face fits the smaller side of the surface; the optional {@code label}
 * parameter is written under the centre.
 */
public final class ClockPlugin implements PluginInstance {

    /** The MIME type of an embed that shows a clock. */
    public static final String MIME_TYPE = "application/x-minibrowser-clock";
    /** How often the clock repaints: once per tick of the seconds hand. */
    public static final long REPAINT_INTERVAL_MILLIS = 1000;
    private static final int SECONDS_HAND = 0xD32F2F;

    private static final int MAX_LABEL_LENGTH = 40;
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color FACE = new Color(0xF7F5EF);
    private static final Color INK = new Color(0x222222);

    private final Clock clock;
    private final String label;

    private ClockPlugin(Clock clock, String label) {
        this.clock = clock;
        this.label = label;
    }

    /**
     * A clock reading {@code clock} (the system's in the browser, a fixed one in tests).
     *
     * @param params {@code label}: text shown on the face, optional
     */
    public static ClockPlugin create(Clock clock, Map<String, String> params) {
        String label = params.getOrDefault("label", "").strip();
        if (label.length() > MAX_LABEL_LENGTH) {
            label = label.substring(0, MAX_LABEL_LENGTH - 1) + "…";
        }
        return new ClockPlugin(clock, label);
    }

    @Override
    public void paint(int[] argb, int width, int height) {
        LocalTime now = LocalTime.now(clock);
        PluginCanvas.draw(argb, width, height, g -> paintFace(g, width, height, now));
    }

    /** {@value #REPAINT_INTERVAL_MILLIS}: the seconds hand moves every second. */
    @Override
    public long repaintIntervalMillis() {
        return REPAINT_INTERVAL_MILLIS;
    }

    private void paintFace(Graphics2D g, int width, int height, LocalTime time) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        double radius = Math.min(width, height) / 2.0 - 2;
        if (radius < 4) {
            return;
        }
        double cx = width / 2.0;
        double cy = height / 2.0;
        Ellipse2D face = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.setColor(FACE);
        g.fill(face);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) Math.max(1, radius / 30)));
        g.draw(face);
        drawTicks(g, cx, cy, radius);
        drawLabel(g, cx, cy, radius);

        double seconds = time.getSecond();
        double minutes = time.getMinute() + seconds / 60;
        double hours = time.getHour() % 12 + minutes / 60;
        drawHand(g, cx, cy, hours / 12, 0.5 * radius, 0, radius / 14, INK);
        drawHand(g, cx, cy, minutes / 60, 0.78 * radius, 0, radius / 22, INK);
        drawHand(g, cx, cy, seconds / 60, 0.86 * radius, 0.18 * radius, Math.max(1.5, radius / 50), new Color(SECONDS_HAND));
        double dot = Math.max(2, radius / 18);
        g.setColor(new Color(SECONDS_HAND));
        g.fill(new Ellipse2D.Double(cx - dot, cy - dot, 2 * dot, 2 * dot));
    }

    /** 60 minute marks, the 12 hour marks longer and thicker. */
    private static void drawTicks(Graphics2D g, double cx, double cy, double radius) {
        g.setColor(INK);
        for (int minute = 0; minute < 60; minute++) {
            boolean hour = minute % 5 == 0;
            if (!hour && radius < 30) {
                continue;
            }
            double angle = Math.toRadians(minute * 6);
            double inner = radius * (hour ? 0.82 : 0.9);
            double outer = radius * 0.95;
            g.setStroke(new BasicStroke((float) Math.max(1, radius / (hour ? 25 : 80))));
            g.draw(new Line2D.Double(cx + inner * Math.sin(angle), cy - inner * Math.cos(angle),
                    cx + outer * Math.sin(angle), cy - outer * Math.cos(angle)));
        }
    }

    private void drawLabel(Graphics2D g, double cx, double cy, double radius) {
        if (label.isEmpty() || radius < 30) {
            return;
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.max(9, radius / 7));
        FontMetrics metrics = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(INK);
        g.drawString(label, (float) (cx - metrics.stringWidth(label) / 2.0), (float) (cy + radius * 0.45));
    }

    /**
     * A hand pointing at {@code turn} of a full circle (0 = twelve o'clock, clockwise),
     * {@code length} long past the centre and {@code tail} long behind it.
     */
    private static void drawHand(Graphics2D g, double cx, double cy, double turn, double length, double tail,
                                 double thickness, Color color) {
        double angle = turn * 2 * Math.PI;
        double dx = Math.sin(angle);
        double dy = -Math.cos(angle);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) thickness, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(cx - tail * dx, cy - tail * dy, cx + length * dx, cy + length * dy));
    }
}
