package minibrowser.browser;

import minibrowser.common.trace.Trace;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;
import minibrowser.browser.children.CrashReports;
import io.grpc.Status;
import minibrowser.common.TabIds;
import minibrowser.browser.net.Network;
import minibrowser.browser.net.Request;
import minibrowser.browser.net.Response;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.Url;

/**
 * Navigation: from a URL to a committed document in the tab's renderer, and the
 * policies on what a page may reach through the browser (links it follows, things
 * it fetches). Used on browser-ui only.
 *
 * <pre>
 *   start(tab, url) ─▶ Network.fetch (browser-network-N)
 *        ─▶ Renderers.ensure (a renderer process started on browser-launcher, its ChildReady awaited)
 *        ─▶ Renderer.CommitNavigation(bytes) ... renderer lays out, rasters, sends a frame to the gpu
 *        ◀─ RendererHost.DidFinishLoad ─▶ tab ready
 * </pre>
 */
final class Navigator {
    private static final Logger LOG = Logger.getLogger(Navigator.class.getName());

    /** What the rest of the browser hears from here (on browser-ui). */
    interface Events {
        /** A tab's state or progress changed: the UI is painted again. */
        void changed();

        /** A line for the status line. */
        void say(String message);

        /** The tab starts leaving its page: what pointed into it (find marks, link hints) is stale. */
        void leaving(Tab tab);

        /** A new document replaces the tab's page: its plugin instances go. */
        void committing(Tab tab);

        /** A debug page that acts on the gpu or plugin process (about:gpucrash...); false for any other page. */
        boolean actedOnOtherProcess(String page);
    }

    private final UiThread ui;
    private final TabStrip tabs;
    private final Renderers renderers;
    private final Network network;
    private final Supplier<DisplayMode> display;
    private final Events events;
    /** The session directory and the control API's socket: about:sandbox's probes aim at them. */
    private final Path sessionDir;
    /** The language of the browser's own error pages. */
    private final minibrowser.common.Language language;
    private volatile Path controlSocket;

    /** The profile, for about:history and about:bookmarks; null until set. */
    private volatile minibrowser.browser.profile.ProfileStore profilePages;
    /** The IPC inspector, for about:ipc; null until set. */
    private IpcInspector ipcPages;

    Navigator(UiThread ui, TabStrip tabs, Renderers renderers, Network network, Supplier<DisplayMode> display,
              Path sessionDir, minibrowser.common.Language language, Events events) {
        this.language = language;
        this.ui = ui;
        this.tabs = tabs;
        this.renderers = renderers;
        this.network = network;
        this.display = display;
        this.sessionDir = sessionDir;
        this.events = events;
    }

    /** Where about:history and about:bookmarks come from. */
    void profilePagesFrom(minibrowser.browser.profile.ProfileStore store) {
        profilePages = store;
    }

    /** Where about:ipc's samples come from. */
    void ipcPagesFrom(IpcInspector inspector) {
        ipcPages = inspector;
    }

    void controlSocketIs(Path socket) {
        controlSocket = socket;
    }

    /** Starts loading {@code typed} in the tab, as the user or a control client asked (anywhere). */
    void start(Tab tab, String typed, boolean addToHistory) {
        String url = UrlFixer.fix(typed);
        long navigation = ++tab.navigationId;
        if (addToHistory) tab.history.push(url);
        tab.state = TabState.LOADING;
        tab.loadError = "";
        tab.crashReason = "";
        tab.hangPrompt = false;
        tab.pingSentAt = 0;
        progress(tab, 10, language.pick("connecting", "연결 중"));
        events.leaving(tab);
        if (tab.loaded.isDone()) tab.loaded = new CompletableFuture<>();
        events.changed();
        Trace.instant("navigation", "navigation started", "tab", Integer.toString(tab.id), "url", url);
        network.fetch(url).thenAcceptAsync(response -> onResponse(tab, navigation, response), ui.executor());
    }

    /**
     * A navigation the tab's page started (a link followed, a click, a link hint, a script
     * that set {@code location}): the URL came from the renderer, so {@link NavigationPolicy}
     * decides whether the page may go there (Chromium's {@code CanRequestURL}); a refused one
     * is logged and named on the status line, and the tab stays where it is.
     *
     * @return why it was refused, or empty when the navigation started
     */
    Optional<String> followLink(Tab tab, String url) {
        return followLink(tab, url, false);
    }

    /** The same; {@code replace} ({@code location.replace}): the new page takes the current history entry's place. */
    Optional<String> followLink(Tab tab, String url, boolean replace) {
        String target = UrlFixer.fix(url);
        Optional<String> refusal = NavigationPolicy.refusal(tab.pageUrl(), target);
        if (refusal.isPresent()) {
            LOG.warning("tab " + tab.id + ": refused a navigation the page asked for: " + refusal.get());
            events.say("blocked: " + refusal.get());
            return refusal;
        }
        if (replace) tab.history.replaceCurrent(target);
        start(tab, target, !replace);
        return Optional.empty();
    }

