package minibrowser.gpu.compositor;

/**
 * Draws a plugin surface into terminal cells with half blocks: the surface is
 * scaled to the rectangle's width and twice its height, and each cell shows two
 * pixels stacked, as the character U+2580 UPPER HALF BLOCK ({@code ▀})
 * whose foreground is the top pixel and whose background is the bottom one.
 *
 * <p>A surface without pixels is drawn as a grey box with its placeholder text
 * (such as "plugin crashed") centred.
 */
final class HalfBlockPainter {

    /** U+2580 UPPER HALF BLOCK: the top half of the cell in the foreground colour. */
    static final int UPPER_HALF_BLOCK = '\u2580';

    /** Draws {@code surface} at {@code rect} (grid coordinates). */
    void draw(CellCanvas canvas, CellRect rect, PlacedSurface surface) {
        if (rect.isEmpty()) {
            return;
        }
        if (surface.hasPixels()) {
            drawPixels(canvas, rect, surface);
        } else {
            drawPlaceholder(canvas, rect, surface.placeholderTextOrNull());
        }
    }

    /** Only the cells inside the canvas's clip are computed. */
    private static void drawPixels(CellCanvas canvas, CellRect rect, PlacedSurface surface) {
        ScaledSurface pixels = new ScaledSurface(surface.argb(), surface.width(), surface.height(),
                rect.width(), rect.height() * 2);
        CellRect visible = rect.intersect(canvas.clip());
        for (int row = visible.row(); row < visible.endRow(); row++) {
            for (int column = visible.column(); column < visible.endColumn(); column++) {
                int x = column - rect.column();
                int y = 2 * (row - rect.row());
                canvas.character(column, row, UPPER_HALF_BLOCK, pixels.pixel(x, y), pixels.pixel(x, y + 1));
            }
        }
    }

    private static void drawPlaceholder(CellCanvas canvas, CellRect rect, String textOrNull) {
        canvas.fill(rect, UiColors.PLACEHOLDER_TEXT, UiColors.PLACEHOLDER_BACKGROUND);
        String text = Truncation.keepStart(textOrNull == null ? "" : textOrNull, rect.width());
        int column = rect.column() + (rect.width() - CharWidth.columns(text)) / 2;
        int row = rect.row() + (rect.height() - 1) / 2;
        canvas.clippedTo(rect).text(column, row, text, rect.width(), UiColors.PLACEHOLDER_TEXT,
                UiColors.PLACEHOLDER_BACKGROUND);
    }
}
