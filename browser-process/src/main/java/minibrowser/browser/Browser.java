package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import io.grpc.Status;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.children.CrashHistory;
import minibrowser.browser.net.Network;
import minibrowser.browser.net.Response;
import minibrowser.common.Bounds;
import minibrowser.common.NamedThreads;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.DebugAction;
import minibrowser.proto.GpuDebugAction;
import minibrowser.proto.TabStripEntry;
import minibrowser.proto.Url;

/**
 * The browser process's state: tabs, navigation, and the children that draw them.
 *
 * <p>All of it is owned by one thread, {@code browser-ui}. Every public method posts
 * to that thread and returns a future; slow work (fetching, starting a process)
 * runs on other threads and posts its result back. So no field here needs a lock.
 *
 * <p>The life of a navigation:
 * <pre>
 *   navigate(tab, url) ─▶ Network.fetch (browser-network-N)
 *        ─▶ ensureRenderer (browser-launcher: start a renderer process, wait for ChildReady)
 *        ─▶ Renderer.CommitNavigation(bytes) ... renderer lays out, rasters, sends a frame to the gpu
 *        ◀─ RendererHost.DidFinishLoad ─▶ tab ready
 * </pre>
 */
public final class Browser {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Browser.class.getName());
    /** What the gpu can hold, as the browser grants shared memory by it. */
    private static final GpuMemoryLimits GPU_LIMITS = GpuMemoryLimits.ofDefaultGpu();
    /** The plugin process's child id, and so its directory in the session, where its surfaces lie. */
    private static final String PLUGIN_ID = "plugin";
    /** The control API's socket, or null: a target of about:sandbox's probes. */
    private volatile Path controlSocket;
    private final ExecutorService ui = NamedThreads.taskQueue("browser-ui");
    /** Starting a child blocks until it says ChildReady, so launches run here, a few at once. */
    private final ExecutorService launching = NamedThreads.pool("browser-launcher", 3);
    /** The hang monitor's beat: posts each beat to browser-ui, where {@link HangMonitor} runs. */
    private final ScheduledExecutorService hangBeat =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("browser-hang-monitor", true));
    private final ChildLauncher launcher;
    private final Network network;
    private final HangMonitor hangMonitor;
    /** The process model, the renderer limit and whether to keep a spare renderer. */
    private final RendererPolicy policy;
    private DisplayMode display;

    // Owned by browser-ui.
    private final Map<Integer, Tab> tabs = new LinkedHashMap<>();
    private final Map<Tab, CompletableFuture<RenderProcessHost>> rendererStarts = new java.util.HashMap<>();
    private final Map<Integer, PluginInstanceRecord> pluginInstances = new LinkedHashMap<>();
    private final List<ChildProcessHost> allChildren = new ArrayList<>();
    private final UiChrome chrome = new UiChrome();
    private int activeTab;
    private int nextTabId = 1;
    private int nextBufferId = 1;
    private int nextPluginInstance = 1;
    private CompletableFuture<GpuProcessHost> gpu;
    private CompletableFuture<PluginProcessHost> plugin;
    /** New renderers being started for tabs, with the site each is for: tabs of that site may wait for it. */
    private final Map<CompletableFuture<RenderProcessHost>, Optional<String>> renderersStarting = new java.util.HashMap<>();
    /** A renderer started ahead of need, for the next tab (Chromium's spare renderer); null when none. */
    private CompletableFuture<RenderProcessHost> spare;
    private int gpuRestarts;
    /** The restart policy for the gpu process: 3 crashes each within 5 minutes of the last, and it falls back. */
    private final CrashHistory gpuCrashes = CrashHistory.forGpu();
    /**
     * Starts the gpu's code as threads of the browser process, for the fallback after
     * repeated gpu crashes; null when there is none (the single-process model already
     * does so). Set once, before {@link #start()}.
     */
    private ChildLauncher inBrowserGpu;
    /** True once the browser composites by itself: the gpu runs as threads of this process. */
    private boolean compositingInBrowser;
    private boolean shuttingDown;

    public Browser(ChildLauncher launcher, Network network, DisplayMode display) {
        this(launcher, network, display, Duration.ofSeconds(15));
    }

    /**
     * @param hangTimeout how long a renderer's main thread may leave a ping unanswered
     *     before its tab is unresponsive
     */
    public Browser(ChildLauncher launcher, Network network, DisplayMode display, Duration hangTimeout) {
        this(launcher, network, display, hangTimeout, RendererPolicy.defaults());
    }

    /** @param policy which renderer each tab gets (process model, renderer limit, spare renderer) */
    Browser(ChildLauncher launcher, Network network, DisplayMode display, Duration hangTimeout, RendererPolicy policy) {
        this.policy = policy;
        this.launcher = launcher;
        this.network = network;
        this.display = display;
        this.hangMonitor = new HangMonitor(hangTimeout, (renderer, sequence) -> whenDone(renderer.ping(sequence)),
                this::pushUi);
    }

    /** The process model in use (fixed for the browser's life), for ctl ps and the task manager. */
    public ProcessModel processModel() {
        return policy.model();
    }

    // ---------------------------------------------------------------- threads

    /** Runs {@code work} on browser-ui. */
    <T> CompletableFuture<T> onUi(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, ui);
    }

    CompletableFuture<Void> onUi(Runnable work) {
        return CompletableFuture.runAsync(work, ui);
    }

    /** Runs {@code work} (which may block) on browser-launcher. */
    private <T> CompletableFuture<T> onLauncher(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, launching);
    }

    // ---------------------------------------------------------------- the gpu process

    /** Starts the gpu process; the browser cannot show anything without it. */
    public CompletableFuture<Void> start() {
        long beat = hangMonitor.beatMillis();
        hangBeat.scheduleWithFixedDelay(() -> ui.execute(() -> {
            if (!shuttingDown) hangMonitor.beat(tabs.values());
        }), beat, beat, TimeUnit.MILLISECONDS);
        return onUi(this::startGpu).thenCompose(started -> started)
                .thenCompose(g -> onUi(this::keepSpare));
    }

    /**
     * Chromium's software compositing fallback: after repeated gpu crashes the browser
     * composites by itself. {@code inBrowser} starts the gpu's code as threads of this
     * process, serving on a socket so renderer processes can still send it frames.
     * Call before {@link #start()}.
     */
    void fallBackToCompositingInBrowserWith(ChildLauncher inBrowser) {
        this.inBrowserGpu = inBrowser;
    }

    private CompletableFuture<GpuProcessHost> startGpu() {
        ChildLauncher gpuLauncher = compositingInBrowser ? inBrowserGpu : launcher;
        gpu = onLauncher(() -> {
            ChildProcessHost process = launchAndWait(gpuLauncher, ChildType.GPU, "gpu");
            GpuProcessHost host = new GpuProcessHost(process);
            host.configureDisplay(displayRequest());
            return host;
        }).thenApplyAsync(host -> {
            host.process.exited().thenAcceptAsync(reason -> onGpuExit(host.process, reason), ui);
            reconnectToGpu(host);
            return host;
        }, ui);
        // A gpu that dies before it is ready never reaches the line above: count it here.
        gpu.whenCompleteAsync((host, failed) -> {
            if (failed != null) onGpuExit(null, "failed to start: " + rootMessage(failed));
        }, ui);
        return gpu;
    }

    /** A new gpu process knows nothing: give it every tab's sink and every plugin surface again. */
    private void reconnectToGpu(GpuProcessHost host) {
        for (Tab tab : tabs.values()) {
            if (tab.renderer != null) connectTabToGpu(tab, host);
        }
        for (PluginInstanceRecord instance : pluginInstances.values()) {
            try {
                host.createPluginSink(instance.token(), instance.id());
                host.registerBuffer(instance.token(), instance.bufferId(), instance.surface().toString(),
                        instance.surfaceBytes());
            } catch (RuntimeException gpuGoneAgain) {
                return;
            }
        }
        pushUi();
    }

    /**
     * The gpu process died ({@code process}), or failed to start (null): start a new one, which gets every tab's frames again
     * ({@link #reconnectToGpu}). After {@link CrashHistory#forGpu() 3 quick crashes}
     * the new one is the gpu's code on threads of the browser process instead, for
     * the rest of the session, so a gpu that keeps dying cannot loop.
     */
    private void onGpuExit(ChildProcessHost process, String reason) {
        if (shuttingDown) return;
        if (compositingInBrowser && process == null) {
            chrome.message = "the browser could not composite by itself: " + reason;
            pushUi();
            return; // nothing left to fall back to; restarting would only loop
        }
        gpuRestarts++;
        if (process == null || !process.killedOnPurpose()) gpuCrashes.recordCrash();
        if (gpuCrashes.gaveUp() && inBrowserGpu != null && !compositingInBrowser) {
            compositingInBrowser = true;
            chrome.message = "gpu process " + reason + "; it crashed " + gpuCrashes.recentCrashes()
                    + " times in a row, so the browser composites by itself from now on";
        } else {
            chrome.message = "gpu process " + reason + "; restarted it";
        }
        startGpu();
    }

    private ConfigureDisplayRequest displayRequest() {
        return ConfigureDisplayRequest.newBuilder().setTerminal(display.terminal())
                .setColumns(display.columns()).setRows(display.rows()).setTruecolor(display.truecolor()).build();
    }

    // ---------------------------------------------------------------- tabs

    /** Opens a tab on {@code url}, makes it active and starts loading it. */
    public CompletableFuture<Integer> openTab(String url) {
        return onUi(() -> {
            Tab tab = new Tab(nextTabId++);
            tabs.put(tab.id, tab);
            activeTab = tab.id;
            startNavigation(tab, url, true);
            return tab.id;
        });
    }

    public CompletableFuture<Void> navigate(int tabId, String url) {
        return onUi(() -> startNavigation(tab(tabId), url, true));
    }

    public CompletableFuture<Void> reload(int tabId) {
        return onUi(() -> {
            Tab tab = tab(tabId);
            startNavigation(tab, tab.url(), false);
        });
    }

    public CompletableFuture<Void> goBack(int tabId) {
        return onUi(() -> {
            Tab tab = tab(tabId);
            if (tab.history.canGoBack()) startNavigation(tab, tab.history.back(), false);
        });
    }

    public CompletableFuture<Void> goForward(int tabId) {
        return onUi(() -> {
            Tab tab = tab(tabId);
            if (tab.history.canGoForward()) startNavigation(tab, tab.history.forward(), false);
        });
    }

    /** Closes a tab and ends its renderer (on purpose: no crash is reported). */
    public CompletableFuture<Void> closeTab(int tabId) {
        return onUi(() -> {
            Tab tab = tab(tabId);
            List<Integer> order = new ArrayList<>(tabs.keySet());
            int index = order.indexOf(tabId);
            tabs.remove(tabId);
            releaseRenderer(tab);
            tab.loaded.complete(tab);
            if (activeTab == tabId) {
                order.remove(index);
                activeTab = order.isEmpty() ? 0 : order.get(Math.min(index, order.size() - 1));
            }
            pushUi();
        });
    }

    public CompletableFuture<Void> activate(int tabId) {
        return onUi(() -> {
            tab(tabId);
            activeTab = tabId;
            pushUi();
        });
    }

    /** Activates the tab {@code step} places to the right (negative: left), wrapping around. */
    public CompletableFuture<Void> activateRelative(int step) {
        return onUi(() -> {
            List<Integer> order = new ArrayList<>(tabs.keySet());
            if (order.isEmpty()) return;
            int index = Math.floorMod(order.indexOf(activeTab) + step, order.size());
            activeTab = order.get(index);
            pushUi();
        });
    }

    /** Activates the n-th tab (1-based), if there is one. */
    public CompletableFuture<Void> activateIndex(int n) {
        return onUi(() -> {
            List<Integer> order = new ArrayList<>(tabs.keySet());
            if (n >= 1 && n <= order.size()) activeTab = order.get(n - 1);
            pushUi();
        });
    }

    public CompletableFuture<Integer> activeTabId() {
        return onUi(() -> activeTab);
    }

    /** Completes when the tab's current navigation has ended. */
    public CompletableFuture<TabSnapshot> waitForLoad(int tabId) {
        return onUi(() -> tab(tabId).loaded).thenCompose(f -> f).thenCompose(t -> onUi(() -> snapshot(t)));
    }

    public CompletableFuture<List<TabSnapshot>> tabs() {
        return onUi(() -> {
            List<TabSnapshot> list = new ArrayList<>();
            tabs.values().forEach(t -> list.add(snapshot(t)));
            return list;
        });
    }

    public CompletableFuture<TabSnapshot> tabSnapshot(int tabId) {
        return onUi(() -> snapshot(tab(tabId)));
    }

    private TabSnapshot snapshot(Tab tab) {
        long pid = tab.renderer != null && tab.renderer.process.isAlive() ? tab.renderer.pid() : 0;
        return new TabSnapshot(tab.id, tab.url(), tab.title, tab.state.label(), pid, tab.crashReason, tab.loadError,
                tab.history.canGoBack(), tab.history.canGoForward(), tab.crashes.recentCrashes(),
                tab.state == TabState.CRASHED ? tab.crashes.describeStreak() : "");
    }

    private Tab tab(int tabId) {
        Tab tab = tabs.get(tabId);
        if (tab == null) throw new IllegalArgumentException("no tab " + tabId);
        return tab;
    }

    // ---------------------------------------------------------------- navigation

    private void startNavigation(Tab tab, String typed, boolean addToHistory) {
        String url = UrlFixer.fix(typed);
        long navigation = ++tab.navigationId;
        if (addToHistory) tab.history.push(url);
        tab.state = TabState.LOADING;
        tab.loadError = "";
        tab.crashReason = "";
        tab.hangPrompt = false;
        tab.pingSentAt = 0;
        progress(tab, 10, "connecting");
        if (chrome.marksTab == tab.id) chrome.marks = List.of(); // they pointed into the old page
        if (tab.loaded.isDone()) tab.loaded = new CompletableFuture<>();
        pushUi();
        network.fetch(url).thenAcceptAsync(response -> onResponse(tab, navigation, response), ui);
    }

    private void onResponse(Tab tab, long navigation, Response response) {
        if (!tabs.containsKey(tab.id) || tab.navigationId != navigation) return; // closed, or a newer navigation
        byte[] body = response.body();
        String type = response.contentType();
        if (!response.isOk()) {
            tab.loadError = response.error();
            body = ErrorPages.loadFailed(tab.url(), response.error());
            type = "text/html; charset=utf-8";
        } else if (!response.url().equals(tab.url())) {
            tab.history.replaceCurrent(response.url());
        }
        String debugPage = DebugPages.nameOf(tab.url());
        if (debugPage != null && actOnOtherProcess(debugPage)) debugPage = null;
        tab.pendingDebugPage = debugPage;
        boolean hasRenderer = tab.renderer != null && tab.renderer.process.isAlive();
        progress(tab, hasRenderer ? 60 : 40, (body.length / 1024) + " kB"
                + (hasRenderer ? "" : ", starting a renderer process"));
        pushUi();
        byte[] document = body;
        String contentType = type;
        ensureRenderer(tab).whenCompleteAsync((renderer, failed) -> {
            if (failed != null) {
                tab.crashes.recordCrash(); // a renderer that dies while starting counts toward the streak
                markCrashed(tab, "renderer failed to start: " + rootMessage(failed));
                return;
            }
            if (tab.navigationId != navigation || tab.renderer != renderer) return;
            progress(tab, 70, "laying out");
            pushUi();
            if (SandboxPage.is(tab.url())) probeSandboxThenCommit(tab, navigation, renderer);
            else commit(tab, navigation, renderer, document, contentType);
        }, ui);
    }

    /**
     * about:sandbox: the renderer tries what its sandbox must refuse; the page of its
     * answers is then committed like any other. Runs on browser-ui.
     */
    private void probeSandboxThenCommit(Tab tab, long navigation, RenderProcessHost renderer) {
        Optional<Path> otherBuffer = tabs.values().stream().filter(t -> t.renderer != null && t.renderer != renderer)
                .flatMap(t -> t.frameBuffers.stream()).map(buffer -> Path.of(buffer.path())).findFirst();
        String childId = renderer.process.childId();
        SandboxPage probe = new SandboxPage(launcher.sessionDir(), controlSocket);
        whenDone(renderer.probeSandbox(probe.targets(childId, otherBuffer)))
                .handle((answer, failed) -> {
                    probe.close();
                    return failed != null ? ErrorPages.loadFailed(tab.url(),
                            "the renderer did not answer the sandbox probe: " + rootMessage(failed))
                            : SandboxPage.html(answer, renderer.process.sandboxed());
                })
                .thenAcceptAsync(page -> {
                    if (tab.navigationId == navigation && tab.renderer == renderer) {
                        commit(tab, navigation, renderer, page, "text/html; charset=utf-8");
                    }
                }, ui);
    }

    private void commit(Tab tab, long navigation, RenderProcessHost renderer, byte[] body, String contentType) {
        tab.committedUrl = tab.url();
        destroyPluginInstances(tab.id); // the document that embedded them is replaced
        CommitNavigationRequest request = CommitNavigationRequest.newBuilder()
                .setTab(minibrowser.common.TabIds.of(tab.id)).setUrl(Url.newBuilder().setSpec(tab.url()))
                .setBody(com.google.protobuf.ByteString.copyFrom(body)).setContentType(contentType)
                .setViewportWidth(display.viewportWidth()).setViewportHeight(display.viewportHeight())
                .setNavigationId(navigation).build();
        renderer.commitNavigation(request);
    }

    /** The renderer reported a navigation's first frame is with the gpu: the tab is ready. Runs on browser-ui. */
    void didFinishLoad(RenderProcessHost from, int tabId, long navigation, String title) {
        Tab tab = tabs.get(tabId);
        if (tab == null || tab.renderer != from || tab.navigationId != navigation) return;
        tab.title = title;
        tab.state = TabState.READY;
        progress(tab, 100, "");
        tab.loaded.complete(tab);
        pushUi();
        if (tab.pendingDebugPage != null) {
            String page = tab.pendingDebugPage;
            tab.pendingDebugPage = null;
            from.runDebugAction(tab.id, DebugPages.rendererAction(page));
        }
    }

    /**
     * A navigation the tab's page started (a link followed, a click, a link hint): the
     * URL came from the renderer, so {@link NavigationPolicy} decides whether the page
     * may go there (Chromium's {@code CanRequestURL}); a refused one is logged and named
     * on the status line, and the tab stays where it is. What the user types goes
     * through {@link #navigate} instead, anywhere.
     */
    public CompletableFuture<Void> followLink(int tabId, String url) {
        return onUi(() -> {
            Tab tab = tab(tabId);
            String target = UrlFixer.fix(url);
            Optional<String> refusal = NavigationPolicy.refusal(tab.pageUrl(), target);
            if (refusal.isPresent()) {
                LOG.warning("tab " + tabId + ": refused a navigation the page asked for: " + refusal.get());
                chrome.message = "blocked: " + refusal.get();
                pushUi();
                return;
            }
            startNavigation(tab, target, true);
        });
    }

    private static void progress(Tab tab, int percent, String step) {
        tab.progress = percent;
        tab.progressStep = step;
    }

    /** Debug pages for the gpu and plugin processes act at once; returns whether it was one. */
    private boolean actOnOtherProcess(String page) {
        switch (page) {
            case "gpucrash":
                // Once the browser composites by itself, the gpu's "crash" would be the browser's.
                if (compositingInBrowser) chrome.message = "about:gpucrash ignored: the browser composites by itself";
                else gpu.thenAccept(g -> g.runDebugAction(GpuDebugAction.GPU_DEBUG_ACTION_CRASH));
                return true;
            case "gpuhang":
                if (compositingInBrowser) chrome.message = "about:gpuhang ignored: the browser composites by itself";
                else gpu.thenAccept(g -> g.runDebugAction(GpuDebugAction.GPU_DEBUG_ACTION_HANG));
                return true;
            case "plugincrash":
                if (plugin != null) plugin.thenAcceptAsync(PluginProcessHost::crash, launching);
                return true;
            default:
                return false;
        }
    }

    // ---------------------------------------------------------------- renderer processes

    /**
     * The tab's renderer. A tab without one (new, crashed, or moving to another site in
     * the per-site model) shares a live renderer when {@link RendererPolicy} says so, else
     * takes the spare renderer or starts a new one.
     */
    private CompletableFuture<RenderProcessHost> ensureRenderer(Tab tab) {
        Optional<String> site = Site.of(tab.url());
        RenderProcessHost current = tab.renderer;
        if (current != null && current.process.isAlive()) {
            boolean sameSite = site.isPresent() && site.get().equals(current.site);
            if (!policy.model().groupsBySite() || sameSite) return CompletableFuture.completedFuture(current);
            releaseRenderer(tab); // a cross-site navigation: the tab moves to its site's renderer
        }
        CompletableFuture<RenderProcessHost> starting = rendererStarts.get(tab);
        if (starting != null) return starting;
        Optional<RendererSlot> shared = policy.shareWith(site, rendererSlots(), RendererSlot::site, RendererSlot::tabs);
        CompletableFuture<RenderProcessHost> renderer;
        if (shared.isPresent()) {
            renderer = shared.get().host();
        } else {
            renderer = takeSpareOrStartRenderer();
            CompletableFuture<RenderProcessHost> fresh = renderer;
            renderersStarting.put(fresh, site);
            fresh.whenCompleteAsync((r, failed) -> { if (failed != null) renderersStarting.remove(fresh); }, ui);
        }
        CompletableFuture<RenderProcessHost> start = renderer
                .thenCombineAsync(gpu, (host, gpuHost) -> {
                    rendererStarts.remove(tab);
                    if (!tabs.containsKey(tab.id)) {
                        if (host.tabs.isEmpty()) host.process.kill(null, true);
                        throw new IllegalStateException("tab closed");
                    }
                    if (!host.process.isAlive()) throw new IllegalStateException("renderer " + host.process.deathReason());
                    tab.renderer = host;
                    if (host.tabs.isEmpty()) host.site = site.orElse(null);
                    host.tabs.add(tab.id);
                    renderersStarting.remove(renderer); // now among the live renderers
                    connectTabToGpu(tab, gpuHost);
                    // The next spare starts once this page is up (ready or crashed), as Chromium
                    // does: a JVM starting now would take one of the two cores from this page.
                    tab.loaded.whenCompleteAsync((loaded, failed) -> keepSpare(), ui);
                    return host;
                }, ui);
        start.whenCompleteAsync((r, failed) -> { if (failed != null) rendererStarts.remove(tab); }, ui);
        rendererStarts.put(tab, start);
        return start;
    }

    /** A renderer a tab could share: live, or being started for a tab. */
    private record RendererSlot(CompletableFuture<RenderProcessHost> host, String site, int tabs) {}

    /** The renderers drawing at least one tab now, and those being started for one. Runs on browser-ui. */
    private List<RendererSlot> rendererSlots() {
        List<RendererSlot> slots = new ArrayList<>();
        tabs.values().stream().map(t -> t.renderer).filter(r -> r != null && r.process.isAlive()).distinct()
                .forEach(r -> slots.add(new RendererSlot(CompletableFuture.completedFuture(r), r.site, r.tabs.size())));
        renderersStarting.forEach((future, site) -> slots.add(new RendererSlot(future, site.orElse(null), 1)));
        return slots;
    }

    /** Starts a renderer (process or threads) and watches for its end. */
    private CompletableFuture<RenderProcessHost> startRenderer() {
        return onLauncher(() -> new RenderProcessHost(launchAndWait(ChildType.RENDERER, null)))
                .thenApplyAsync(host -> {
                    host.process.exited().thenAcceptAsync(reason -> onRendererExit(host, reason), ui);
                    return host;
                }, ui);
    }

    /** The spare renderer if there is one (even still starting: waiting for it beats starting anew). */
    private CompletableFuture<RenderProcessHost> takeSpareOrStartRenderer() {
        CompletableFuture<RenderProcessHost> taken = spare;
        spare = null;
        boolean usable = taken != null && !taken.isCompletedExceptionally()
                && (!taken.isDone() || taken.join().process.isAlive());
        return usable ? taken : startRenderer();
    }

    /** Starts a spare renderer when the policy wants one, none is there, and the limit allows another. */
    private void keepSpare() {
        if (!policy.keepSpare() || shuttingDown || spare != null) return;
        if (!policy.mayStartAnother(rendererSlots().size() + 1)) return;
        CompletableFuture<RenderProcessHost> started = startRenderer().thenCompose(this::warmedUp);
        spare = started;
        started.whenCompleteAsync((host, failed) -> { if (failed != null && spare == started) spare = null; }, ui);
    }

    /**
     * Completes with {@code host} once it has rendered its warm-up page ({@code WarmUp}),
     * so the tab that takes this spare finds the page code loaded and compiled. The call
     * also opens the browser's connection to the renderer. A spare is ready only then.
     */
    private CompletableFuture<RenderProcessHost> warmedUp(RenderProcessHost host) {
        return whenDone(host.warmUp()).handle((answer, failed) -> host);
    }

    /** Whether {@code child} is the spare renderer, ready and waiting. Runs on browser-ui. */
    private boolean isSpare(ChildProcessHost child) {
        return spare != null && spare.isDone() && !spare.isCompletedExceptionally() && spare.join().process == child;
    }

    /** Gives the tab a frame sink in the gpu process and tells its renderer where to send frames. */
    private void connectTabToGpu(Tab tab, GpuProcessHost gpuHost) {
        String token = Secrets.generate();
        try {
            gpuHost.createTabSink(token, tab.id);
        } catch (RuntimeException gpuGone) {
            return; // the gpu restarts and calls reconnectToGpu
        }
        if (tab.frameSinkToken != null) gpuHost.destroySink(tab.frameSinkToken);
        tab.frameSinkToken = token;
        tab.renderer.connectGpu(tab.id, gpuHost.address(), token);
    }

    private void onRendererExit(RenderProcessHost renderer, String reason) {
        allChildren.remove(renderer.process);
        if (spare != null && spare.isDone() && !spare.isCompletedExceptionally() && spare.join() == renderer) spare = null;
        for (Integer tabId : renderer.tabs.ids()) {
            Tab tab = tabs.get(tabId);
            if (tab == null || tab.renderer != renderer) continue;
            tab.renderer = null;
            destroyTabSink(tab); // the gpu unmaps the buffers deleted here; a reload makes a new sink
            deleteFrameBuffers(tab);
            destroyPluginInstances(tab.id);
            if (!renderer.process.killedOnPurpose()) {
                tab.crashes.recordCrash(); // the restart policy: nothing here restarts a crashed tab by itself
                markCrashed(tab, reason);
            }
        }
        pushUi();
    }

    private void markCrashed(Tab tab, String reason) {
        tab.state = TabState.CRASHED;
        tab.crashReason = reason;
        tab.loaded.complete(tab);
        pushUi();
    }

    /** The tab no longer needs its renderer: end it if no other tab uses it. */
    private void releaseRenderer(Tab tab) {
        RenderProcessHost renderer = tab.renderer;
        tab.renderer = null;
        destroyTabSink(tab);
        deleteFrameBuffers(tab); // the gpu unmaps them with the sink
        destroyPluginInstances(tab.id);
        if (renderer == null) return;
        renderer.tabs.detach(tab.id);
        if (renderer.tabs.isEmpty()) {
            renderer.process.kill(null, true);
        } else {
            renderer.detachTab(tab.id); // it carries on for the other tabs of its site
        }
    }

    /** The gpu forgets the tab's sink and unmaps its buffers (without waiting). */
    private void destroyTabSink(Tab tab) {
        if (tab.frameSinkToken != null && gpu != null && gpu.isDone() && !gpu.isCompletedExceptionally()) {
            gpu.join().destroySink(tab.frameSinkToken);
        }
        tab.frameSinkToken = null;
    }

        /** Kills a renderer that sent a message it could never honestly send. */
    void killForBadMessage(RenderProcessHost renderer, String what) {
        renderer.process.killForBadMessage(what);
    }

    /** The newest navigation id issued for a tab, or -1 when there is no such tab (for message checks). Runs on browser-ui. */
    long latestNavigationOf(int tabId) {
        Tab tab = tabs.get(tabId);
        return tab == null ? -1L : tab.navigationId;
    }

    /**
     * Runs {@code work} on browser-ui for the renderer that {@code child} is, so that the
     * check of its message and the action on it see the same tabs. Fails with
     * PERMISSION_DENIED when the child draws no tab (a spare renderer, one being ended).
     */
    <T> CompletableFuture<T> forRenderer(ChildProcessHost child, Function<RenderProcessHost, CompletableFuture<T>> work) {
        return onUi(() -> {
            RenderProcessHost renderer = tabs.values().stream().map(t -> t.renderer)
                    .filter(r -> r != null && r.process == child).findFirst()
                    .orElseThrow(() -> Status.PERMISSION_DENIED.withDescription("not a renderer drawing a tab")
                            .asRuntimeException());
            return work.apply(renderer);
        }).thenCompose(answer -> answer);
    }

    /**
     * Fetches {@code url} for the page of tab {@code tabId}, under {@link PageFetchPolicy}:
     * the one door every fetch made on behalf of a page goes through (style sheets,
     * images, plugin data). The page is the one the browser committed to the tab.
     * Runs on browser-ui; fails with PERMISSION_DENIED when the page may not have it.
     */
    CompletableFuture<Response> fetchForPage(int tabId, String url) {
        Tab tab = tab(tabId);
        Optional<String> refusal = PageFetchPolicy.refusal(tab.pageUrl(), url);
        if (refusal.isPresent()) {
            LOG.info("tab " + tabId + ": refused a fetch: " + refusal.get());
            return CompletableFuture.failedFuture(Status.PERMISSION_DENIED.withDescription(refusal.get()).asRuntimeException());
        }
        return network.fetch(url);
    }

    /**
     * The process a frame sink belongs to (a tab's renderer, or the plugin process for
     * a plugin instance's sink), for a bad message the gpu reports; empty when no sink
     * has that token now.
     */
    public CompletableFuture<Optional<ChildProcessHost>> senderOfSink(String token) {
        return onUi(() -> {
            for (Tab tab : tabs.values()) {
                if (token.equals(tab.frameSinkToken) && tab.renderer != null) return Optional.of(tab.renderer.process);
            }
            boolean plugins = pluginInstances.values().stream().anyMatch(instance -> instance.token().equals(token));
            return plugins && plugin != null && plugin.isDone() && !plugin.isCompletedExceptionally()
                    ? Optional.of(plugin.join().process) : Optional.<ChildProcessHost>empty();
        });
    }

    /** Starts a child and waits (on browser-launcher) until it said ChildReady. */
    private ChildProcessHost launchAndWait(ChildType type, String childId) {
        return launchAndWait(launcher, type, childId);
    }

    private ChildProcessHost launchAndWait(ChildLauncher from, ChildType type, String childId) {
        try {
            ChildProcessHost child = from.launch(type, childId);
            ui.execute(() -> allChildren.add(child));
            child.exited().thenRunAsync(() -> allChildren.remove(child), ui);
            child.ready().get(60, TimeUnit.SECONDS);
            return child;
        } catch (Exception e) {
            throw new IllegalStateException(type.label() + " process did not start: " + rootMessage(e), e);
        }
    }

    // ---------------------------------------------------------------- shared memory for frames

    /**
     * Creates a frame buffer for a tab and registers it with the gpu. Runs on browser-ui,
     * in the same task as the check of the renderer's request ({@link RendererMessageChecks});
     * what it throws fails the renderer's call.
     */
    FrameBufferGrant allocateFrameBuffer(RenderProcessHost from, int tabId, long bytes) {
        Tab tab = tab(tabId);
        if (!gpu.isDone() || gpu.isCompletedExceptionally()) {
            throw new IllegalStateException("the gpu process is restarting");
        }
        SharedMemoryLimit.check(SharedMemoryLimit.inUse(tabs.values(), pluginInstances.values()), bytes);
        int id = nextBufferId++;
        // In the directory of the renderer that draws it: the only renderer that can see it.
        Path path = launcher.childDir(from.process.childId()).resolve("frames-tab" + tabId + "-" + id + ".shm");
        createSharedFile(path, bytes);
        GpuProcessHost gpuHost = gpu.join();
        gpuHost.registerBuffer(tab.frameSinkToken, id, path.toString(), bytes);
        FrameBufferGrant grant = new FrameBufferGrant(id, path.toString(), bytes);
        tab.frameBuffers.add(grant);
        while (tab.frameBuffers.size() > 2) {
            FrameBufferGrant old = tab.frameBuffers.remove(0);
            deleteQuietly(Path.of(old.path()));
            gpuHost.releaseBuffer(tab.frameSinkToken, old.bufferId()); // unmapped once no surface reads it
        }
        return grant;
    }

    /** Makes a shared-memory file; the browser itself does not keep it mapped. */
    private static void createSharedFile(Path path, long bytes) {
        try (SharedBuffer created = SharedBuffer.create(path, bytes)) {
            // Only the file is needed here: renderers, the gpu and the plugin map it.
        } catch (IOException e) {
            throw new IllegalStateException("cannot create shared memory: " + e.getMessage(), e);
        }
    }

    private static void deleteFrameBuffers(Tab tab) {
        tab.frameBuffers.forEach(buffer -> deleteQuietly(Path.of(buffer.path())));
        tab.frameBuffers.clear();
    }

    private static boolean deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The session directory goes away at exit anyway.
        }
        return true;
    }

    // ---------------------------------------------------------------- plugins

    /**
     * Starts a plugin instance for a renderer's embed: fetches its data, starts the
     * plugin process if none runs, makes its surface and frame sink. Completes with
     * the instance id (0 when no plugin could be started).
     */
    CompletableFuture<Integer> createPluginInstance(int tabId, String mimeType, String src,
                                                    int width, int height, Map<String, String> params) {
        // Runs on browser-ui, in the same task as the check of the renderer's request.
        if (width <= 0 || height <= 0 || Bounds.bytes(width, height, 1) > GPU_LIMITS.maxPluginSurfacePixels()) {
            throw new IllegalArgumentException("bad embed size " + width + "x" + height + " (at most "
                    + GPU_LIMITS.maxPluginSurfacePixels() + " pixels)");
        }
        SharedMemoryLimit.check(SharedMemoryLimit.inUse(tabs.values(), pluginInstances.values()),
                Bounds.bytes(width, height, GpuMemoryLimits.BYTES_PER_PIXEL));
        int id = nextPluginInstance++;
        int bufferId = nextBufferId++;
        // In the plugin process's directory (its id is fixed, so the path is known before it starts).
        Path surface = launcher.childDir(PLUGIN_ID).resolve("plugin-" + id + ".shm");
        PluginInstanceRecord instance = new PluginInstanceRecord(id, tabId, mimeType, width, height, bufferId,
                surface, Secrets.generate());
        pluginInstances.put(id, instance);
        CompletableFuture<byte[]> data = src.isEmpty() ? CompletableFuture.completedFuture(new byte[0])
                : fetchForPage(tabId, src).handle((r, refused) -> refused == null && r.isOk() ? r.body() : new byte[0]);
        return data.thenCombine(pluginForEmbed(), (bytes, pluginHost) -> {
            try {
                createSharedFile(instance.surface(), instance.surfaceBytes());
                GpuProcessHost gpuHost = gpu.join();
                gpuHost.createPluginSink(instance.token(), instance.id());
                gpuHost.registerBuffer(instance.token(), instance.bufferId(), instance.surface().toString(),
                        instance.surfaceBytes());
                pluginHost.createInstance(instance, bytes, params, gpuHost.address());
                return instance.id();
            } catch (RuntimeException failed) {
                return 0;
            }
        }).thenApplyAsync(made -> {
            // It failed, or its page went away while it was being made: end it wherever it got to.
            if (made == 0 || !pluginInstances.containsKey(instance.id())) {
                pluginInstances.remove(instance.id());
                destroyEverywhere(instance);
                return 0;
            }
            return made;
        }, ui);
    }

    /**
     * Ends the tab's plugin instances in every process that holds them: the page that
     * embedded them is gone (closed, navigated away, or its renderer ended). Runs on browser-ui.
     */
    private void destroyPluginInstances(int tabId) {
        List<PluginInstanceRecord> ended = new ArrayList<>();
        pluginInstances.values().removeIf(instance -> instance.tab() == tabId && ended.add(instance));
        ended.forEach(this::destroyEverywhere);
    }

    /**
     * The plugin stops painting the instance and unmaps its surface, the gpu drops its sink
     * and unmaps it too, and the file goes. Neither call is waited for (browser-ui must not
     * block on a child); a process that is not running has nothing to release.
     */
    private void destroyEverywhere(PluginInstanceRecord instance) {
        if (plugin != null && plugin.isDone() && !plugin.isCompletedExceptionally()) {
            plugin.join().destroyInstance(instance.id());
        }
        if (gpu != null && gpu.isDone() && !gpu.isCompletedExceptionally()) gpu.join().destroySink(instance.token());
        deleteQuietly(instance.surface());
    }

    /**
     * The plugin process a new embed goes to. An embed that waited for a plugin process
     * that then died before it was ready gets a new one (once): the page asked after the
     * old one was gone, so it must not get the placeholder of a crash it never saw.
     * (Found by chaos: a plugin killed while starting left the next embed page without
     * a plugin until yet another page embedded one.)
     */
    private CompletableFuture<PluginProcessHost> pluginForEmbed() {
        return onUi(this::ensurePlugin).thenCompose(p -> p)
                .exceptionallyCompose(diedStarting -> onUi(this::ensurePlugin).thenCompose(p -> p));
    }

    private CompletableFuture<PluginProcessHost> ensurePlugin() {
        if (plugin != null && !plugin.isCompletedExceptionally()
                && (!plugin.isDone() || plugin.join().process.isAlive())) {
            return plugin;
        }
        plugin = onLauncher(() -> new PluginProcessHost(launchAndWait(ChildType.PLUGIN, PLUGIN_ID)));
        plugin.thenAcceptAsync(host -> host.process.exited().thenAcceptAsync(reason -> onPluginExit(host, reason), ui), ui);
        return plugin;
    }

    private void onPluginExit(PluginProcessHost host, String reason) {
        if (shuttingDown) return;
        chrome.message = "plugin process " + reason;
        if (gpu != null) gpu.thenAccept(g -> g.pluginProcessGone(reason));
        pushUi();
    }

    // ---------------------------------------------------------------- input

    /**
     * Scrolls the active tab; the renderer's compositor thread answers. Completes
     * once it has (at once when the tab has no renderer; also when the call fails).
     */
    public CompletableFuture<Void> scrollActive(int deltaY, boolean absolute) {
        return onUi(() -> {
            Tab tab = tabs.get(activeTab);
            if (tab == null || tab.renderer == null) return CompletableFuture.<Void>completedFuture(null);
            return whenDone(tab.renderer.scroll(tab.id, deltaY, absolute)).handle((r, e) -> (Void) null);
        }).thenCompose(f -> f);
    }

    /**
     * The active tab's links on screen, from its renderer's compositor thread (so it
     * answers while main hangs), each rectangle cut to the page area. No links when
     * the tab has no renderer or it does not answer.
     */
    public CompletableFuture<VisibleLinks> visibleLinks() {
        return onUi(() -> {
            Tab tab = tabs.get(activeTab);
            int tabId = activeTab;
            if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(VisibleLinks.none(tabId));
            PageCells page = PageCells.of(display);
            return whenDone(tab.renderer.visibleLinks(tab.id)).thenApply(reply -> VisibleLinks.of(tabId, reply, page))
                    .exceptionally(noAnswer -> VisibleLinks.none(tabId));
        }).thenCompose(f -> f);
    }

    /**
     * Find in page on the active tab: the matches of {@code text}; the match {@code index}
     * (modulo the count) is scrolled into view unless {@code keepScroll}.
     */
    public CompletableFuture<FindResult> find(String text, int index, boolean keepScroll) {
        return onUi(() -> {
            Tab tab = tabs.get(activeTab);
            int tabId = activeTab;
            if (tab == null || tab.renderer == null) return CompletableFuture.completedFuture(FindResult.none(tabId));
            PageCells page = PageCells.of(display);
            return whenDone(tab.renderer.find(tab.id, text, index, keepScroll))
                    .thenApply(reply -> FindResult.of(tabId, reply, page))
                    .exceptionally(noAnswer -> FindResult.none(tabId));
        }).thenCompose(f -> f);
    }

    /** A click on the tab strip at {@code column}: the gpu, which laid it out, says which tab is there. */
    public CompletableFuture<Void> clickTabStrip(int column) {
        return onUi(() -> gpu).thenCompose(g -> g)
                .thenApplyAsync(g -> g.tabAt(column), launching)
                .thenCompose(index -> index >= 0 ? activateIndex(index + 1) : CompletableFuture.completedFuture(null));
    }

    /** A gRPC future as a CompletableFuture; its callbacks run on browser-ui. */
    private <T> CompletableFuture<T> whenDone(ListenableFuture<T> call) {
        CompletableFuture<T> done = new CompletableFuture<>();
        call.addListener(() -> {
            try {
                done.complete(call.get());
            } catch (Exception failed) {
                done.completeExceptionally(failed);
            }
        }, ui);
        return done;
    }

    // ---------------------------------------------------------------- the hang monitor

    /**
     * The user answered the active tab's Unresponsive prompt: wait (the prompt comes
     * back if main still has not answered after another hang timeout) or kill the
     * renderer (the tab shows the crashed-tab page; reload starts a new renderer).
     * Completes with false when no prompt was shown, so the key keeps its usual meaning.
     */
    public CompletableFuture<Boolean> answerHangPrompt(boolean kill) {
        return onUi(() -> {
            Tab tab = tabs.get(activeTab);
            if (tab == null || !tab.hangPrompt) return false;
            tab.hangPrompt = false;
            if (kill && tab.renderer != null) {
                tab.renderer.process.kill("killed because the page stopped responding (SIGKILL)", false);
            } else {
                hangMonitor.waitLonger(tab);
            }
            pushUi();
            return true;
        });
    }

    /**
     * Ends a child process at once (SIGKILL), as the task manager's End process does.
     * A renderer's tabs then show the crashed-tab page; a gpu process is restarted.
     * Completes with a line for the status line.
     */
    public CompletableFuture<String> endProcess(long pid) {
        return onUi(() -> {
            for (ChildProcessHost child : allChildren) {
                if (child.pid() == pid && child.isAlive()) {
                    child.kill("ended from the task manager (SIGKILL)", false);
                    return child.type().label() + " process " + pid + " ended";
                }
            }
            if (pid == ProcessHandle.current().pid()) return "the browser process is not ended from here: press q to quit";
            return "no process " + pid;
        });
    }

    /** Clicks at a viewport point of the active tab; follows a link if one was hit. */
    public CompletableFuture<Void> clickActive(int x, int y) {
        return onUi(() -> {
            Tab tab = tabs.get(activeTab);
            if (tab == null || tab.renderer == null) return;
            ListenableFuture<minibrowser.proto.ClickReply> reply = tab.renderer.click(tab.id, x, y);
            reply.addListener(() -> {
                try {
                    String link = reply.get().getLink().getSpec();
                    if (!link.isEmpty()) followLink(tab.id, link);
                } catch (Exception noAnswer) {
                    // A hung or dead renderer: the click is lost, as in any browser.
                }
            }, ui);
        });
    }

    /** The terminal changed size: every renderer lays out again at the new width. */
    public CompletableFuture<Void> resize(DisplayMode newDisplay) {
        return onUi(() -> {
            display = newDisplay;
            if (gpu != null) gpu.thenAcceptAsync(g -> g.configureDisplay(displayRequest()), launching);
            for (Tab tab : tabs.values()) {
                if (tab.renderer != null) tab.renderer.resize(tab.id, display.viewportWidth(), display.viewportHeight());
            }
            pushUi();
        });
    }

    /** Terminal chrome (address editing, help, messages), changed by the terminal UI. */
    public CompletableFuture<Void> updateChrome(java.util.function.Consumer<UiChrome> change) {
        return onUi(() -> {
            change.accept(chrome);
            pushUi();
        });
    }

    /** Sends what the browser UI looks like to the gpu process. */
    private void pushUi() {
        if (gpu == null || !gpu.isDone() || gpu.isCompletedExceptionally()) return;
        BrowserUi.Builder state = BrowserUi.newBuilder();
        int index = 0;
        for (Tab tab : tabs.values()) {
            if (tab.id == activeTab) state.setActiveIndex(index);
            state.addTabs(TabStripEntry.newBuilder().setTab(minibrowser.common.TabIds.of(tab.id))
                    .setTitle(tab.title.isEmpty() ? tab.url() : tab.title).setState(tab.state.wire())
                    .setProgress(tab.state == TabState.LOADING ? tab.progress : 0));
            index++;
        }
        Tab active = tabs.get(activeTab);
        state.setAddress(chrome.editing != null ? chrome.editing : active == null ? "" : active.url());
        state.setEditingAddress(chrome.editing != null);
        String progress = active != null && active.state == TabState.LOADING
                ? (active.progress + "% " + active.progressStep).strip() : "";
        state.setStatus(StatusLine.of(active == null ? null : snapshot(active), chrome.message, progress, chrome.linkUrl));
        if (chrome.overlay != null) {
            state.addAllOverlayLines(chrome.overlay);
        } else if (active != null && active.state == TabState.CRASHED) {
            state.addAllOverlayLines(ErrorPages.crashedTab(active.crashReason, active.crashes.describeStreak()));
        } else if (active != null && active.hangPrompt) {
            state.addAllOverlayLines(ErrorPages.unresponsive(active.title.isEmpty() ? active.url() : active.title,
                    hangMonitor.timeout().toSeconds()));
        }
        if (active != null && chrome.marksTab == active.id && !chrome.marks.isEmpty()) {
            state.addAllPageMarks(chrome.marks).setMarksScrollY(chrome.marksScrollY);
        }
        gpu.join().updateUi(state.build());
    }

    // ---------------------------------------------------------------- screenshots and processes

    /** A PNG of the tab's page, made by the gpu process. */
    public CompletableFuture<byte[]> screenshot(int tabId) {
        return onUi(() -> {
            tab(tabId);
            return gpu;
        }).thenCompose(g -> g).thenApplyAsync(g -> g.screenshot(tabId), launching);
    }

    /** Every child process alive now, with the tabs each serves. */
    public CompletableFuture<List<ChildSnapshot>> children() {
        return onUi(() -> {
            List<ChildSnapshot> list = new ArrayList<>();
            for (ChildProcessHost child : allChildren) {
                if (!child.isAlive()) continue;
                List<Integer> tabIds = new ArrayList<>();
                for (Tab tab : tabs.values()) {
                    if (tab.renderer != null && tab.renderer.process == child) tabIds.add(tab.id);
                }
                if (child.type() == ChildType.PLUGIN) {
                    pluginInstances.values().stream().map(PluginInstanceRecord::tab).distinct().forEach(tabIds::add);
                }
                int restarts = child.type() == ChildType.GPU ? gpuRestarts : 0;
                list.add(new ChildSnapshot(child, tabIds, restarts, isSpare(child)));
            }
            return list;
        });
    }

    /** The control API's socket (about:sandbox shows whether a renderer can reach it); set before tabs open. */
    public void controlSocketIs(Path socket) {
        controlSocket = socket;
    }

    /** Puts a line on the status line (the terminal UI's message), e.g. why there is no sandbox. */
    public void showMessage(String message) {
        ui.execute(() -> {
            chrome.message = message;
            pushUi();
        });
    }

    /** Ends every child and stops the browser's threads. */
    public void shutdown() {
        try {
            onUi(() -> {
                shuttingDown = true;
            }).get(2, TimeUnit.SECONDS);
        } catch (Exception uiStuck) {
            // browser-ui is stuck or gone; it is stopped below anyway
        }
        launcher.endAll(); // every child, also one still starting; no new ones
        hangBeat.shutdownNow();
        ui.shutdownNow();
        launching.shutdownNow();
        network.shutdown();
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
