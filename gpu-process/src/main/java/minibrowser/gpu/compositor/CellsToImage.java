package minibrowser.gpu.compositor;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import minibrowser.common.frame.CellGeometry;
import minibrowser.common.frame.CellGrid;

/**
 * Renders a grid of terminal cells as pixels, {@value CellGeometry#CELL_WIDTH} x
 * {@value CellGeometry#CELL_HEIGHT} per cell, so that a tab shown in terminal mode can still be
 * screenshotted.
 *
 * <p>Each cell is its background, then its character in its foreground colour with
 * the logical monospaced font, antialiased. A wide character (followed by a
 * {@link CellGrid#CONTINUATION}) is centred across its two cells. The block
 * characters that carry pictures in cells, {@code ▀ ▄ █}, are drawn as exact
 * rectangles rather than glyphs, so a half-block picture comes out as the pixels it
 * was made from.
 */
public final class CellsToImage {

    private static final int UPPER_HALF_BLOCK = '\u2580';
    private static final int LOWER_HALF_BLOCK = '\u2584';
    private static final int FULL_BLOCK = '\u2588';
    private static final Font FONT = new Font(Font.MONOSPACED, Font.PLAIN, 13);

    /**
     * Renders {@code grid}.
     *
     * @return a new image of columns*{@value CellGeometry#CELL_WIDTH} x rows*{@value CellGeometry#CELL_HEIGHT}
     *     ({@link BufferedImage#TYPE_INT_RGB}); an empty grid gives one white pixel, as an
     *     image cannot be empty
     */
    public BufferedImage render(CellGrid grid) {
        if (grid.columns() == 0 || grid.rows() == 0) {
            BufferedImage empty = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            empty.setRGB(0, 0, CellGrid.DEFAULT_BG);
            return empty;
        }
        BufferedImage image = new BufferedImage(grid.columns() * CELL_WIDTH, grid.rows() * CELL_HEIGHT,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT);
            FontMetrics metrics = g.getFontMetrics();
            int baseline = (CELL_HEIGHT - metrics.getHeight()) / 2 + metrics.getAscent();
            for (int row = 0; row < grid.rows(); row++) {
                for (int column = 0; column < grid.columns(); column++) {
                    drawCell(g, metrics, baseline, grid, column, row);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void drawCell(Graphics2D g, FontMetrics metrics, int baseline, CellGrid grid, int column, int row) {
        int x = column * CELL_WIDTH;
        int y = row * CELL_HEIGHT;
        int codePoint = grid.codePoint(column, row);
        Color fg = new Color(grid.foreground(column, row));
        g.setColor(new Color(grid.background(column, row)));
        g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
        g.setColor(fg);
        switch (codePoint) {
            case UPPER_HALF_BLOCK -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT / 2);
            case LOWER_HALF_BLOCK -> g.fillRect(x, y + CELL_HEIGHT / 2, CELL_WIDTH, CELL_HEIGHT / 2);
            case FULL_BLOCK -> g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
            default -> drawGlyph(g, metrics, baseline, grid, column, row, codePoint);
        }
    }

    /** A character centred in its one or two cells, clipped to them. */
    private static void drawGlyph(Graphics2D g, FontMetrics metrics, int baseline, CellGrid grid,
                                  int column, int row, int codePoint) {
        boolean blank = codePoint == CellGrid.CONTINUATION || codePoint == ' ';
        if (blank || CellCanvas.printable(codePoint) != codePoint) {
            return;
        }
        boolean wide = column + 1 < grid.columns() && grid.codePoint(column + 1, row) == CellGrid.CONTINUATION;
        int width = wide ? 2 * CELL_WIDTH : CELL_WIDTH;
        String text = new String(Character.toChars(codePoint));
        int x = column * CELL_WIDTH;
        int y = row * CELL_HEIGHT;
        if (!FONT.canDisplay(codePoint)) {
            // No installed font has it (CJK fonts are often missing): an empty box, as terminals do.
            g.drawRect(x + 1, y + 3, width - 3, CELL_HEIGHT - 7);
            return;
        }
        g.setClip(x, y, width, CELL_HEIGHT);
        g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, y + baseline);
        g.setClip(null);
    }
}
