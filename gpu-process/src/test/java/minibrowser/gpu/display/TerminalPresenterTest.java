package minibrowser.gpu.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import minibrowser.common.frame.CellGrid;
import org.junit.jupiter.api.Test;

class TerminalPresenterTest {

    private static final String ESC = "\u001b";
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private String output() {
        String text = terminal.toString(StandardCharsets.UTF_8);
        terminal.reset();
        return text;
    }

    private static CellGrid screen(String... rows) {
        CellGrid grid = new CellGrid(rows[0].length(), rows.length);
        for (int row = 0; row < rows.length; row++) {
            for (int column = 0; column < rows[row].length(); column++) {
                grid.set(column, row, rows[row].charAt(column), 0x000000, 0xFFFFFF);
            }
        }
        return grid;
    }

    @Test
    void firstPresentClearsAndDrawsEverything() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);

        presenter.present(screen("ab", "cd"));

        String out = output();
        assertTrue(out.startsWith(ESC + "[?25l"), "cursor hidden first");
        assertTrue(out.contains(ESC + "[2J"), "screen cleared");
        assertTrue(out.contains(ESC + "[1;1H"), "drawing starts top-left");
        assertTrue(out.contains(ESC + "[38;2;0;0;0;48;2;255;255;255m"), "truecolor SGR");
        assertTrue(out.contains("ab"), out);
        assertTrue(out.contains(ESC + "[2;1Hcd"), out);
    }

    @Test
    void secondPresentSendsOnlyTheChangedCell() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        String row = "hello world ".repeat(6);
        presenter.present(screen(row, row, row, row));
        int fullLength = output().length();
        CellGrid second = screen(row, row, row, row);
        second.set(3, 1, 'L', 0xFF0000, 0xFFFFFF);

        presenter.present(second);

        String out = output();
        assertTrue(out.contains(ESC + "[2;4H"), "moves to the changed cell: " + out);
        assertTrue(out.contains(ESC + "[38;2;255;0;0;48;2;255;255;255mL"), out);
        assertFalse(out.contains(ESC + "[2J"), "no clear");
        assertFalse(out.contains("h") || out.contains("w") || out.contains("o"), "no unchanged text: " + out);
        assertTrue(out.length() < 50, out.length() + " characters");
        assertTrue(fullLength > 4 * row.length(), fullLength + " characters");
    }

    @Test
    void unchangedScreenSendsNoCells() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        presenter.present(screen("abc"));
        output();

        presenter.present(screen("abc"));

        assertFalse(output().contains("abc"));
    }

    @Test
    void adjacentChangesNeedOneCursorMove() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        presenter.present(screen("....."));
        output();

        presenter.present(screen(".xyz."));

        String out = output();
        assertTrue(out.contains(ESC + "[1;2H"), out);
        assertTrue(out.endsWith("xyz" + ESC + "[0m"), out);
    }

    @Test
    void invalidateForcesAFullRedraw() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        presenter.present(screen("abc"));
        output();

        presenter.invalidate();
        presenter.present(screen("abc"));

        String out = output();
        assertTrue(out.contains(ESC + "[2J"));
        assertTrue(out.contains("abc"));
    }

    @Test
    void resizeForcesAFullRedraw() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        presenter.present(screen("abc"));
        output();

        presenter.present(screen("abcd"));

        assertTrue(output().contains(ESC + "[2J"));
    }

    @Test
    void withoutTruecolorUsesThe256ColourPalette() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, false);
        CellGrid grid = new CellGrid(1, 1);
        grid.set(0, 0, 'r', 0xFF0000, 0x000000);

        presenter.present(grid);

        assertTrue(output().contains(ESC + "[38;5;196;48;5;16mr"));
    }

    @Test
    void xterm256MapsCubeAndGreyColours() {
        assertEquals(16, TerminalPresenter.toXterm256(0x000000));
        assertEquals(231, TerminalPresenter.toXterm256(0xFFFFFF));
        assertEquals(196, TerminalPresenter.toXterm256(0xFF0000));
        assertEquals(46, TerminalPresenter.toXterm256(0x00FF00));
        assertEquals(21, TerminalPresenter.toXterm256(0x0000FF));
        assertEquals(244, TerminalPresenter.toXterm256(0x808080));
        assertEquals(232, TerminalPresenter.toXterm256(0x080808));
        assertEquals(0x5F87AF, Xterm256Palette.colorOf(TerminalPresenter.toXterm256(0x5F87AF)));
    }

    @Test
    void wideCharacterIsWrittenOnceAndItsRightHalfSkipped() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        CellGrid grid = screen("a..b");
        grid.set(1, 0, '漢', 0x000000, 0xFFFFFF);
        grid.set(2, 0, CellGrid.CONTINUATION, 0x000000, 0xFFFFFF);

        presenter.present(grid);

        String out = output();
        assertTrue(out.contains("a漢" + ESC + "[1;4Hb"), "explicit move after a wide character: " + out);
        assertFalse(out.contains("\u0000"), "no continuation written");
    }

    @Test
    void changedRightHalfRedrawsTheWholeWideCharacter() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        CellGrid before = screen("....");
        before.set(1, 0, '漢', 0x000000, 0xFFFFFF);
        before.set(2, 0, CellGrid.CONTINUATION, 0x000000, 0xFFFFFF);
        presenter.present(before);
        output();
        CellGrid after = screen("....");
        after.set(1, 0, '漢', 0x000000, 0xFFFFFF);
        after.set(2, 0, CellGrid.CONTINUATION, 0x000000, 0x00FF00);

        presenter.present(after);

        assertTrue(output().contains(ESC + "[1;2H"));
    }

    @Test
    void replacingAWideCharacterWithNarrowOnesRedrawsBothCells() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        CellGrid before = screen("....");
        before.set(1, 0, '漢', 0x000000, 0xFFFFFF);
        before.set(2, 0, CellGrid.CONTINUATION, 0x000000, 0xFFFFFF);
        presenter.present(before);
        output();

        presenter.present(screen("...."));

        String out = output();
        assertTrue(out.contains(ESC + "[1;2H" + ESC + "[38;2;0;0;0;48;2;255;255;255m.."), out);
    }

    @Test
    void controlCharactersFromThePageAreNeverSent() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);
        CellGrid grid = new CellGrid(3, 1);
        grid.set(0, 0, 0x1B, 0, 0xFFFFFF);
        grid.set(1, 0, 0x9B, 0, 0xFFFFFF);
        grid.set(2, 0, '\n', 0, 0xFFFFFF);

        presenter.present(grid);

        String out = output();
        assertFalse(out.contains("\u009b") || out.contains("\n"));
        assertEquals(out.replace(ESC + "[", "").indexOf(ESC), -1, "only our own escape sequences");
    }

    @Test
    void restoreShowsTheCursor() {
        TerminalPresenter presenter = new TerminalPresenter(terminal, true);

        presenter.restoreTerminal();

        assertTrue(output().contains(ESC + "[?25h"));
    }
}
