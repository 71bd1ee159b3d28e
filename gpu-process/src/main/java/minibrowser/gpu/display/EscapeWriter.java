package minibrowser.gpu.display;

/**
 * Builds the text sent to a terminal for one frame: characters and the ANSI
 * (ECMA-48) escape sequences that move the cursor and set colours.
 *
 * <p>It remembers where the cursor is and which colours are set, so it sends a
 * cursor move or a colour change only when the next cell needs one. A new writer
 * knows neither, so the first cell of every frame sends both.
 */
final class EscapeWriter {

    private static final String CSI = "\u001b[";
    private static final int UNKNOWN = -1;

    private final StringBuilder text = new StringBuilder();
    private final boolean truecolor;
    private int cursorColumn = UNKNOWN;
    private int cursorRow = UNKNOWN;
    private int foreground = UNKNOWN;
    private int background = UNKNOWN;

    /** @param truecolor true for 24-bit colour escapes, false for the xterm 256-colour palette */
    EscapeWriter(boolean truecolor) {
        this.truecolor = truecolor;
    }

    /** Hides the cursor (DECTCEM reset), so it does not flicker across the screen while drawing. */
    EscapeWriter hideCursor() {
        text.append(CSI).append("?25l");
        return this;
    }

    /** Shows the cursor again (DECTCEM set). */
    EscapeWriter showCursor() {
        text.append(CSI).append("?25h");
        return this;
    }

    /** Resets colours (SGR 0) and clears the whole screen (ED 2). */
    EscapeWriter clearScreen() {
        text.append(CSI).append("0m").append(CSI).append("2J");
        foreground = UNKNOWN;
        background = UNKNOWN;
        return this;
    }

    /** Resets colours to the terminal's own (SGR 0). */
    EscapeWriter resetColors() {
        text.append(CSI).append("0m");
        foreground = UNKNOWN;
        background = UNKNOWN;
        return this;
    }

    /**
     * Writes one character at (column, row), zero-based, in the given colours.
     *
     * @param columns how many columns the terminal advances for it: 1, or 2 for a wide character
     */
    EscapeWriter cell(int column, int row, int codePoint, int columns, int fg, int bg) {
        if (column != cursorColumn || row != cursorRow) {
            text.append(CSI).append(row + 1).append(';').append(column + 1).append('H');
        }
        if (fg != foreground || bg != background) {
            text.append(CSI);
            color(38, fg);
            text.append(';');
            color(48, bg);
            text.append('m');
            foreground = fg;
            background = bg;
        }
        text.appendCodePoint(codePoint);
        if (columns == 1) {
            cursorColumn = column + 1;
            cursorRow = row;
        } else {
            // A terminal may disagree about which characters are wide: move explicitly next time.
            cursorColumn = UNKNOWN;
            cursorRow = UNKNOWN;
        }
        return this;
    }

    /**
     * Forgets where the cursor is; after the last column of a row terminals differ
     * (pending wrap), so the next cell moves explicitly.
     */
    void forgetCursor() {
        cursorColumn = UNKNOWN;
        cursorRow = UNKNOWN;
    }

    /** The text built so far. */
    String text() {
        return text.toString();
    }

    /** SGR 38 (foreground) or 48 (background) with a colour in the chosen depth. */
    private void color(int selector, int rgb) {
        text.append(selector);
        if (truecolor) {
            text.append(";2;").append((rgb >> 16) & 0xFF).append(';').append((rgb >> 8) & 0xFF)
                    .append(';').append(rgb & 0xFF);
        } else {
            text.append(";5;").append(Xterm256Palette.nearestIndex(rgb));
        }
    }
}