    /**
     * Fetches {@code url} for the page of tab {@code tabId}, under {@link PageFetchPolicy}:
     * the one door every fetch made on behalf of a page goes through (style sheets,
     * images, plugin data). The page is the one the browser committed to the tab.
     * Fails with PERMISSION_DENIED when the page may not have it.
     */
    CompletableFuture<Response> fetchForPage(int tabId, String url) {
        Tab tab = tabs.require(tabId);
        Optional<String> refusal = PageFetchPolicy.refusal(tab.pageUrl(), url);
        if (refusal.isPresent()) {
            LOG.info("tab " + tabId + ": refused a fetch: " + refusal.get());
            return CompletableFuture.failedFuture(Status.PERMISSION_DENIED.withDescription(refusal.get()).asRuntimeException());
        }
        return network.fetch(url);
    }

    /**
     * A request a script of tab {@code tabId}'s page makes ({@code fetch()}, XMLHttpRequest),
     * under {@link ScriptFetchPolicy}: the page's own origin only, its redirects too. Fails
     * with PERMISSION_DENIED for another origin (also when a redirect leads to one), and
     * UNAVAILABLE when no answer came; an HTTP error status is an answer.
     */
    CompletableFuture<Response> fetchForScript(int tabId, String url, String method, byte[] body, String contentType) {
        Tab tab = tabs.require(tabId);
        String page = tab.pageUrl();
        Optional<String> refusal = ScriptFetchPolicy.refusal(page, url);
        if (refusal.isPresent()) {
            LOG.info("tab " + tabId + ": refused a script's " + method + ": " + refusal.get());
            return CompletableFuture.failedFuture(Status.PERMISSION_DENIED.withDescription(refusal.get()).asRuntimeException());
        }
        AtomicReference<URI> leftOrigin = new AtomicReference<>(); // set on browser-network-N, read once the answer came
        return network.send(new Request(url, method, body, contentType, target -> {
            boolean same = ScriptFetchPolicy.mayRedirectTo(page, target);
            if (!same) leftOrigin.set(target);
            return same;
        })).thenApply(response -> {
            if (leftOrigin.get() != null) {
                throw Status.PERMISSION_DENIED.withDescription("cross-origin redirect refused: to "
                        + ScriptFetchPolicy.origin(leftOrigin.get().toString()).orElse("another origin")).asRuntimeException();
            }
            if (response.status() == 0) throw Status.UNAVAILABLE.withDescription(response.error()).asRuntimeException();
            return response;
        });
    }

    /** The renderer reported a navigation's first frame is with the gpu: the tab is ready. */
    void didFinishLoad(RenderProcessHost from, int tabId, long navigation, String title) {
        Tab tab = tabs.get(tabId);
        if (tab == null || tab.renderer != from || tab.navigationId != navigation) return;
        tab.title = title;
        tab.state = TabState.READY;
        progress(tab, 100, "");
        tab.loaded.complete(tab);
        events.changed();
        if (tab.pendingDebugPage != null) {
            String page = tab.pendingDebugPage;
            tab.pendingDebugPage = null;
            from.runDebugAction(tab.id, DebugPages.rendererAction(page));
        }
    }

    private void onResponse(Tab tab, long navigation, Response response) {
        if (!tabs.isOpen(tab) || tab.navigationId != navigation) return; // closed, or a newer navigation
        byte[] body = response.body();
        String type = response.contentType();
        if (!response.isOk()) {
            tab.loadError = response.error();
            body = ErrorPages.loadFailed(language, tab.url(), response.error());
            type = "text/html; charset=utf-8";
        } else if (!response.url().equals(tab.url())) {
            tab.history.replaceCurrent(response.url());
        }
        String debugPage = DebugPages.nameOf(tab.url());
        if (debugPage != null && events.actedOnOtherProcess(debugPage)) debugPage = null;
        tab.pendingDebugPage = debugPage;
        boolean hasRenderer = tab.renderer != null && tab.renderer.process.isAlive();
        progress(tab, hasRenderer ? 60 : 40, (body.length / 1024) + " kB"
                + (hasRenderer ? "" : language.pick(", starting a renderer process", ", 렌더러 프로세스 시작 중")));
        events.changed();
        byte[] document = body;
        String contentType = type;
        renderers.ensure(tab).whenCompleteAsync((renderer, failed) -> {
            if (failed != null) {
                tab.crashes.recordCrash(); // a renderer that dies while starting counts toward the streak
                tab.markCrashed("renderer failed to start: " + Browser.rootMessage(failed));
                events.changed();
                return;
            }
            if (tab.navigationId != navigation || tab.renderer != renderer) return;
            progress(tab, 70, language.pick("laying out", "배치 중"));
            events.changed();
            if (SandboxPage.is(tab.url())) probeSandboxThenCommit(tab, navigation, renderer);
            else if (IpcPage.is(tab.url()) && ipcPages != null) sampleIpcThenCommit(tab, navigation, renderer);
            else if (ProfilePages.is(tab.url()) && profilePages != null) readProfileThenCommit(tab, navigation, renderer);
            else if (CrashesPage.is(tab.url())) {
                // A listing of small files on a tmpfs, the browser's own: read here, as it is shown.
                commit(tab, navigation, renderer, CrashesPage.html(new CrashReports(sessionDir).list()), "text/html; charset=utf-8");
            }
            else commit(tab, navigation, renderer, document, contentType);
        }, ui.executor());
    }

