package minibrowser.gpu.compositor;

/**
 * A rectangle of terminal cells: {@code width} columns by {@code height} rows with
 * its top-left cell at ({@code column}, {@code row}). What it is relative to (the
 * screen, the page area) is said by whoever holds it.
 *
 * @param column the left column
 * @param row the top row
 * @param width the number of columns, never negative
 * @param height the number of rows, never negative
 */
public record CellRect(int column, int row, int width, int height) {

    /** @throws IllegalArgumentException if the width or height is negative */
    public CellRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative cell rect size " + width + "x" + height);
        }
    }

    /** The column just right of the rectangle. */
    public int endColumn() {
        return column + width;
    }

    /** The row just below the rectangle. */
    public int endRow() {
        return row + height;
    }

    /** True when the rectangle holds no cell. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }

    /** True when the cell (column, row) lies inside. */
    public boolean contains(int column, int row) {
        return column >= this.column && column < endColumn() && row >= this.row && row < endRow();
    }

    /** This rectangle moved by (columns, rows). */
    public CellRect translate(int columns, int rows) {
        return new CellRect(column + columns, row + rows, width, height);
    }

    /** The part of this rectangle that lies inside {@code other}; may be empty. */
    public CellRect intersect(CellRect other) {
        int left = Math.max(column, other.column);
        int top = Math.max(row, other.row);
        int right = Math.min(endColumn(), other.endColumn());
        int bottom = Math.min(endRow(), other.endRow());
        return new CellRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }
}
