package minibrowser.browser;

import minibrowser.browser.profile.ProfileStore;
import minibrowser.browser.profile.SessionState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.net.Network;
import minibrowser.browser.net.Response;
import minibrowser.common.NamedThreads;

/**
 * The browser process's front door: every public method posts one task to
 * {@code browser-ui} ({@link UiThread}) and returns a future. The state lives in small
 * classes used on browser-ui only, made and wired by {@link BrowserParts}.
 *
 * <p>Nothing on browser-ui waits for another process: every call to a child is a gRPC
 * future and its answer is posted back; slow local work (starting a process, fetching)
 * runs on browser-launcher and browser-network-N. So no field needs a lock.
 */
public final class Browser {
    /** Pages' console messages, one line each in the log file (as Chromium's --enable-logging writes them). */
    private static final java.util.logging.Logger CONSOLE_LOG = java.util.logging.Logger.getLogger("minibrowser.console");
    private final UiThread ui = new UiThread();
    /** The hang monitor's beat: posts each beat to browser-ui, where {@link HangMonitor} runs. */
    private final ScheduledExecutorService hangBeat =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("browser-hang-monitor", true));
    private final Network network;
    private final RendererPolicy policy;
    private final BrowserParts parts;
    private final TabStrip tabs;
    private boolean shuttingDown;

    /** @param policy which renderer each tab gets (process model, renderer limit, spare renderer) */
    /**
     * @param ownIpc the browser's own call counters ({@code Transport.ipcStats()}), for the IPC inspector
     */
    private final IpcInspector ipcInspector;
    private final minibrowser.common.Language language;
    private volatile ProfileStore profile;
    /** The session offered for restore after a crash; null when none is (or it was taken). */
    private volatile SessionState offeredSession;

    Browser(ChildLauncher launcher, Network network, DisplayMode display, Duration hangTimeout, RendererPolicy policy,
            minibrowser.common.ipc.IpcStats ownIpc, minibrowser.common.Language language) {
        this.language = language;
        this.ipcInspector = new IpcInspector(this, ownIpc);
        this.network = network;
        this.policy = policy;
        this.parts = new BrowserParts(ui, launcher, network, display, hangTimeout, policy, language);
        this.tabs = parts.tabs;
        parts.navigator.ipcPagesFrom(ipcInspector);
    }

    /**
     * From now on, history and the session go to {@code store} (written on its own thread;
     * not with {@code recordHistory} false, incognito), and about:history and
     * about:bookmarks read from it.
     */
    public void keepProfileIn(ProfileStore store, boolean recordHistory) {
        profile = store;
        parts.navigator.profilePagesFrom(store);
        if (recordHistory) ui.post(() -> parts.profile = new ProfileWriter(store, this::refreshBookmarksBar));
        refreshBookmarksBar();
    }

    /** The profile's data; null before {@link #keepProfileIn}. */
    public ProfileStore profile() {
        return profile;
    }

    /** Opens the tabs of a saved session, each with its back/forward list, and activates the one that was active. */
    public CompletableFuture<Void> restoreSession(SessionState session) {
        return changeUi(() -> {
            int activeId = 0;
            for (int i = 0; i < session.tabs().size(); i++) {
                SessionState.TabEntries saved = session.tabs().get(i);
                Tab tab = tabs.open();
                tab.history.restore(saved.entries(), saved.current());
                parts.navigator.start(tab, saved.currentUrl(), false);
                if (i == session.active()) activeId = tab.id;
            }
            if (activeId != 0) tabs.activate(activeId);
        });
    }

    /**
     * After a crash: the status line says so and {@code R} restores {@code crashed}'s tabs
     * ({@link #acceptSessionRestore}), as Chromium's "Restore pages?" bubble.
     */
    public void offerSessionRestore(SessionState crashed) {
        offeredSession = crashed;
        showMessage("crashed last time: press R to restore its " + crashed.tabs().size()
                + (crashed.tabs().size() == 1 ? " tab" : " tabs"));
    }

    /** {@code R}: restores the offered session, once; false when none was offered. */
    public boolean acceptSessionRestore() {
        SessionState offered = offeredSession;
        offeredSession = null;
        if (offered == null) return false;
        restoreSession(offered);
        showMessage("restored " + offered.tabs().size() + (offered.tabs().size() == 1 ? " tab" : " tabs"));
        return true;
    }

    /** The most bookmarks on the bar (the keys 1 to 9 open them), and the longest title shown there. */
    private static final int BAR_BOOKMARKS = 9;
    private static final int BAR_TITLE = 24;

    /** Reads the first bookmarks (on the profile's thread) and shows them on the bookmarks bar. */
    private void refreshBookmarksBar() {
        ProfileStore store = profile;
        if (store == null) return;
        store.bookmarks().thenAccept(bookmarks -> {
            List<String> bar = new java.util.ArrayList<>();
            for (int i = 0; i < Math.min(BAR_BOOKMARKS, bookmarks.size()); i++) {
                String title = bookmarks.get(i).title();
                bar.add((i + 1) + " " + (title.length() <= BAR_TITLE ? title : title.substring(0, BAR_TITLE - 1) + "…"));
            }
            List<String> shown = List.copyOf(bar);
            ui.post(() -> parts.showBookmarksBar(shown));
        });
    }

    /** The terminal row where the page starts (the bookmarks bar, when shown, pushes it down a row). */
    public int pageTop() {
        return parts.display().pageTop();
    }

    /** A page the address bar suggests: a bookmark, or a page of the history. */
    public record Suggestion(String url, String title, boolean bookmark) {}

    /** Up to {@code limit} suggestions for {@code typed}: matching bookmarks, then the most visited matching pages. */
    public CompletableFuture<List<Suggestion>> suggest(String typed, int limit) {
        ProfileStore store = profile;
        if (store == null) return CompletableFuture.completedFuture(List.of());
        return store.bookmarks().thenCombine(store.history(typed, limit * 4), (bookmarks, visits) -> {
            String needle = typed.toLowerCase(java.util.Locale.ROOT);
            java.util.LinkedHashMap<String, Suggestion> found = new java.util.LinkedHashMap<>();
            bookmarks.stream().filter(b -> b.url().toLowerCase(java.util.Locale.ROOT).contains(needle)
                            || b.title().toLowerCase(java.util.Locale.ROOT).contains(needle))
                    .forEach(b -> found.putIfAbsent(b.url(), new Suggestion(b.url(), b.title(), true)));
            visits.stream().sorted(java.util.Comparator.comparingLong(minibrowser.browser.profile.ProfileDatabase.Visit::visitCount)
                            .reversed())
                    .forEach(v -> found.putIfAbsent(v.url(), new Suggestion(v.url(), v.title(), false)));
            return found.values().stream().limit(limit).toList();
        });
    }

    /** Bookmarks tab {@code tabId}'s page; completes once it is written. */
    public CompletableFuture<Void> bookmark(int tabId) {
        if (profile == null) return CompletableFuture.failedFuture(new IllegalStateException("no profile"));
        return ui.call(() -> {
            Tab tab = tabs.require(tabId);
            // While the page loads, the title is the last page's: the bookmark takes its own when the visit is recorded.
            String title = tab.state == TabState.READY && !tab.title.isEmpty() ? tab.title : tab.url();
            return profile.addBookmark(tab.url(), title);
        }).thenCompose(written -> written).thenRun(this::refreshBookmarksBar);
    }

    /** The IPC inspector (I, about:ipc). */
    /** The language of the browser's own words, for the terminal UI's pages (help, task manager, tour). */
    public minibrowser.common.Language language() {
        return language;
    }

    public IpcInspector ipcInspector() {
        return ipcInspector;
    }

    /** The process model in use (fixed for the browser's life), for ctl ps and the task manager. */
    public ProcessModel processModel() {
        return policy.model();
    }

    /** Starts the gpu process (the browser cannot show anything without it), then the spare renderer. */
    public CompletableFuture<Void> start() {
        long beat = parts.hangMonitor.beatMillis();
        hangBeat.scheduleWithFixedDelay(() -> ui.post(() -> {
            if (!shuttingDown) parts.hangMonitor.beat(tabs.all());
        }), beat, beat, TimeUnit.MILLISECONDS);
        hangBeat.scheduleWithFixedDelay(() -> ui.post(() -> {
            if (!shuttingDown) parts.navigator.refreshIpcPages();
        }), 1, 1, TimeUnit.SECONDS);
        // The spare starts with the gpu only when no tab is opening: a tab's load starts it when
        // done (Renderers.ensure), and a JVM starting beside a tab's renderer slows that page.
        return ui.call(parts.gpu::start).thenCompose(started -> started).thenCompose(g -> ui.run(() -> {
            if (tabs.all().isEmpty()) parts.renderers.keepSpare();
        }));
    }

    /** After repeated gpu crashes, composite with the gpu's code on threads of this process (Call before {@link #start()}). */
    void fallBackToCompositingInBrowserWith(ChildLauncher inBrowser) {
        parts.gpu.fallBackWith(inBrowser);
    }

    /** Opens a tab on {@code url}, makes it active and starts loading it. */
    public CompletableFuture<Integer> openTab(String url) {
        return ui.call(() -> {
            Tab tab = tabs.open();
            parts.navigator.start(tab, url, true);
            return tab.id;
        });
    }

    public CompletableFuture<Void> navigate(int tabId, String url) {
        return ui.run(() -> parts.navigator.start(tabs.require(tabId), url, true));
    }

    public CompletableFuture<Void> reload(int tabId) {
        return ui.run(() -> parts.navigator.start(tabs.require(tabId), tabs.require(tabId).url(), false));
    }

    public CompletableFuture<Void> goBack(int tabId) {
        return ui.run(() -> {
            Tab tab = tabs.require(tabId);
            if (tab.history.canGoBack()) parts.navigator.start(tab, tab.history.back(), false);
        });
    }

    public CompletableFuture<Void> goForward(int tabId) {
        return ui.run(() -> {
            Tab tab = tabs.require(tabId);
            if (tab.history.canGoForward()) parts.navigator.start(tab, tab.history.forward(), false);
        });
    }

    /** Closes a tab and ends its renderer (on purpose: no crash is reported). */
    public CompletableFuture<Void> closeTab(int tabId) {
        return ui.run(() -> {
            Tab tab = tabs.require(tabId);
            parts.dialogs.dismiss(tab, "the tab closed");
            tabs.close(tabId);
            parts.renderers.release(tab);
            tab.loaded.complete(tab);
            parts.paint();
        });
    }

    public CompletableFuture<Void> activate(int tabId) {
        return changeUi(() -> tabs.activate(tabId));
    }

    /** Activates the tab {@code step} places to the right (negative: left), wrapping around. */
    public CompletableFuture<Void> activateRelative(int step) {
        return changeUi(() -> tabs.activateRelative(step));
    }

    /** Activates the n-th tab (1-based), if there is one. */
    public CompletableFuture<Void> activateIndex(int n) {
        return changeUi(() -> tabs.activateIndex(n));
    }

    /** The active tab's id; 0 when no tab is open. */
    public CompletableFuture<Integer> activeTabId() {
        return ui.call(tabs::activeId);
    }

    /** Completes when the tab's current navigation has ended. */
    public CompletableFuture<TabSnapshot> waitForLoad(int tabId) {
        return ui.call(() -> tabs.require(tabId).loaded).thenCompose(f -> f)
                .thenCompose(t -> ui.call(() -> TabStrip.snapshot(t)));
    }

    public CompletableFuture<List<TabSnapshot>> tabs() {
        return ui.call(() -> tabs.all().stream().map(TabStrip::snapshot).toList());
    }

    public CompletableFuture<TabSnapshot> tabSnapshot(int tabId) {
        return ui.call(() -> TabStrip.snapshot(tabs.require(tabId)));
    }

    /**
     * A navigation the active tab's page asked for (a link focused or hinted in the terminal
     * UI), judged by {@link NavigationPolicy} in {@link Navigator#followLink}: one post.
     */
    public CompletableFuture<Void> followLinkInActiveTab(String url) {
        return ui.run(() -> {
            if (tabs.active() != null) parts.navigator.followLink(tabs.active(), url);
        });
    }

    public CompletableFuture<Void> scrollActive(int deltaY, boolean absolute) {
        return ui.call(() -> parts.input.scroll(deltaY, absolute)).thenCompose(f -> f);
    }

    public CompletableFuture<VisibleLinks> visibleLinks() {
        return ui.call(parts.input::visibleLinks).thenCompose(f -> f);
    }

    public CompletableFuture<FindResult> find(String text, int index, boolean keepScroll) {
        return ui.call(() -> parts.input.find(text, index, keepScroll)).thenCompose(f -> f);
    }

    /**
     * Clicks at a viewport point of the active tab; follows a link if one was hit. Completes
     * with what has the page's focus then (it never completes when the page does not answer).
     */
    public CompletableFuture<FocusedElement> clickActive(int x, int y) {
        return ui.call(() -> parts.input.click(x, y)).thenCompose(f -> f);
    }

    /** Moves the active page's focus to its control {@code focusIndex} (0: none); completes with what has it then. */
    public CompletableFuture<FocusedElement> focusInActiveTab(int focusIndex) {
        return ui.call(() -> parts.input.focus(focusIndex)).thenCompose(f -> f);
    }

    /**
     * A key for the active page's focused element ({@code key} as the DOM names it, the
     * {@code text} it types, modifier bits); completes with what has the page's focus after it.
     */
    public CompletableFuture<FocusedElement> keyInActiveTab(String key, String text, int modifiers) {
        return ui.call(() -> parts.input.key(key, text, modifiers)).thenCompose(f -> f);
    }

    /**
     * A control client's click at a viewport point of tab {@code tabId}: the link it
     * followed, or "", once the tab's renderer answered. Fails with
     * IllegalArgumentException for an unknown tab, IllegalStateException for a tab
     * without a renderer.
     */
    public CompletableFuture<String> click(int tabId, int x, int y) {
        return ui.call(() -> {
            Tab tab = tabs.require(tabId);
            if (tab.renderer == null) throw new IllegalStateException("tab " + tabId + " has no renderer");
            return parts.input.click(tab, x, y);
        }).thenCompose(clicked -> clicked);
    }

    /** A click on the tab strip at {@code column}: the gpu, which laid it out, says which tab is there. */
    public CompletableFuture<Void> clickTabStrip(int column) {
        return ui.call(parts.gpu::whenReady).thenCompose(g -> g).thenCompose(g -> ui.whenDone(g.tabAt(column)))
                .thenAccept(reply -> {
                    if (reply.getIndex() >= 0) tabs.activateIndex(reply.getIndex() + 1);
                    parts.paint();
                });
    }

    /**
     * The user answered the active tab's Unresponsive prompt ({@link HangMonitor#answer}).
     * Completes with false when no prompt was shown, so the key keeps its usual meaning.
     */
    public CompletableFuture<Boolean> answerHangPrompt(boolean kill) {
        return ui.call(() -> parts.hangMonitor.answer(tabs.active(), kill));
    }

    /**
     * A key the terminal's user pressed, for the active tab's script dialog, if one is shown
     * ({@link ScriptDialogs#key}): {@code sequence} is what the terminal sent. Completes with
     * false when the key is not the dialog's, so it keeps its usual meaning.
     */
    public CompletableFuture<Boolean> dialogKey(String sequence) {
        return ui.call(() -> parts.dialogs.key(tabs.active(), sequence));
    }

    /** The tab's pending script dialog, or empty. */
    public CompletableFuture<Optional<DialogSnapshot>> dialog(int tabId) {
        return ui.call(() -> Optional.ofNullable(DialogSnapshot.of(tabs.require(tabId).dialog)));
    }

    /**
     * Answers the tab's pending script dialog as its user would: OK ({@code accept}) with
     * {@code value} (null: the prompt's text as it is), or Cancel. Completes with false when
     * the tab has none.
     */
    public CompletableFuture<Boolean> answerDialog(int tabId, boolean accept, String value) {
        return ui.call(() -> parts.dialogs.answer(tabs.require(tabId), accept, value));
    }

    /** The tab's console: what its page's scripts logged since it was committed. */
    CompletableFuture<ConsoleLog.Snapshot> console(int tabId) {
        return ui.call(() -> tabs.require(tabId).console.snapshot());
    }

    /** The terminal changed size: the gpu presents at it, every renderer lays out again at the new width. */
    public CompletableFuture<Void> resize(DisplayMode newDisplay) {
        return ui.run(() -> parts.resize(newDisplay));
    }

    /** Terminal chrome (address editing, help, messages), changed by the terminal UI. */
    public CompletableFuture<Void> updateChrome(Consumer<UiChrome> change) {
        return changeUi(() -> change.accept(parts.chrome));
    }

    /** Puts a line on the status line (the terminal UI's message), e.g. why there is no sandbox. */
    public void showMessage(String message) {
        ui.post(() -> parts.say(message));
    }

    /** A PNG of the tab's page, made by the gpu process. */
    public CompletableFuture<byte[]> screenshot(int tabId) {
        return ui.call(() -> {
            tabs.require(tabId);
            return parts.gpu.whenReady();
        }).thenCompose(g -> g).thenCompose(g -> UiThread.answered(g.screenshot(tabId)))
                .thenApply(reply -> reply.getPng().toByteArray());
    }

    /** The shared-memory files a tab's frames are drawn into, oldest first (none for no such tab). */
    public CompletableFuture<List<Path>> frameBufferFiles(int tabId) {
        return ui.call(() -> {
            Tab tab = tabs.get(tabId);
            return tab == null ? List.<Path>of() : tab.frameBuffers.stream().map(buffer -> Path.of(buffer.path())).toList();
        });
    }

    /** Every child process alive now, with the tabs each serves. */
    public CompletableFuture<List<ChildSnapshot>> children() {
        return ui.call(parts::childSnapshots);
    }

    /** Ends a child process at once (SIGKILL), as the task manager's End process does; a line for the status line. */
    public CompletableFuture<String> endProcess(long pid) {
        return ui.call(() -> parts.children.end(pid));
    }

    /** The control API's socket (about:sandbox shows whether a renderer can reach it); set before tabs open. */
    public void controlSocketIs(Path socket) {
        parts.navigator.controlSocketIs(socket);
        ui.post(parts.dialogs::controlClientAnswers); // a headless run's dialogs now wait for ctl dialog
    }

    /** Ends every child and stops the browser's threads. */
    public void shutdown() {
        ui.stopAfter(() -> {
            shuttingDown = true;
            parts.stop();
        });
        parts.children.shutdown(); // every child, also one still starting; no new ones
        hangBeat.shutdownNow();
        ipcInspector.shutdown();
        network.shutdown();
    }

    // ---------------------------------------------------------------- for RendererHostService (on browser-ui)

    /**
     * Runs {@code work} on browser-ui for the renderer that {@code child} is, so that the
     * check of its message and the action on it see the same tabs: the one post of a
     * RendererHost call. Fails with PERMISSION_DENIED when the child draws no tab.
     */
    <T> CompletableFuture<T> forRenderer(ChildProcessHost child, Function<RenderProcessHost, CompletableFuture<T>> work) {
        return ui.call(() -> work.apply(parts.renderers.drawing(child))).thenCompose(answer -> answer);
    }

    CompletableFuture<Response> fetchForPage(int tabId, String url) {
        return parts.navigator.fetchForPage(tabId, url);
    }

    CompletableFuture<FrameBufferGrant> allocateFrameBuffer(RenderProcessHost from, int tabId, long bytes) {
        return parts.sinks.allocate(from, tabId, bytes);
    }

    /** A plugin instance for an embed of tab {@code tabId}'s page; its data is fetched for that page. */
    CompletableFuture<Integer> createPluginInstance(int tabId, String mimeType, String src, int width, int height,
                                                    Map<String, String> params) {
        return parts.plugins.create(tabId, mimeType, width, height, params, () -> src.isEmpty()
                ? CompletableFuture.completedFuture(new byte[0])
                : fetchForPage(tabId, src).handle((r, refused) -> refused == null && r.isOk() ? r.body() : new byte[0]));
    }

    void didFinishLoad(RenderProcessHost from, int tabId, long navigation, String title) {
        parts.navigator.didFinishLoad(from, tabId, navigation, title);
    }

    /** A console message of the tab's page: into the log file, one line, and the tab's console. */
    void consoleMessage(int tabId, ConsoleLog.Entry entry) {
        Tab tab = tabs.require(tabId);
        CONSOLE_LOG.info(() -> "tab " + tab.id + " console." + entry.levelName() + ": " + oneLine(entry.text())
                + (entry.source().isEmpty() ? "" : " (" + entry.source() + ")"));
        tab.console.add(entry);
        if (parts.chrome.console && tabs.active() == tab) parts.paint();
    }

    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A script of the tab's current document opened a dialog: answered when the user (or ctl) answers. */
    CompletableFuture<minibrowser.proto.RunDialogReply> runDialog(int tabId, minibrowser.proto.DialogKind kind,
                                                                  String message, String defaultValue) {
        return parts.dialogs.open(tabs.require(tabId), kind, message, defaultValue);
    }

    /**
     * The renderer stopped waiting for a dialog's answer (its call was cancelled): the dialog
     * {@code shown} names goes, if it is still the tab's.
     */
    void dialogCallEnded(int tabId, java.util.function.Supplier<CompletableFuture<?>> shown) {
        ui.post(() -> {
            Tab tab = tabs.get(tabId);
            if (tab != null && tab.dialog != null && tab.dialog.answer == shown.get()) {
                parts.dialogs.dismiss(tab, "the renderer stopped waiting for it");
            }
        });
    }

    /** A script of the tab's page set {@code location}: judged as a followed link; why it was refused, or empty. */
    Optional<String> requestNavigation(int tabId, String url, boolean replace) {
        return parts.navigator.followLink(tabs.require(tabId), url, replace);
    }

    /** A script's fetch() or XMLHttpRequest, same origin only ({@link Navigator#fetchForScript}). */
    CompletableFuture<Response> fetchForScript(int tabId, String url, String method, byte[] body, String contentType) {
        return parts.navigator.fetchForScript(tabId, url, method, body, contentType);
    }

    long latestNavigationOf(int tabId) {
        return tabs.latestNavigationOf(tabId);
    }

    /** Kills a renderer that sent a message it could never honestly send. */
    void killForBadMessage(RenderProcessHost renderer, String what) {
        renderer.process.killForBadMessage(what);
    }

    /** The process a frame sink belongs to (a tab's renderer, or the plugin process), for a bad message the gpu reports. */
    public CompletableFuture<Optional<ChildProcessHost>> senderOfSink(String token) {
        return ui.call(() -> parts.senderOfSink(token));
    }

    private CompletableFuture<Void> changeUi(Runnable change) {
        return ui.run(() -> {
            change.run();
            parts.paint();
        });
    }

    /** The innermost cause's message, for a line in words. */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
