package minibrowser.common.frame;

import java.nio.ByteBuffer;
import java.util.Arrays;
import minibrowser.common.Bounds;

/**
 * A grid of terminal cells: what the terminal device rasters into and what the gpu
 * process draws on the terminal. Each cell holds one code point and two colours.
 *
 * <p>In shared memory a cell takes {@link #BYTES_PER_CELL} bytes (code point,
 * foreground 0xRRGGBB, background 0xRRGGBB, big-endian ints), row after row; this
 * is {@code FRAME_FORMAT_CELLS} of {@code common.proto}. A wide character (Hangul,
 * Kanji) takes two cells: the second holds {@link #CONTINUATION}.
 *
 * <p>Not thread-safe: one thread owns a grid at a time.
 */
public final class CellGrid {
    public static final int BYTES_PER_CELL = 12;
    /** The code point of the right half of a wide character. */
    public static final int CONTINUATION = 0;
    public static final int DEFAULT_FG = 0x000000;
    public static final int DEFAULT_BG = 0xFFFFFF;

    private final int columns;
    private final int rows;
    private final int[] codePoints;
    private final int[] foreground;
    private final int[] background;

    public CellGrid(int columns, int rows) {
        if (columns < 0 || rows < 0 || Bounds.bytes(columns, rows, 1) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("grid size " + columns + "x" + rows + " (negative, or too many cells)");
        }
        this.columns = columns;
        this.rows = rows;
        this.codePoints = new int[columns * rows];
        this.foreground = new int[columns * rows];
        this.background = new int[columns * rows];
        clear(DEFAULT_BG);
    }

    public int columns() { return columns; }
    public int rows() { return rows; }

    /** Every cell becomes a space on {@code bg}. */
    public void clear(int bg) {
        Arrays.fill(codePoints, ' ');
        Arrays.fill(foreground, DEFAULT_FG);
        Arrays.fill(background, bg);
    }

    public boolean contains(int column, int row) {
        return column >= 0 && row >= 0 && column < columns && row < rows;
    }

    /** Sets one cell; cells outside the grid are ignored (clipping). */
    public void set(int column, int row, int codePoint, int fg, int bg) {
        if (!contains(column, row)) return;
        int i = row * columns + column;
        codePoints[i] = codePoint;
        foreground[i] = fg & 0xFFFFFF;
        background[i] = bg & 0xFFFFFF;
    }

    /** Changes only the background of a cell (a box painted under text). */
    public void setBackground(int column, int row, int bg) {
        if (!contains(column, row)) return;
        background[row * columns + column] = bg & 0xFFFFFF;
    }

    public int codePoint(int column, int row) { return codePoints[row * columns + column]; }
    public int foreground(int column, int row) { return foreground[row * columns + column]; }
    public int background(int column, int row) { return background[row * columns + column]; }

    /**
     * The bytes a grid of this size takes in shared memory, computed exactly:
     * {@link Bounds#TOO_LARGE} when a side is negative or the product overflows.
     */
    public static long byteSize(long columns, long rows) {
        return Bounds.bytes(columns, rows, BYTES_PER_CELL);
    }

    /** Writes the grid at the buffer's position, in the shared-memory layout. */
    public void writeTo(ByteBuffer out) {
        for (int i = 0; i < codePoints.length; i++) {
            out.putInt(codePoints[i]).putInt(foreground[i]).putInt(background[i]);
        }
    }

    /** Reads a grid of the given size from the buffer's position. */
    public static CellGrid readFrom(ByteBuffer in, int columns, int rows) {
        CellGrid grid = new CellGrid(columns, rows);
        for (int i = 0; i < grid.codePoints.length; i++) {
            grid.codePoints[i] = in.getInt();
            grid.foreground[i] = in.getInt() & 0xFFFFFF;
            grid.background[i] = in.getInt() & 0xFFFFFF;
        }
        return grid;
    }

    /** Copies {@code source} into this grid with its top-left cell at (column, row). */
    public void blit(CellGrid source, int column, int row) {
        for (int r = 0; r < source.rows; r++) {
            for (int c = 0; c < source.columns; c++) {
                int i = r * source.columns + c;
                set(column + c, row + r, source.codePoints[i], source.foreground[i], source.background[i]);
            }
        }
    }

    /** The text of one row, continuation cells left out: what a person reads there. */
    public String rowText(int row) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            int cp = codePoints[row * columns + c];
            if (cp != CONTINUATION) line.appendCodePoint(cp);
        }
        return line.toString();
    }

    /** All rows' text, one line each, trailing spaces trimmed. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            text.append(rowText(r).stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
