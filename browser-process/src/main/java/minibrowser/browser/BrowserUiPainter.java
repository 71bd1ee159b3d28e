package minibrowser.browser;

import java.time.Duration;
import minibrowser.common.TabIds;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.TabStripEntry;

/**
 * What the browser's own UI shows (tab strip, address bar, status line, an overlay
 * page, marks over the page), as a pure function of the tab model and the terminal
 * chrome: no process, no thread, no state of its own. The gpu process draws the
 * result ({@code UpdateBrowserUi}); {@code BrowserUiPainterTest} checks it alone.
 */
final class BrowserUiPainter {
    private BrowserUiPainter() {}

    /** @param hangTimeout named by the Unresponsive prompt */
    static BrowserUi paint(TabStrip tabs, UiChrome chrome, Duration hangTimeout) {
        return paint(tabs, chrome, hangTimeout, 24);
    }

    /**
     * Over the page, the first that applies: the address bar's suggestions, an overlay page (help, task manager), the
     * active tab's script dialog, the IPC inspector, the console panel, the crashed-tab page, the
     * Unresponsive prompt.
     *
     * @param pageRows the page area's height in rows (the console panel shows what fits)
     */
    static BrowserUi paint(TabStrip tabs, UiChrome chrome, Duration hangTimeout, int pageRows) {
        BrowserUi.Builder state = BrowserUi.newBuilder();
        int index = 0;
        for (Tab tab : tabs.all()) {
            if (tab.id == tabs.activeId()) state.setActiveIndex(index);
            state.addTabs(TabStripEntry.newBuilder().setTab(TabIds.of(tab.id))
                    .setTitle(tab.title.isEmpty() ? tab.url() : tab.title).setState(tab.state.wire())
                    .setProgress(tab.state == TabState.LOADING ? tab.progress : 0));
            index++;
        }
        Tab active = tabs.active();
        state.setAddress(chrome.editing != null ? chrome.editing : active == null ? "" : active.url());
        state.setEditingAddress(chrome.editing != null);
        state.addAllBookmarksBar(chrome.bookmarksBar);
        String progress = active != null && active.state == TabState.LOADING
                ? (active.progress + "% " + active.progressStep).strip() : "";
        state.setStatus(StatusLine.of(chrome.language, active == null ? null : TabStrip.snapshot(active), chrome.message, progress,
                chrome.linkUrl));
        if (chrome.editing != null && !chrome.suggestions.isEmpty()) {
            state.addAllOverlayLines(chrome.suggestions);
        } else if (chrome.overlay != null) {
            state.addAllOverlayLines(chrome.overlay);
        } else if (active != null && active.dialog != null) {
            state.addAllOverlayLines(DialogBox.lines(active.dialog, active.pageUrl()));
        } else if (chrome.ipc != null) {
            state.addAllOverlayLines(IpcInspectorPanel.lines(chrome.ipc, pageRows));
        } else if (active != null && chrome.console) {
            state.addAllOverlayLines(ConsolePanel.lines(active.id, active.console, pageRows));
        } else if (active != null && active.state == TabState.CRASHED) {
            state.addAllOverlayLines(ErrorPages.crashedTab(chrome.language, active.crashReason, active.crashReportFile,
                    active.crashes.describeStreak(chrome.language)));
        } else if (active != null && active.hangPrompt) {
            state.addAllOverlayLines(ErrorPages.unresponsive(chrome.language, active.title.isEmpty() ? active.url() : active.title,
                    hangTimeout.toSeconds()));
        }
        state.addAllPanelLines(chrome.panel);
        if (active != null && chrome.marksTab == active.id && !chrome.marks.isEmpty()) {
            state.addAllPageMarks(chrome.marks).setMarksScrollY(chrome.marksScrollY);
        }
        return state.build();
    }
}
