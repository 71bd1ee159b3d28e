package minibrowser.gpu.compositor;

import java.util.ArrayList;
import java.util.List;

/**
 * A panel docked at the bottom of the page area, the page still shown above it: how
 * the guided tour's narration is drawn. A bordered box as wide as the area; its lines
 * left-aligned and wrapped at spaces to the box's width (a word longer than the width
 * is cut with an ellipsis).
 *
 * <p>It never takes more than two thirds of the area, so some of the page stays in sight;
 * lines that do not fit are left out from the bottom.
 */
final class DockedPanel {

    /** The rows the panel takes in {@code area}: 0 for no lines. */
    static int rows(List<String> lines, CellRect area) {
        if (lines.isEmpty() || area.height() < 3) {
            return 0;
        }
        return Math.min(wrap(lines, textWidth(area.width())).size() + 2, area.height() * 2 / 3);
    }

    /** Draws {@code lines} in a box over all of {@code rect} (grid coordinates). */
    void draw(CellCanvas canvas, CellRect rect, List<String> lines) {
        canvas.fill(rect, UiColors.TEXT, UiColors.OVERLAY_BOX);
        OverlayBox.drawBorder(canvas.clippedTo(rect), rect);
        CellRect text = new CellRect(rect.column() + 2, rect.row() + 1, textWidth(rect.width()), Math.max(0, rect.height() - 2));
        CellCanvas inside = canvas.clippedTo(text);
        List<String> wrapped = wrap(lines, text.width());
        for (int i = 0; i < wrapped.size() && i < text.height(); i++) {
            String line = Truncation.keepStart(wrapped.get(i), text.width());
            inside.text(text.column(), text.row() + i, line, text.width(), UiColors.TEXT, UiColors.OVERLAY_BOX);
        }
    }

    private static int textWidth(int boxWidth) {
        return Math.max(1, boxWidth - 4);
    }

    /** Each line broken at spaces into pieces of at most {@code width} columns; a wrapped piece keeps the line's indent. */
    static List<String> wrap(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            String rest = line;
            while (CharWidth.columns(rest) > width) {
                int cut = lastSpaceWithin(rest, width);
                if (cut <= indent.length()) break; // one long word: cut by Truncation when drawn
                out.add(rest.substring(0, cut).stripTrailing());
                rest = indent + "  " + rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        return out;
    }

    /** The index of the last space at which {@code text}'s first part fits in {@code width} columns, or -1. */
    private static int lastSpaceWithin(String text, int width) {
        int columns = 0;
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            // A space right after the last column that fits still breaks there (the space is dropped).
            if (text.charAt(i) == ' ' && columns <= width) lastSpace = i;
            columns += CharWidth.columns(text.charAt(i));
            if (columns > width) break;
        }
        return lastSpace;
    }
}
