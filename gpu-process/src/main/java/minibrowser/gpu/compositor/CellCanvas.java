package minibrowser.gpu.compositor;

import minibrowser.common.frame.CellGrid;

/**
 * Draws into a {@link CellGrid} inside a clip rectangle, keeping wide characters
 * whole.
 *
 * <p>A wide character takes two cells: its code point, then a
 * {@link CellGrid#CONTINUATION}. Half of one cannot be shown, so the canvas keeps
 * two promises, as a terminal emulator does:
 * <ul>
 *   <li>a wide character that would not fit inside the clip is drawn as a space;</li>
 *   <li>overwriting either half of a wide character already in the grid turns the
 *       other half into a space (even when that half lies outside the clip).</li>
 * </ul>
 *
 * <p>Not thread-safe, like the grid it draws into.
 */
final class CellCanvas {

    private final CellGrid grid;
    private final CellRect clip;

    /** A canvas over the whole grid. */
    CellCanvas(CellGrid grid) {
        this(grid, new CellRect(0, 0, grid.columns(), grid.rows()));
    }

    private CellCanvas(CellGrid grid, CellRect clip) {
        this.grid = grid;
        this.clip = clip;
    }

    /** A canvas over the same grid, clipped further to {@code rect} (grid coordinates). */
    CellCanvas clippedTo(CellRect rect) {
        return new CellCanvas(grid, clip.intersect(rect));
    }

    /** The cells this canvas may draw in, in grid coordinates. */
    CellRect clip() {
        return clip;
    }

    /** Every cell of {@code rect} (clipped) becomes a space on {@code bg}. */
    void fill(CellRect rect, int fg, int bg) {
        CellRect area = clip.intersect(rect);
        for (int row = area.row(); row < area.endRow(); row++) {
            for (int column = area.column(); column < area.endColumn(); column++) {
                put(column, row, ' ', 1, fg, bg);
            }
        }
    }

    /**
     * Changes the colours of every cell of {@code rect} (clipped), keeping its
     * character; a null {@code fg} keeps each cell's foreground.
     */
    void recolor(CellRect rect, Integer fg, int bg) {
        CellRect area = clip.intersect(rect);
        for (int row = area.row(); row < area.endRow(); row++) {
            for (int column = area.column(); column < area.endColumn(); column++) {
                grid.set(column, row, grid.codePoint(column, row),
                        fg == null ? grid.foreground(column, row) : fg, bg);
            }
        }
    }

    /**
     * Writes {@code text} from (column, row) rightwards, using at most {@code maxColumns}
     * columns; a character that does not fit whole ends the text. Control characters
     * become spaces.
     *
     * @return the number of columns written
     */
    int text(int column, int row, String text, int maxColumns, int fg, int bg) {
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = printable(text.codePointAt(i));
            int width = CharWidth.columns(codePoint);
            if (used + width > maxColumns) {
                break;
            }
            put(column + used, row, codePoint, width, fg, bg);
            used += width;
            i += Character.charCount(text.codePointAt(i));
        }
        return used;
    }

    /** Writes one character, as wide as {@link CharWidth} says. */
    void character(int column, int row, int codePoint, int fg, int bg) {
        int printable = printable(codePoint);
        put(column, row, printable, CharWidth.columns(printable), fg, bg);
    }

    /**
     * Copies {@code source} with its top-left cell at (column, row). Wide characters
     * are recognised by the {@link CellGrid#CONTINUATION} after them; a right half
     * without its left half becomes a space.
     */
    void copy(CellGrid source, int column, int row) {
        for (int r = 0; r < source.rows(); r++) {
            for (int c = 0; c < source.columns(); c++) {
                int codePoint = source.codePoint(c, r);
                int fg = source.foreground(c, r);
                int bg = source.background(c, r);
                boolean wide = codePoint != CellGrid.CONTINUATION
                        && c + 1 < source.columns()
                        && source.codePoint(c + 1, r) == CellGrid.CONTINUATION;
                if (codePoint == CellGrid.CONTINUATION) {
                    put(column + c, row + r, ' ', 1, fg, bg);
                } else {
                    put(column + c, row + r, codePoint, wide ? 2 : 1, fg, bg);
                }
                if (wide) {
                    c++;
                }
            }
        }
    }

    /**
     * Writes a character of the given width; a wide one that does not fit inside the
     * clip becomes a space in the cell that does.
     */
    private void put(int column, int row, int codePoint, int width, int fg, int bg) {
        if (!clip.contains(column, row)) {
            return;
        }
        if (width == 2 && !clip.contains(column + 1, row)) {
            codePoint = ' ';
            width = 1;
        }
        for (int c = column; c < column + width; c++) {
            breakWideCharacterAt(c, row);
        }
        grid.set(column, row, codePoint, fg, bg);
        if (width == 2) {
            grid.set(column + 1, row, CellGrid.CONTINUATION, fg, bg);
        }
    }

    /** Before a cell is overwritten: the other half of a wide character there becomes a space. */
    private void breakWideCharacterAt(int column, int row) {
        if (grid.codePoint(column, row) == CellGrid.CONTINUATION && column > 0) {
            blank(column - 1, row);
        }
        if (column + 1 < grid.columns() && grid.codePoint(column + 1, row) == CellGrid.CONTINUATION) {
            blank(column + 1, row);
        }
    }

    private void blank(int column, int row) {
        grid.set(column, row, ' ', grid.foreground(column, row), grid.background(column, row));
    }

    /** Control characters (C0, DEL, C1) and invalid code points become spaces. */
    static int printable(int codePoint) {
        boolean control = codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0);
        boolean invalid = codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return control || invalid ? ' ' : codePoint;
    }
}
