package minibrowser.renderer.engine.raster;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import java.awt.image.BufferedImage;
import java.util.Map;
import minibrowser.common.frame.CellGrid;
import minibrowser.renderer.engine.CellWidths;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawImage;
import minibrowser.renderer.engine.paint.DrawText;
import minibrowser.renderer.engine.paint.EmbedPlaceholder;
import minibrowser.renderer.engine.paint.FillRect;
import minibrowser.renderer.engine.paint.PopClip;
import minibrowser.renderer.engine.paint.PushClip;
import minibrowser.renderer.engine.paint.StrokeBorder;

/**
 * Rasterizes a display list onto a grid of terminal cells (8 x 16 CSS px each, as
 * {@link minibrowser.renderer.engine.Device#cells()} lays out): text as real characters
 * (a wide character takes two cells, the second {@link CellGrid#CONTINUATION}),
 * backgrounds as cell background colours, borders as box-drawing characters, decoded
 * images as half blocks (U+2580 with the upper pixel as foreground and the lower as
 * background), images not yet decoded as {@code [alt]}.
 *
 * <p>Stateless: thread-safe to call from several threads with different grids.
 */
public final class CellRaster {

    private static final int UPPER_HALF_BLOCK = 0x2580;
    private static final int EMBED_BG = 0xF0F0F0;
    private static final int MISSING_IMAGE_BG = 0xE0E0E0;
    /**
     * Text whose alpha is below this (half) is not drawn: a terminal cell cannot show a
     * character half there, and faded text over a background is better left out than
     * drawn at full strength ({@code opacity} below 0.5, colours with a low alpha).
     */
    static final int TEXT_ALPHA_SHOWN = 128;

    /** A rasterizer; it holds nothing, so one may serve every raster thread. */
    public CellRaster() {}

    /**
     * Fills {@code grid} with the part of the page starting at page y {@code originY}:
     * cell row r covers page y in [originY + 16r, originY + 16r + 16), cell column c
     * covers page x in [8c, 8c + 8).
     */
    public void raster(DisplayList list, int originY, CellGrid grid, Map<String, BufferedImage> images) {
        raster(list, 0, originY, grid, images);
    }

    /**
     * Fills {@code grid} with the part of the page whose top-left is ({@code originX},
     * {@code originY}); {@code originX} is a whole number of cells (a multiple of 8), so
     * cells fall where they fall when the page is rastered from x 0 (tiles use this).
     */
    public void raster(DisplayList list, int originX, int originY, CellGrid grid, Map<String, BufferedImage> images) {
        raster(list, originX, originY, grid, images, CellGrid.DEFAULT_BG);
    }

    /**
     * As {@link #raster(DisplayList, int, int, CellGrid, Map)}, the grid first cleared to
     * {@code background} (a compositor layer clears to a colour no page draws, so that the
     * cells it leaves are told apart and show the page under them).
     */
    public void raster(DisplayList list, int originX, int originY, CellGrid grid, Map<String, BufferedImage> images,
                       int background) {
        if (Math.floorMod(originX, CELL_WIDTH) != 0) {
            throw new IllegalArgumentException("originX " + originX + " is not on a cell boundary");
        }
        grid.clear(background);
        Rect area = new Rect(originX, originY, grid.columns() * CELL_WIDTH, grid.rows() * CELL_HEIGHT);
        // Clips, approximated for cells: an item wholly outside the clip is skipped, one
        // partly inside is drawn whole.
        java.util.ArrayDeque<Rect> clips = new java.util.ArrayDeque<>();
        for (DisplayItem item : list.items()) {
            if (item instanceof PushClip push) {
                clips.push(clips.isEmpty() ? push.rect() : intersection(clips.peek(), push.rect()));
                continue;
            }
            if (item instanceof PopClip) {
                if (!clips.isEmpty()) clips.pop();
                continue;
            }
            if (!item.bounds().intersects(area)) continue;
            if (!clips.isEmpty() && !item.bounds().intersects(clips.peek())) continue;
            if (item instanceof FillRect fill) {
                fill(grid, originX, originY, fill.rect(), fill.argb());
            } else if (item instanceof StrokeBorder border) {
                border(grid, originX, originY, border);
            } else if (item instanceof DrawText text) {
                if ((text.argb() >>> 24) < TEXT_ALPHA_SHOWN) continue; // faded text is not drawn (a cell has no alpha)
                int row = Math.floorDiv(text.baselineY() - 1 - originY, CELL_HEIGHT);
                int column = Math.floorDiv(text.x() - originX + CELL_WIDTH / 2, CELL_WIDTH);
                write(grid, column, row, text.text(), text.argb() & 0xFFFFFF);
            } else if (item instanceof DrawImage image) {
                image(grid, originX, originY, image, images.get(image.url()));
            } else if (item instanceof EmbedPlaceholder embed) {
                fill(grid, originX, originY, embed.rect(), 0xFF000000 | EMBED_BG);
            }
        }
    }

