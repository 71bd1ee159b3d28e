package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.TextStyle;

/**
 * List item markers (CSS Lists 3, {@code list-style-position: outside}): the bullet or
 * number is placed left of the item's content box, on the baseline of its first line.
 */
final class ListMarkers {

    /** Gap between the marker and the item's content, in px. */
    private static final int GAP = 8;

    private ListMarkers() {}

    /** The marker text for item number {@code ordinal} in a list of the given style, or "" for none. */
    static String text(String listStyleType, int ordinal) {
        return switch (listStyleType) {
            case "none" -> "";
            case "circle" -> "◦";
            case "square" -> "▪";
            case "decimal" -> ordinal + ".";
            case "decimal-leading-zero" -> (ordinal < 10 && ordinal >= 0 ? "0" : "") + ordinal + ".";
            case "lower-alpha", "lower-latin" -> alpha(ordinal, 'a') + ".";
            case "upper-alpha", "upper-latin" -> alpha(ordinal, 'A') + ".";
            case "lower-roman" -> roman(ordinal).toLowerCase() + ".";
            case "upper-roman" -> roman(ordinal) + ".";
            default -> "•";
        };
    }

    /** Adds the marker to a laid-out list item. */
    static void place(BlockBox item, int ordinal, TextMeasurer measurer) {
        String text = text(item.style().listStyleType(), ordinal);
        if (text.isEmpty()) return;
        TextStyle font = item.style().textStyle();
        Device device = measurer.device();
        int width = measurer.width(text, font);
        int lineHeight = device.snapLineHeight(item.style().lineHeight(device.lineHeight(font)));
        int ascent = device.ascent(font) + (lineHeight - device.lineHeight(font)) / 2;
        LineBox first = firstLine(item);
        int baseline = first != null ? first.baseline() : item.contentY() + ascent;
        TextFragment marker = new TextFragment(text, item.style(), null, true);
        marker.x = item.contentX() - GAP - width;
        marker.y = baseline - ascent;
        marker.width = width;
        marker.height = lineHeight;
        marker.baseline = baseline;
        item.marker = marker;
    }

    /** The first line box inside {@code box}, searching depth-first (bounded), or null. */
    private static LineBox firstLine(LayoutBox box) {
        LayoutBox current = box;
        for (int depth = 0; depth < 64 && current != null; depth++) {
            if (current instanceof LineBox line) return line;
            current = current.children().isEmpty() ? null : current.children().get(0);
        }
        return null;
    }

    private static String alpha(int n, char base) {
        if (n <= 0) return String.valueOf(n);
        StringBuilder s = new StringBuilder();
        while (n > 0) {
            n--;
            s.insert(0, (char) (base + n % 26));
            n /= 26;
        }
        return s.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }
}
