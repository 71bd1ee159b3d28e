package minibrowser.gpu.display;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import minibrowser.common.frame.CellGrid;
import minibrowser.gpu.compositor.CharWidth;

/**
 * Presents composed screens on a terminal, sending only the cells that changed
 * since the last present.
 *
 * <p>It keeps a copy of what the terminal shows. Each {@link #present} compares
 * the new screen with it cell by cell and writes, for each difference, a cursor
 * move (when the cursor is not already there) and the colours (when they differ
 * from the last cell written), then the character; the whole frame goes out in one
 * write and one flush; a screen with no change writes nothing. The first present, and the first after {@link #invalidate},
 * clears the screen and draws every cell.
 *
 * <p>A wide character is written once, from its left cell; its right cell (a
 * {@link CellGrid#CONTINUATION}) is skipped. If either cell of a wide character
 * changes, both are redrawn, because a terminal blanks the whole character when half
 * of it is overwritten.
 *
 * <p>The cells come from renderers, which the gpu does not trust: control
 * characters are written as spaces, so a page cannot send the terminal escape
 * sequences of its own.
 *
 * <p>Not thread-safe: one thread (the gpu's display thread) owns a presenter.
 */
public final class TerminalPresenter {

    private final OutputStream out;
    private final boolean truecolor;
    /** What the terminal shows now; null when unknown (before the first present, after invalidate). */
    private CellGrid shown;

    /**
     * @param out the terminal, such as {@code /dev/tty} opened for writing; the presenter
     *     writes to it but does not close it
     * @param truecolor true for 24-bit colour escapes ({@code 38;2;r;g;b}), false for the
     *     nearest colours of the xterm 256-colour palette ({@code 38;5;n})
     */
    public TerminalPresenter(OutputStream out, boolean truecolor) {
        this.out = out;
        this.truecolor = truecolor;
    }

    /**
     * Draws {@code screen} on the terminal: only what changed since the last present,
     * or everything after a clear when that is unknown or the size changed. The cursor
     * is hidden while drawing and stays hidden (the address bar draws its own).
     *
     * @throws UncheckedIOException if writing to the terminal fails; the next present
     *     then redraws everything
     */
    public void present(CellGrid screen) {
        boolean full = shown == null || shown.columns() != screen.columns() || shown.rows() != screen.rows();
        EscapeWriter writer = new EscapeWriter(truecolor).hideCursor();
        if (full) {
            writer.clearScreen();
        }
        int written = 0;
        for (int row = 0; row < screen.rows(); row++) {
            for (int column = 0; column < screen.columns(); column++) {
                if (full || changed(screen, column, row)) {
                    writeCell(writer, screen, column, row);
                    written++;
                }
                if (isWideAt(screen, column, row)) {
                    column++;
                }
            }
        }
        if (!full && written == 0) {
            return; // the same screen: the terminal is not written to at all
        }
        writer.resetColors();
        send(writer.text());
        shown = copyOf(screen);
    }

    /** Forgets what the terminal shows: the next present clears it and draws everything. */
    public void invalidate() {
        shown = null;
    }

    /**
     * Gives the terminal back in a usable state: default colours, cursor shown. For
     * when the gpu stops presenting; the next present redraws everything.
     *
     * @throws UncheckedIOException if writing to the terminal fails
     */
    public void restoreTerminal() {
        shown = null;
        send(new EscapeWriter(truecolor).resetColors().showCursor().text());
    }

    /** The index (16..255) of the xterm 256-colour palette colour nearest to {@code rgb} (0xRRGGBB). */
    public static int toXterm256(int rgb) {
        return Xterm256Palette.nearestIndex(rgb);
    }

    /**
     * Whether the character starting at (column, row) must be redrawn: a cell of it
     * changed, or the cell after it stopped or started being its right half.
     */
    private boolean changed(CellGrid screen, int column, int row) {
        boolean wideNow = isWideAt(screen, column, row);
        boolean wideBefore = isWideAt(shown, column, row);
        return wideNow != wideBefore
                || differs(screen, column, row)
                || (wideNow && differs(screen, column + 1, row));
    }

    private boolean differs(CellGrid screen, int column, int row) {
        return screen.codePoint(column, row) != shown.codePoint(column, row)
                || screen.foreground(column, row) != shown.foreground(column, row)
                || screen.background(column, row) != shown.background(column, row);
    }

    /**
     * Writes the character at (column, row). A right half without its left half, or a
     * wide character without room for its right half, is written as a space.
     */
    private static void writeCell(EscapeWriter writer, CellGrid screen, int column, int row) {
        int codePoint = printable(screen.codePoint(column, row));
        boolean wide = isWideAt(screen, column, row);
        if (!wide && CharWidth.isWide(codePoint)) {
            codePoint = ' ';
        }
        writer.cell(column, row, codePoint, wide ? 2 : 1,
                screen.foreground(column, row), screen.background(column, row));
        if (column + (wide ? 2 : 1) >= screen.columns()) {
            writer.forgetCursor();
        }
    }

    /** True when (column, row) holds the left half of a wide character. */
    private static boolean isWideAt(CellGrid grid, int column, int row) {
        return grid.codePoint(column, row) != CellGrid.CONTINUATION
                && column + 1 < grid.columns()
                && grid.codePoint(column + 1, row) == CellGrid.CONTINUATION;
    }

    /** Control characters (C0, DEL, C1, so also ESC), orphan right halves and invalid code points become spaces. */
    private static int printable(int codePoint) {
        boolean control = codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0);
        boolean invalid = codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
        return control || invalid ? ' ' : codePoint;
    }

    private void send(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException failed) {
            shown = null;
            throw new UncheckedIOException("writing to the terminal failed", failed);
        }
    }

    private static CellGrid copyOf(CellGrid screen) {
        CellGrid copy = new CellGrid(screen.columns(), screen.rows());
        copy.blit(screen, 0, 0);
        return copy;
    }
}
