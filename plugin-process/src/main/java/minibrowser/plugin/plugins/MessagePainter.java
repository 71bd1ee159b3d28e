package minibrowser.plugin.plugins;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * Draws a short message centred on a plugin's surface, in place of its content:
 * a heading ("no data") and a line saying why. Text too wide is cut at the edges.
 */
final class MessagePainter {

    private static final Color BACKGROUND = new Color(0xF4F4F4);
    private static final Color BORDER = new Color(0xB0B0B0);
    private static final Color HEADING = new Color(0x7A1F1F);
    private static final Color DETAIL = new Color(0x333333);

    private MessagePainter() {
    }

    static void paint(Graphics2D g, int width, int height, String heading, String detail) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1));
        g.drawRect(0, 0, width - 1, height - 1);
        int size = Math.max(9, Math.min(16, height / 6));
        Font headingFont = new Font(Font.SANS_SERIF, Font.BOLD, size);
        Font detailFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(8, size - 3));
        FontMetrics headingMetrics = g.getFontMetrics(headingFont);
        FontMetrics detailMetrics = g.getFontMetrics(detailFont);
        int total = headingMetrics.getHeight() + detailMetrics.getHeight();
        int top = (height - total) / 2;
        g.setFont(headingFont);
        g.setColor(HEADING);
        g.drawString(heading, (width - headingMetrics.stringWidth(heading)) / 2, top + headingMetrics.getAscent());
        g.setFont(detailFont);
        g.setColor(DETAIL);
        int detailX = Math.max(4, (width - detailMetrics.stringWidth(detail)) / 2);
        g.drawString(detail, detailX, top + headingMetrics.getHeight() + detailMetrics.getAscent());
    }
}
