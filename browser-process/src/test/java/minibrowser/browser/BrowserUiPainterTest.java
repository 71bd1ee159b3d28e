package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.PageMark;
import minibrowser.common.Language;
import org.junit.jupiter.api.Test;

/** The browser UI frame as a pure function of the tab model and the chrome: no process, no thread. */
class BrowserUiPainterTest {
    private static final Duration HANG_TIMEOUT = Duration.ofSeconds(15);

    private static Tab open(TabStrip tabs, String url) {
        Tab tab = tabs.open();
        tab.history.push(url);
        return tab;
    }

    @Test
    void theTabStripListsTabsInOrderWithTheActiveOneMarked() {
        TabStrip tabs = new TabStrip();
        Tab first = open(tabs, "http://a.test/");
        first.title = "Alpha";
        first.state = TabState.READY;
        Tab second = open(tabs, "http://b.test/");
        second.progress = 40;
        second.progressStep = "starting a renderer process";
        tabs.activate(first.id);

        BrowserUi ui = BrowserUiPainter.paint(tabs, new UiChrome(), HANG_TIMEOUT);

        assertEquals(2, ui.getTabsCount());
        assertEquals("Alpha", ui.getTabs(0).getTitle(), "a title when there is one");
        assertEquals("http://b.test/", ui.getTabs(1).getTitle(), "else the URL");
        assertEquals(0, ui.getTabs(0).getProgress(), "a ready tab shows no progress");
        assertEquals(40, ui.getTabs(1).getProgress());
        assertEquals(0, ui.getActiveIndex());
        assertEquals("http://a.test/", ui.getAddress());
        assertTrue(ui.getStatus().contains("tab " + first.id + " · no renderer · ready"), ui.getStatus());
    }

    @Test
    void theStatusLineShowsTheActiveTabsProgressAndTheAddressBeingTyped() {
        TabStrip tabs = new TabStrip();
        Tab tab = open(tabs, "http://a.test/");
        tab.progress = 70;
        tab.progressStep = "laying out";
        UiChrome chrome = new UiChrome();
        chrome.editing = "exam";

        BrowserUi ui = BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT);

        assertEquals("exam", ui.getAddress());
        assertTrue(ui.getEditingAddress());
        assertTrue(ui.getStatus().contains("loading 70% laying out"), ui.getStatus());
    }

    @Test
    void aCrashedTabShowsWhyAndAHungOneThePrompt() {
        TabStrip tabs = new TabStrip();
        Tab tab = open(tabs, "http://a.test/");
        tab.markCrashed("killed by signal 9 (SIGKILL)");
        assertTrue(String.join("\n", BrowserUiPainter.paint(tabs, new UiChrome(), HANG_TIMEOUT).getOverlayLinesList())
                .contains("SIGKILL"));

        tab.state = TabState.UNRESPONSIVE;
        tab.hangPrompt = true;
        List<String> prompt = BrowserUiPainter.paint(tabs, new UiChrome(), HANG_TIMEOUT).getOverlayLinesList();
        assertEquals(ErrorPages.unresponsive(Language.ENGLISH, "http://a.test/", 15), prompt);

        UiChrome help = new UiChrome();
        help.overlay = List.of("help");
        assertEquals(List.of("help"), BrowserUiPainter.paint(tabs, help, HANG_TIMEOUT).getOverlayLinesList(),
                "an overlay the user opened comes first");
    }

    @Test
    void aDialogShowsOverItsTabOnlyAndTheConsolePanelWhenOpen() {
        TabStrip tabs = new TabStrip();
        Tab background = open(tabs, "http://a.test/");
        Tab shown = open(tabs, "http://b.test/");
        background.dialog = new PendingDialog(minibrowser.proto.DialogKind.DIALOG_KIND_ALERT, "from a", "");
        UiChrome chrome = new UiChrome();
        assertEquals(List.of(), BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT, 20).getOverlayLinesList(),
                "a background tab's dialog waits until the tab is shown");
        chrome.console = true;
        shown.console.add(new ConsoleLog.Entry(minibrowser.proto.ConsoleLevel.CONSOLE_LEVEL_INFO, "hello", ""));
        assertEquals(ConsolePanel.lines(shown.id, shown.console, 20),
                BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT, 20).getOverlayLinesList());
        tabs.activate(background.id);
        assertEquals(DialogBox.lines(background.dialog, "http://a.test/"),
                BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT, 20).getOverlayLinesList(), "the dialog comes first");
    }

    @Test
    void marksAreShownOnlyOverTheTabTheyWereMeasuredOn() {
        TabStrip tabs = new TabStrip();
        Tab first = open(tabs, "http://a.test/");
        UiChrome chrome = new UiChrome();
        chrome.marks = List.of(PageMark.getDefaultInstance());
        chrome.marksTab = first.id;
        chrome.marksScrollY = 32;
        BrowserUi shown = BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT);
        assertEquals(1, shown.getPageMarksCount());
        assertEquals(32, shown.getMarksScrollY());

        open(tabs, "http://b.test/");
        assertEquals(0, BrowserUiPainter.paint(tabs, chrome, HANG_TIMEOUT).getPageMarksCount());
    }

    @Test
    void noTabsPaintAnEmptyStrip() {
        BrowserUi ui = BrowserUiPainter.paint(new TabStrip(), new UiChrome(), HANG_TIMEOUT);
        assertEquals(0, ui.getTabsCount());
        assertEquals("", ui.getAddress());
        assertFalse(ui.getEditingAddress());
    }
}
