package minibrowser.gpu.compositor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import minibrowser.common.frame.CellGrid;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.TabState;
import minibrowser.proto.TabStripEntry;
import org.junit.jupiter.api.Test;

class ScreenCompositorTest {

    private static final int COLUMNS = 40;
    private static final int ROWS = 10;
    private final ScreenCompositor compositor = new ScreenCompositor();

    private static TabStripEntry tab(String title, TabState state) {
        return TabStripEntry.newBuilder().setTitle(title).setState(state).build();
    }

    private static BrowserUi ui() {
        return BrowserUi.newBuilder()
                .addTabs(tab("News", TabState.TAB_STATE_READY))
                .addTabs(tab("Mail", TabState.TAB_STATE_LOADING))
                .addTabs(tab("Broken", TabState.TAB_STATE_CRASHED))
                .setActiveIndex(1)
                .setAddress("https://example.org/")
                .setStatus("Done")
                .build();
    }

    private static CellGrid page(char fill) {
        CellGrid page = new CellGrid(COLUMNS, ROWS - ScreenCompositor.UI_ROWS);
        for (int row = 0; row < page.rows(); row++) {
            for (int column = 0; column < page.columns(); column++) {
                page.set(column, row, fill, 0x000000, 0xFFFFEE);
            }
        }
        return page;
    }

    @Test
    void laysOutTabStripAddressPageAndStatus() {
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page('p'), List.of());