    /** about:ipc: a fresh sample of every process's calls, as the page committed. */
    private void sampleIpcThenCommit(Tab tab, long navigation, RenderProcessHost renderer) {
        String filter = minibrowser.browser.net.AboutPages.filterOf(tab.url());
        ipcPages.sampleNow().handle((table, failed) -> failed != null
                        ? ErrorPages.loadFailed(language, tab.url(), "no sample of the calls: " + Browser.rootMessage(failed))
                        : IpcPage.html(table, filter))
                .thenAcceptAsync(page -> {
                    if (tab.navigationId == navigation && tab.renderer == renderer && renderer.process.isAlive()) {
                        commit(tab, navigation, renderer, page, "text/html; charset=utf-8");
                    }
                }, ui.executor());
    }

    /** about:history, about:bookmarks: read from the profile (on its thread), then committed. */
    private void readProfileThenCommit(Tab tab, long navigation, RenderProcessHost renderer) {
        ProfilePages.page(tab.url(), profilePages).handle((page, failed) -> failed != null
                        ? ErrorPages.loadFailed(language, tab.url(), "the profile did not answer: " + Browser.rootMessage(failed)) : page)
                .thenAcceptAsync(page -> {
                    if (tab.navigationId == navigation && tab.renderer == renderer && renderer.process.isAlive()) {
                        commit(tab, navigation, renderer, page, "text/html; charset=utf-8");
                    }
                }, ui.executor());
    }

    /**
     * Once a second (browser-ui): every tab that shows about:ipc and has loaded it gets a
     * new sample, committed as the same navigation (its scroll position stays).
     */
    void refreshIpcPages() {
        if (ipcPages == null) return;
        for (Tab tab : tabs.all()) {
            if (tab.state == TabState.READY && tab.renderer != null && tab.committedUrl != null
                    && IpcPage.is(tab.committedUrl) && tab.committedUrl.equals(tab.url())) {
                sampleIpcThenCommit(tab, tab.navigationId, tab.renderer);
            }
        }
    }

    /** about:sandbox: the renderer tries what its sandbox must refuse; the page of its answers is then committed. */
    private void probeSandboxThenCommit(Tab tab, long navigation, RenderProcessHost renderer) {
        Optional<Path> otherBuffer = tabs.all().stream().filter(t -> t.renderer != null && t.renderer != renderer)
                .flatMap(t -> t.frameBuffers.stream()).map(buffer -> Path.of(buffer.path())).findFirst();
        SandboxPage probe = new SandboxPage(sessionDir, controlSocket);
        Optional<Path> profile = profilePages == null ? Optional.empty() : profilePages.databaseIfOpen();
        ui.whenDone(renderer.probeSandbox(probe.targets(renderer.process.childId(), otherBuffer, profile)))
                .handle((answer, failed) -> {
                    probe.close();
                    return failed != null ? ErrorPages.loadFailed(language, tab.url(),
                            "the renderer did not answer the sandbox probe: " + Browser.rootMessage(failed))
                            : SandboxPage.html(answer, renderer.process.sandboxed());
                })
                .thenAccept(page -> {
                    if (tab.navigationId == navigation && tab.renderer == renderer) {
                        commit(tab, navigation, renderer, page, "text/html; charset=utf-8");
                    }
                });
    }

    private void commit(Tab tab, long navigation, RenderProcessHost renderer, byte[] body, String contentType) {
        tab.committedUrl = tab.url();
        Trace.instant("navigation", "navigation committed", "tab", Integer.toString(tab.id), "url", tab.url(),
                "renderer pid", Long.toString(renderer.process.pid()), "bytes", Integer.toString(body.length));
        events.committing(tab); // the document that embedded its plugins is replaced
        DisplayMode viewport = display.get();
        renderer.commitNavigation(CommitNavigationRequest.newBuilder()
                .setTab(TabIds.of(tab.id)).setUrl(Url.newBuilder().setSpec(tab.url()))
                .setBody(com.google.protobuf.ByteString.copyFrom(body)).setContentType(contentType)
                .setViewportWidth(viewport.viewportWidth()).setViewportHeight(viewport.viewportHeight())
                .setNavigationId(navigation).build());
    }

    private static void progress(Tab tab, int percent, String step) {
        tab.progress = percent;
        tab.progressStep = step;
    }
}
