package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import minibrowser.browser.children.CrashReports;
import java.util.concurrent.CompletableFuture;

/**
 * One tab, as the browser process knows it: its history, its state and the
 * renderer process that draws it. Used only on the {@code browser-ui} thread.
 */
final class Tab {
    final int id;
    final NavigationHistory history = new NavigationHistory();
    TabState state = TabState.LOADING;
    String title = "";
    /** The renderer drawing this tab; null while it has none. */
    RenderProcessHost renderer;
    /**
     * The URL of the document last committed to the renderer, as the browser knows it
     * (null before the first): what the page may fetch and where it may navigate are
     * decided from it, never from a URL the renderer names.
     */
    String committedUrl;
    /** Grows with every navigation; a late message about an older one is ignored. */
    long navigationId;
    /** Why the last renderer ended, in words, while the tab is crashed. */
    String crashReason = "";
    /** Where the browser filed the crash report of the renderer that ended, or "" when it left none. */
    String crashReportFile = "";
    /** The error of the last failed load (DNS, refused, HTTP 404...), or "". */
    String loadError = "";
    /** The frame-sink token the gpu knows this tab's frames by (new per renderer). */
    String frameSinkToken;
    /** Shared-memory buffers made for this tab's frames, oldest first. */
    final List<FrameBufferGrant> frameBuffers = new ArrayList<>();
    /** Completed when the current navigation ends (ready, failed or crashed). */
    CompletableFuture<Tab> loaded = new CompletableFuture<>();
    /** Debug action to run once the current page is committed (about:crash...). */
    String pendingDebugPage;
    /** While loading: how far (0..100) and the step under way, for the status line and tab strip. */
    int progress;
    String progressStep = "";
    /** Hang monitor: when the ping now outstanding was sent (System.nanoTime), 0 when none is. */
    long pingSentAt;
    /** Hang monitor: the sequence number of the ping now outstanding. */
    long pingSequence;
    /** True while the Unresponsive prompt (Wait / Kill) is shown for this tab. */
    boolean hangPrompt;
    /** After Wait: the prompt stays away until then (System.nanoTime). */
    long hangPromptHiddenUntil;

    /** What the page's scripts logged since the document was committed (ctl console, the J panel). */
    final ConsoleLog console = new ConsoleLog();
    /** The script dialog waiting for an answer, or null ({@link ScriptDialogs}). */
    PendingDialog dialog;
    /** How many dialogs the current document opened ({@link ScriptDialogs#MAX_PER_PAGE}). */
    int dialogsThisPage;

    /** The restart policy's record of this tab's renderer crashes. */
    final minibrowser.browser.children.CrashHistory crashes = minibrowser.browser.children.CrashHistory.forTab();

    Tab(int id) {
        this.id = id;
    }

    /** The renderer ended, or never started: the tab shows the crashed-tab page, and its load is over. */
    void markCrashed(String reason) {
        markCrashed(reason, Optional.empty());
    }

    /** The same, with the crash report the renderer left (its file is named on the crashed-tab page). */
    void markCrashed(String reason, Optional<CrashReports.Filed> report) {
        state = TabState.CRASHED;
        crashReason = reason;
        crashReportFile = report.map(filed -> filed.file().toString()).orElse("");
        loaded.complete(this);
    }

    String url() {
        return history.currentUrl();
    }

    /** The page the renderer shows, as the browser knows it: what its fetches and links are judged by. */
    String pageUrl() {
        return committedUrl != null ? committedUrl : url();
    }
}