        assertEquals(COLUMNS, screen.columns());
        assertEquals(ROWS, screen.rows());
        assertTrue(screen.rowText(0).startsWith(" 1:News    2:Mail ~  3:Broken x "), screen.rowText(0));
        assertEquals(" https://example.org/", screen.rowText(1).stripTrailing());
        for (int row = 2; row < ROWS - 1; row++) {
            assertEquals("p".repeat(COLUMNS), screen.rowText(row));
        }
        assertEquals(" Done", screen.rowText(ROWS - 1).stripTrailing());
    }

    @Test
    void aDockedPanelTakesThePageAreasLastRowsAndThePageKeepsTheRest() {
        BrowserUi ui = ui().toBuilder().addPanelLines("Tour 2/9").addPanelLines("탭 1 · 렌더러 PID 42").build();
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui, page('p'), List.of());

        // Rows 2..8 are the page area: 3 page rows, then the panel's 4 (border, 2 lines, border).
        for (int row = 2; row < 5; row++) {
            assertEquals("p".repeat(COLUMNS), screen.rowText(row));
        }
        assertTrue(screen.rowText(5).startsWith("┌──"), screen.rowText(5));
        assertTrue(screen.rowText(6).startsWith("│ Tour 2/9"), screen.rowText(6));
        assertEquals('탭', screen.codePoint(2, 7));
        assertTrue(screen.rowText(8).startsWith("└──"), screen.rowText(8));
        assertEquals(" Done", screen.rowText(ROWS - 1).stripTrailing());
    }

    @Test
    void aLongPanelLineWrapsAtSpacesKeepingItsIndent() {
        assertEquals(List.of("  one two", "    three", "한국어", "  글자"),
                DockedPanel.wrap(List.of("  one two three", "한국어 글자"), 9));
        assertEquals(List.of("unbreakable-word"), DockedPanel.wrap(List.of("unbreakable-word"), 5), "cut when drawn");
    }

    @Test
    void activeTabAndStatusLineAreInverse() {
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page('p'), List.of());

        int activeColumn = screen.rowText(0).indexOf("2:Mail");
        int inactiveColumn = screen.rowText(0).indexOf("1:News");
        assertEquals(UiColors.ACTIVE_TAB_BACKGROUND, screen.background(activeColumn, 0));
        assertEquals(UiColors.ACTIVE_TAB_TEXT, screen.foreground(activeColumn, 0));
        assertEquals(UiColors.STRIP_BACKGROUND, screen.background(inactiveColumn, 0));
        assertEquals(UiColors.STATUS_BACKGROUND, screen.background(0, ROWS - 1));
        assertEquals(UiColors.STATUS_TEXT, screen.foreground(1, ROWS - 1));
    }

    @Test
    void crashedTabMarkIsRed() {
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), null, List.of());

        int mark = screen.rowText(0).indexOf("Broken x") + "Broken ".length();
        assertEquals('x', screen.codePoint(mark, 0));
        assertEquals(UiColors.CRASHED_MARK, screen.foreground(mark, 0));
    }

    @Test
    void longTitlesAreCut() {
        BrowserUi ui = ui().toBuilder().setTabs(0, tab("A".repeat(50), TabState.TAB_STATE_READY)).build();
        CellGrid screen = compositor.compose(80, ROWS, ui, null, List.of());

        assertTrue(screen.rowText(0).startsWith(" 1:" + "A".repeat(19) + "…    2:Mail"), screen.rowText(0));
    }

    @Test
    void activeTabStaysVisibleWhenTabsOverflow() {
        BrowserUi.Builder ui = BrowserUi.newBuilder();
        for (int i = 0; i < 12; i++) {
            ui.addTabs(tab("Tab number " + i, TabState.TAB_STATE_READY));
        }
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui.setActiveIndex(11).build(), null, List.of());

        assertTrue(screen.rowText(0).startsWith("<"), screen.rowText(0));
        assertTrue(screen.rowText(0).contains("12:Tab number 11"), screen.rowText(0));
    }

    @Test
    void editingAddressShowsCursorBlockAfterTheText() {
        BrowserUi ui = ui().toBuilder().setAddress("abc").setEditingAddress(true).build();
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui, null, List.of());

        assertEquals(" abc", screen.rowText(1).stripTrailing());
        assertEquals(UiColors.CURSOR, screen.background(4, 1));
        assertEquals(UiColors.ADDRESS_EDITING_BACKGROUND, screen.background(5, 1));
    }

    @Test
    void editingLongAddressShowsItsEnd() {
        String address = "https://example.org/" + "x".repeat(60) + "END";
        BrowserUi ui = ui().toBuilder().setAddress(address).setEditingAddress(true).build();
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui, null, List.of());

        assertTrue(screen.rowText(1).startsWith(" …"), screen.rowText(1));
        assertTrue(screen.rowText(1).endsWith("END "), screen.rowText(1));
        assertEquals(UiColors.CURSOR, screen.background(COLUMNS - 1, 1));
    }

    @Test
    void missingPageIsWhite() {
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), null, List.of());

        for (int row = 2; row < ROWS - 1; row++) {
            assertEquals("", screen.rowText(row).strip());
            assertEquals(0xFFFFFF, screen.background(5, row));
        }
    }

    @Test
    void overlayLinesReplaceThePageInACentredBox() {
        BrowserUi ui = ui().toBuilder().addOverlayLines("Aw, snap!").addOverlayLines("exit code 137").build();
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui, page('p'), List.of());

        String text = screen.toString();
        assertFalse(text.contains("ppp"), text);
        assertTrue(text.contains("│ Aw, snap!     │"), text);
        assertTrue(text.contains("│ exit code 137 │"), text);
        assertEquals(UiColors.OVERLAY_BACKDROP, screen.background(0, 2));
    }

    @Test
    void surfaceIsDrawnWithHalfBlocks() {
        // 2x4 pixels: top half red, bottom half blue -> one column, two rows of cells.
        int red = 0xFFFF0000;
        int blue = 0xFF0000FF;
        int[] argb = {red, red, red, red, blue, blue, blue, blue};
        PlacedSurface surface = new PlacedSurface(new CellRect(3, 1, 1, 2), argb, 2, 4, null);

        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page('p'), List.of(surface));

        assertEquals(HalfBlockPainter.UPPER_HALF_BLOCK, screen.codePoint(3, 3));
        assertEquals(0xFF0000, screen.foreground(3, 3));
        assertEquals(0xFF0000, screen.background(3, 3));
        assertEquals(0x0000FF, screen.foreground(3, 4));
        assertEquals(0x0000FF, screen.background(3, 4));
        assertEquals('p', screen.codePoint(4, 3));
    }

    @Test
    void surfaceIsShrunkByAveraging() {
        // 4x2 pixels into one cell: top row black and white -> grey, bottom row white.
        int[] argb = {0xFF000000, 0xFF000000, 0xFFFFFFFF, 0xFFFFFFFF, -1, -1, -1, -1};
        PlacedSurface surface = new PlacedSurface(0, 0, 1, 1, argb, 4, 2, null);

        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), null, List.of(surface));

        assertEquals(0x7F7F7F, screen.foreground(0, 2));
        assertEquals(0xFFFFFF, screen.background(0, 2));
    }

    @Test
    void surfaceWithoutPixelsShowsPlaceholderText() {
        PlacedSurface crashed = new PlacedSurface(new CellRect(0, 0, 20, 5), null, 0, 0, "plugin crashed");
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page('p'), List.of(crashed));

        assertEquals("   plugin crashed   " + "p".repeat(20), screen.rowText(4));
        assertEquals(UiColors.PLACEHOLDER_BACKGROUND, screen.background(0, 2));
    }

    @Test
    void surfaceWithTooFewPixelsIsAPlaceholder() {
        PlacedSurface lying = new PlacedSurface(new CellRect(0, 0, 4, 1), new int[3], 100, 100, "bad");
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), null, List.of(lying));

        assertTrue(screen.rowText(2).startsWith("bad"), screen.rowText(2));
    }

    @Test
    void surfaceIsClippedToThePageArea() {
        PlacedSurface huge = new PlacedSurface(new CellRect(-5, -5, 1000, 1000), new int[] {-1}, 1, 1, null);
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), null, List.of(huge));

        assertTrue(screen.rowText(1).startsWith(" https://"));
        assertTrue(screen.rowText(ROWS - 1).startsWith(" Done"));
        assertEquals(HalfBlockPainter.UPPER_HALF_BLOCK, screen.codePoint(COLUMNS - 1, ROWS - 2));
    }

    @Test
    void wideCharacterCutByTheRightEdgeBecomesASpace() {
        CellGrid wide = new CellGrid(COLUMNS + 1, 1);
        wide.set(COLUMNS - 1, 0, '漢', 0, 0xFFFFFF);
        wide.set(COLUMNS, 0, CellGrid.CONTINUATION, 0, 0xFFFFFF);

        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), wide, List.of());

        assertEquals(' ', screen.codePoint(COLUMNS - 1, 2));
    }

    @Test
    void wideCharactersInsideThePageAreKept() {
        CellGrid page = page('p');
        page.set(0, 0, '漢', 0, 0xFFFFFF);
        page.set(1, 0, CellGrid.CONTINUATION, 0, 0xFFFFFF);

        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page, List.of());

        assertEquals('漢', screen.codePoint(0, 2));
        assertEquals(CellGrid.CONTINUATION, screen.codePoint(1, 2));
    }

    @Test
    void surfaceOverHalfAWideCharacterBlanksTheOtherHalf() {
        CellGrid page = page('p');
        page.set(4, 0, '漢', 0, 0xFFFFFF);
        page.set(5, 0, CellGrid.CONTINUATION, 0, 0xFFFFFF);
        PlacedSurface surface = new PlacedSurface(new CellRect(5, 0, 2, 1), new int[] {-1}, 1, 1, null);

        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui(), page, List.of(surface));

        assertEquals(' ', screen.codePoint(4, 2));
        assertEquals(HalfBlockPainter.UPPER_HALF_BLOCK, screen.codePoint(5, 2));
    }

    @Test
    void wideCharacterInTitleNeverSplitAtTheEdge() {
        BrowserUi ui = BrowserUi.newBuilder().addTabs(tab("漢字漢字", TabState.TAB_STATE_READY)).setStatus("漢字").build();
        // " 1:" takes 3 columns, so at 6 columns only one wide character fits whole.
        CellGrid screen = compositor.compose(6, 4, ui, null, List.of());

        assertEquals(" 1:漢", screen.rowText(0).stripTrailing());
        assertEquals(' ', screen.codePoint(5, 0));
    }

    @Test
    void controlCharactersInTextBecomeSpaces() {
        BrowserUi ui = ui().toBuilder().setStatus("evil\u001b[2Jstatus").build();
        CellGrid screen = compositor.compose(COLUMNS, ROWS, ui, null, List.of());

        assertEquals(" evil [2Jstatus", screen.rowText(ROWS - 1).stripTrailing());
    }

    @Test
    void tinyScreensDoNotFail() {
        for (int rows = 0; rows <= 4; rows++) {
            for (int columns = 0; columns <= 3; columns++) {
                CellGrid screen = compositor.compose(columns, rows, ui().toBuilder().addOverlayLines("x").build(),
                        page('p'), List.of(new PlacedSurface(new CellRect(0, 0, 2, 2), null, 0, 0, "gone")));
                assertEquals(rows, screen.rows());
            }
        }
    }

    @Test
    void pageAreaIsBetweenAddressBarAndStatusLine() {
        assertEquals(new CellRect(0, 2, 80, 21), ScreenCompositor.pageArea(80, 24));
    }
}
