package minibrowser.plugin.plugins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.List;

/**
 * Draws a bar chart: title at the top, value axis with gridlines on the left,
 * bars growing from zero (up for positive values, down for negative ones), labels
 * under the bars.
 *
 * <pre>
 *            Title
 *    10 ┤        ██
 *     5 ┤  ██    ██
 *     0 ┼──██────██──
 *         Jan   Feb
 * </pre>
 *
 * <p>Text gives way to bars on small surfaces: labels that would collide are
 * thinned out, and below {@value #MIN_TEXT_HEIGHT} pixels only the bars are drawn.
 */
final class BarChartPainter {

    static final int POSITIVE_BAR = 0x3B7DD8;
    static final int NEGATIVE_BAR = 0xD8553B;
    private static final int MIN_TEXT_HEIGHT = 60;
    private static final int MIN_TEXT_WIDTH = 80;
    private static final int PADDING = 6;
    private static final int TICKS = 5;
    private static final Color BACKGROUND = Color.WHITE;
    private static final Color TEXT = new Color(0x222222);
    private static final Color GRID = new Color(0xE2E2E2);
    private static final Color AXIS = new Color(0x555555);

    private BarChartPainter() {
    }

    static void paint(Graphics2D g, int width, int height, ChartData chart) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        AxisScale scale = AxisScale.covering(chart.lowest(), chart.highest(), TICKS);
        if (width < MIN_TEXT_WIDTH || height < MIN_TEXT_HEIGHT) {
            drawBars(g, new Rectangle(0, 0, width, height), chart.bars(), scale);
            return;
        }
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, Math.min(12, height / 20)));
        FontMetrics metrics = g.getFontMetrics(font);
        int top = PADDING + drawTitle(g, width, chart);
        int axisLabelWidth = scale.ticks().stream().mapToInt(t -> metrics.stringWidth(scale.format(t))).max().orElse(0);
        int left = PADDING + axisLabelWidth + 4;
        int bottom = height - PADDING - metrics.getHeight();
        Rectangle plot = new Rectangle(left, top, Math.max(1, width - PADDING - left), Math.max(1, bottom - top));
        g.setFont(font);
        drawAxis(g, plot, scale, metrics);
        drawBars(g, plot, chart.bars(), scale);
        drawLabels(g, plot, chart.bars(), metrics);
    }

    /** @return the height the title took */
    private static int drawTitle(Graphics2D g, int width, ChartData chart) {
        String title = chart.omittedBars() > 0
                ? (chart.title() + " (first " + chart.bars().size() + " of "
                        + (chart.bars().size() + chart.omittedBars()) + "+)").strip()
                : chart.title();
        if (title.isEmpty()) {
            return 4;
        }
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        FontMetrics metrics = g.getFontMetrics(font);
        g.setFont(font);
        g.setColor(TEXT);
        g.drawString(title, Math.max(PADDING, (width - metrics.stringWidth(title)) / 2), PADDING + metrics.getAscent());
        return metrics.getHeight() + 4;
    }

    private static void drawAxis(Graphics2D g, Rectangle plot, AxisScale scale, FontMetrics metrics) {
        g.setStroke(new BasicStroke(1));
        for (double tick : scale.ticks()) {
            int y = yOf(plot, scale, tick);
            g.setColor(tick == 0 ? AXIS : GRID);
            g.drawLine(plot.x, y, plot.x + plot.width, y);
            String text = scale.format(tick);
            g.setColor(TEXT);
            g.drawString(text, plot.x - 4 - metrics.stringWidth(text), y + metrics.getAscent() / 2 - 1);
        }
        g.setColor(AXIS);
        g.drawLine(plot.x, plot.y, plot.x, plot.y + plot.height);
    }

    /** Bars are whole-pixel rectangles, so their colour is exact inside. */
    private static void drawBars(Graphics2D g, Rectangle plot, List<ChartBar> bars, AxisScale scale) {
        double slot = (double) plot.width / bars.size();
        int barWidth = Math.max(1, (int) Math.round(slot * 0.7));
        int zero = yOf(plot, scale, 0);
        for (int i = 0; i < bars.size(); i++) {
            double value = bars.get(i).value();
            int x = plot.x + (int) Math.round(i * slot + (slot - barWidth) / 2);
            int y = yOf(plot, scale, value);
            g.setColor(new Color(value >= 0 ? POSITIVE_BAR : NEGATIVE_BAR));
            g.fillRect(x, Math.min(y, zero), barWidth, Math.max(1, Math.abs(zero - y)));
        }
    }

    /** Labels centred under their bars; every n-th only, when all would collide. */
    private static void drawLabels(Graphics2D g, Rectangle plot, List<ChartBar> bars, FontMetrics metrics) {
        double slot = (double) plot.width / bars.size();
        int widest = bars.stream().mapToInt(bar -> metrics.stringWidth(bar.label())).max().orElse(0) + 4;
        int every = Math.max(1, (int) Math.ceil(widest / slot));
        g.setColor(TEXT);
        for (int i = 0; i < bars.size(); i += every) {
            String label = bars.get(i).label();
            int centre = plot.x + (int) Math.round((i + 0.5) * slot);
            g.drawString(label, centre - metrics.stringWidth(label) / 2, plot.y + plot.height + 2 + metrics.getAscent());
        }
    }

    private static int yOf(Rectangle plot, AxisScale scale, double value) {
        return plot.y + plot.height - (int) Math.round(scale.fraction(value) * plot.height);
    }
}