    private static Rect intersection(Rect a, Rect b) {
        int x = Math.max(a.x(), b.x());
        int y = Math.max(a.y(), b.y());
        return new Rect(x, y, Math.max(0, Math.min(a.right(), b.right()) - x), Math.max(0, Math.min(a.bottom(), b.bottom()) - y));
    }

    /** Colours the background of every cell whose centre lies in {@code rect}, blending by alpha. */
    private static void fill(CellGrid grid, int originX, int originY, Rect rect, int argb) {
        int alpha = argb >>> 24;
        if (alpha == 0) return;
        int c0 = Math.max(0, Math.floorDiv(rect.x() - originX + CELL_WIDTH / 2, CELL_WIDTH));
        int c1 = Math.min(grid.columns(), Math.floorDiv(rect.right() - originX + CELL_WIDTH / 2, CELL_WIDTH));
        int r0 = Math.max(0, Math.floorDiv(rect.y() - originY + CELL_HEIGHT / 2, CELL_HEIGHT));
        int r1 = Math.min(grid.rows(), Math.floorDiv(rect.bottom() - originY + CELL_HEIGHT / 2, CELL_HEIGHT));
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                grid.setBackground(c, r, blend(argb, grid.background(c, r)));
            }
        }
    }

    /** Draws the border's sides with box-drawing characters in the cells along its edges. */
    private static void border(CellGrid grid, int originX, int originY, StrokeBorder border) {
        Rect r = border.rect();
        int fg = border.argb() & 0xFFFFFF;
        int c0 = Math.floorDiv(r.x() - originX, CELL_WIDTH);
        int c1 = Math.floorDiv(Math.max(r.x(), r.right() - 1) - originX, CELL_WIDTH);
        int r0 = Math.floorDiv(r.y() - originY, CELL_HEIGHT);
        int r1 = Math.floorDiv(Math.max(r.y(), r.bottom() - 1) - originY, CELL_HEIGHT);
        if (r0 == r1) {
            // A box one row tall (a rule, a thin bar): one horizontal line.
            for (int c = c0; c <= c1; c++) line(grid, c, r0, '─', fg);
            return;
        }
        if (c0 == c1) {
            for (int row = r0; row <= r1; row++) line(grid, c0, row, '│', fg);
            return;
        }
        if (r1 - r0 < 2 || c1 - c0 < 2) {
            // Too small to frame with characters without covering its own text (a table cell,
            // a button): the terminal shows the content unframed.
            return;
        }
        boolean top = border.top() > 0;
        boolean bottom = border.bottom() > 0;
        boolean left = border.left() > 0;
        boolean right = border.right() > 0;
        for (int c = c0 + 1; c < c1; c++) {
            if (top) line(grid, c, r0, '─', fg);
            if (bottom) line(grid, c, r1, '─', fg);
        }
        for (int row = r0 + 1; row < r1; row++) {
            if (left) line(grid, c0, row, '│', fg);
            if (right) line(grid, c1, row, '│', fg);
        }
        line(grid, c0, r0, top && left ? '┌' : top ? '─' : left ? '│' : ' ', fg);
        line(grid, c1, r0, top && right ? '┐' : top ? '─' : right ? '│' : ' ', fg);
        line(grid, c0, r1, bottom && left ? '└' : bottom ? '─' : left ? '│' : ' ', fg);
        line(grid, c1, r1, bottom && right ? '┘' : bottom ? '─' : right ? '│' : ' ', fg);
    }

    /**
     * Puts a box-drawing character, unless the cell already shows text: boxes rarely align
     * with whole cells, and a later box's border must not wipe out an earlier box's words.
     */
    private static void line(CellGrid grid, int column, int row, char ch, int fg) {
        if (ch == ' ' || !grid.contains(column, row)) return;
        int old = grid.codePoint(column, row);
        boolean free = old == ' ' || (old >= 0x2500 && old <= 0x257F);
        if (free) put(grid, column, row, ch, fg);
    }

    /** Writes text from (column, row) on, one or two cells per code point; control characters become spaces. */
    private static void write(CellGrid grid, int column, int row, String text, int fg) {
        if (row < 0 || row >= grid.rows()) return;
        int c = column;
        for (int i = 0; i < text.length() && c < grid.columns(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (CellWidths.isZeroWidth(cp)) continue; // takes no cell (as the cell device measured)
            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) cp = ' ';
            boolean wide = isWide(cp);
            if (wide) {
                if (c + 1 >= grid.columns()) {
                    if (c >= 0) put(grid, c, row, ' ', fg);   // no room for both halves
                    break;
                }
                if (c >= 0) {
                    put(grid, c, row, cp, fg);
                    grid.set(c + 1, row, CellGrid.CONTINUATION, fg, grid.background(c + 1, row));
                } else if (c + 1 >= 0) {
                    put(grid, c + 1, row, ' ', fg);
                }
                c += 2;
            } else {
                if (c >= 0) put(grid, c, row, cp, fg);
                c++;
            }
        }
    }

    /**
     * Sets one cell's character keeping its background, and repairs a wide character
     * that this overwrites half of (the other half becomes a space).
     */
    private static void put(CellGrid grid, int column, int row, int cp, int fg) {
        if (!grid.contains(column, row)) return;
        int old = grid.codePoint(column, row);
        if (old == CellGrid.CONTINUATION && grid.contains(column - 1, row)) {
            grid.set(column - 1, row, ' ', grid.foreground(column - 1, row), grid.background(column - 1, row));
        } else if (isWide(old) && grid.contains(column + 1, row) && grid.codePoint(column + 1, row) == CellGrid.CONTINUATION) {
            grid.set(column + 1, row, ' ', grid.foreground(column + 1, row), grid.background(column + 1, row));
        }
        grid.set(column, row, cp, fg, grid.background(column, row));
    }

    private static void image(CellGrid grid, int originX, int originY, DrawImage item, BufferedImage image) {
        Rect r = item.rect();
        if (item.url().equals(DrawImage.BROKEN_IMAGE_ICON)) return; // the alt text after it says enough in a terminal
        if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
            fill(grid, originX, originY, r, 0xFF000000 | MISSING_IMAGE_BG);
            String alt = item.altText().isEmpty() ? "image" : item.altText();
            int column = Math.floorDiv(r.x() - originX + CELL_WIDTH / 2, CELL_WIDTH);
            int row = Math.floorDiv(r.y() - originY + CELL_HEIGHT / 2, CELL_HEIGHT);
            if (r.height() < CELL_HEIGHT) row = Math.floorDiv(r.y() - originY, CELL_HEIGHT);
            write(grid, column, row, "[" + alt + "]", 0x444444);
            return;
        }
        int c0 = Math.floorDiv(r.x() - originX + CELL_WIDTH / 2, CELL_WIDTH);
        int c1 = Math.floorDiv(r.right() - originX + CELL_WIDTH / 2, CELL_WIDTH);
        int r0 = Math.floorDiv(r.y() - originY + CELL_HEIGHT / 2, CELL_HEIGHT);
        int r1 = Math.floorDiv(r.bottom() - originY + CELL_HEIGHT / 2, CELL_HEIGHT);
        if (c1 <= c0) c1 = c0 + 1;
        if (r1 <= r0) r1 = r0 + 1;
        int columns = c1 - c0;
        int rows = r1 - r0;
        for (int row = Math.max(0, r0); row < Math.min(grid.rows(), r1); row++) {
            for (int c = Math.max(0, c0); c < Math.min(grid.columns(), c1); c++) {
                int top = sample(image, (c - c0 + 0.5) / columns, (row - r0 + 0.25) / rows);
                int bottom = sample(image, (c - c0 + 0.5) / columns, (row - r0 + 0.75) / rows);
                int bg = grid.background(c, row);
                put(grid, c, row, UPPER_HALF_BLOCK, blend(top, bg));
                grid.setBackground(c, row, blend(bottom, bg));
            }
        }
    }

    /** The image's pixel at relative position (fx, fy) in [0, 1). */
    private static int sample(BufferedImage image, double fx, double fy) {
        int x = Math.min(image.getWidth() - 1, Math.max(0, (int) (fx * image.getWidth())));
        int y = Math.min(image.getHeight() - 1, Math.max(0, (int) (fy * image.getHeight())));
        return image.getRGB(x, y);
    }

    /** {@code argb} over the opaque RGB {@code below}; the result is RGB. */
    private static int blend(int argb, int below) {
        int a = argb >>> 24;
        if (a == 0xFF) return argb & 0xFFFFFF;
        int r = ((argb >> 16 & 0xFF) * a + (below >> 16 & 0xFF) * (255 - a)) / 255;
        int g = ((argb >> 8 & 0xFF) * a + (below >> 8 & 0xFF) * (255 - a)) / 255;
        int b = ((argb & 0xFF) * a + (below & 0xFF) * (255 - a)) / 255;
        return (r << 16) | (g << 8) | b;
    }

    /** East Asian wide characters take two cells (the same ranges the cell device measures). */
    private static boolean isWide(int cp) {
        return CellWidths.isWide(cp);
    }
}
