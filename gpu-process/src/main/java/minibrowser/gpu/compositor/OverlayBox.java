package minibrowser.gpu.compositor;

import java.util.List;

/**
 * Draws lines of text in a bordered box centred in an area, on a grey backdrop:
 * how the crashed-tab page and help are shown instead of a page.
 *
 * <p>Lines are left-aligned inside the box. When the box does not fit, it grows to
 * the area's edges, long lines are cut with an ellipsis and the lines that do not
 * fit below are left out.
 */
final class OverlayBox {

    private static final int BORDER = 1;
    private static final int PADDING = 1;

    /** Draws {@code lines} over all of {@code area} (grid coordinates). */
    void draw(CellCanvas canvas, CellRect area, List<String> lines) {
        canvas.fill(area, UiColors.TEXT, UiColors.OVERLAY_BACKDROP);
        int textWidth = lines.stream().mapToInt(CharWidth::columns).max().orElse(0);
        int boxWidth = Math.min(area.width(), textWidth + 2 * (BORDER + PADDING));
        int boxHeight = Math.min(area.height(), lines.size() + 2 * BORDER);
        CellRect box = new CellRect(
                area.column() + (area.width() - boxWidth) / 2,
                area.row() + (area.height() - boxHeight) / 2,
                boxWidth, boxHeight);
        canvas.fill(box, UiColors.TEXT, UiColors.OVERLAY_BOX);
        drawBorder(canvas.clippedTo(box), box);
        CellCanvas inside = canvas.clippedTo(new CellRect(
                box.column() + BORDER + PADDING, box.row() + BORDER,
                Math.max(0, box.width() - 2 * (BORDER + PADDING)), Math.max(0, box.height() - 2 * BORDER)));
        CellRect text = inside.clip();
        for (int i = 0; i < lines.size() && i < text.height(); i++) {
            String line = Truncation.keepStart(lines.get(i), text.width());
            inside.text(text.column(), text.row() + i, line, text.width(), UiColors.TEXT, UiColors.OVERLAY_BOX);
        }
    }

    /** A thin frame of box-drawing characters around the edge of {@code box}. */
    static void drawBorder(CellCanvas canvas, CellRect box) {
        if (box.width() < 2 || box.height() < 2) {
            return;
        }
        int left = box.column();
        int right = box.endColumn() - 1;
        int top = box.row();
        int bottom = box.endRow() - 1;
        for (int column = left + 1; column < right; column++) {
            canvas.character(column, top, '─', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
            canvas.character(column, bottom, '─', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
        }
        for (int row = top + 1; row < bottom; row++) {
            canvas.character(left, row, '│', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
            canvas.character(right, row, '│', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
        }
        canvas.character(left, top, '┌', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
        canvas.character(right, top, '┐', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
        canvas.character(left, bottom, '└', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
        canvas.character(right, bottom, '┘', UiColors.OVERLAY_BORDER, UiColors.OVERLAY_BOX);
    }
}
