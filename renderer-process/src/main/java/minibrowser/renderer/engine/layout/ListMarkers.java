package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.style.CounterStyle;

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
        String text = CounterStyle.format(ordinal, listStyleType);
        if (!CounterStyle.isNumeric(listStyleType)) return text;
        return text + ".";
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
}
