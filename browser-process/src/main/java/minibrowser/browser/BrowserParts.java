package minibrowser.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.net.Network;

/**
 * The browser's parts, made once and wired together: each tells the others what
 * happened through its {@code Events} interface, implemented here, never by reaching
 * into another's fields. Everything here is used on browser-ui only ({@link Browser}
 * posts there).
 *
 * <pre>
 *   TabStrip         the tabs, their order, the active tab
 *   Navigator        URL ─▶ fetch ─▶ renderer ─▶ CommitNavigation; what a page may reach
 *   Renderers        which renderer draws each tab; the spare renderer; a renderer's end
 *   GpuConnection    the gpu process, its restarts, compositing in the browser after 3 crashes
 *   FrameSinks       each tab's frame sink in the gpu and its shared-memory buffers
 *   PluginInstances  embeds, the plugin process, and ending what they made
 *   InputForwarding  scroll, click, find, links on screen: to the active tab's renderer
 *   HangMonitor      pings renderers' main threads; the Unresponsive prompt
 *   ScriptDialogs    alert, confirm, prompt: shown over the tab, always answered
 *   BrowserUiPainter the UI frame, a pure function of the tabs and the chrome
 * </pre>
 */
final class BrowserParts implements GpuConnection.Events, Renderers.Events, Navigator.Events {
    final UiThread ui;
    final TabStrip tabs = new TabStrip();
    final UiChrome chrome = new UiChrome();
    final ChildProcesses children;
    final HangMonitor hangMonitor;
    final GpuConnection gpu;
    final PluginInstances plugins;
    final FrameSinks sinks;
    final Renderers renderers;
    final Navigator navigator;
    final InputForwarding input;
    final ScriptDialogs dialogs;
    /** Writes history and the session to the profile; null until the browser has one. */
    ProfileWriter profile;
    /** The terminal's (or the headless window's) size; changed by {@link #resize}. */
    DisplayMode display() {
        return display;
    }

    /** The terminal's (or the headless window's) size; changed by {@link #resize}. */
    private volatile DisplayMode display;

    BrowserParts(UiThread ui, ChildLauncher launcher, Network network, DisplayMode display, Duration hangTimeout,
                 RendererPolicy policy, minibrowser.common.Language language) {
        this.ui = ui;
        this.chrome.language = language;
        this.display = display;
        this.children = new ChildProcesses(ui, launcher);
        this.hangMonitor = new HangMonitor(hangTimeout, (renderer, sequence) -> ui.whenDone(renderer.ping(sequence)),
                this::paint);
        this.gpu = new GpuConnection(ui, children, launcher, display, this);
        BufferIds bufferIds = new BufferIds();
        this.plugins = new PluginInstances(ui, children, gpu, tabs, bufferIds, this::say);
        this.sinks = new FrameSinks(ui, children, gpu, tabs, plugins, bufferIds);
        this.renderers = new Renderers(ui, children, policy, tabs, this);
        this.navigator = new Navigator(ui, tabs, renderers, network, () -> this.display, launcher.sessionDir(), language, this);
        this.input = new InputForwarding(ui, tabs, navigator, () -> this.display);
        this.dialogs = new ScriptDialogs(display.terminal() ? ScriptDialogs.Answerer.USER : ScriptDialogs.Answerer.NOBODY,
                this::paint, this::say);
    }

    /** The terminal changed size: the gpu presents at it, every renderer lays out again. */
    void resize(DisplayMode newDisplay) {
        display = newDisplay.withBookmarksBar(!chrome.bookmarksBar.isEmpty());
        gpu.displayChanged(display);
        input.resized(display);
        paint();
    }

    /**
     * The bookmarks bar shows {@code bar} (empty: no bar). The bar takes a row of the
     * terminal, so when it comes or goes every page is laid out again for the new height,
     * as for a resize of the terminal.
     */
    void showBookmarksBar(List<String> bar) {
        boolean shownBefore = !chrome.bookmarksBar.isEmpty();
        chrome.bookmarksBar = bar;
        if (shownBefore != !bar.isEmpty()) resize(display);
        else paint();
    }

    /** The browser is going: nothing is started again. */
    void stop() {
        if (profile != null) profile.stop(); // the tabs that close now are not closed by the user
        gpu.stop();
        plugins.stop();
        renderers.stop();
    }

    /** Sends what the browser UI looks like to the gpu process (without waiting). */
    void paint() {
        if (profile != null) profile.changed(tabs); // every change of the tabs is painted, so passes here
        GpuProcessHost host = gpu.current();
        int pageRows = display.terminal() ? display.pageRows() : 24;
        if (host != null) host.updateUi(BrowserUiPainter.paint(tabs, chrome, hangMonitor.timeout(), pageRows));
    }

    /** Every child process alive now, with the tabs each serves. */
    List<ChildSnapshot> childSnapshots() {
        return children.alive().stream().map(child -> {
            List<Integer> tabIds = new ArrayList<>(renderers.tabsOf(child));
            if (child.type() == ChildType.PLUGIN) tabIds.addAll(plugins.tabsWithInstances());
            int restarts = child.type() == ChildType.GPU ? gpu.restarts() : 0;
            return new ChildSnapshot(child, tabIds, restarts, renderers.isSpare(child));
        }).toList();
    }

    /** The process a frame sink belongs to: a tab's renderer, or the plugin process for an instance's sink. */
    Optional<ChildProcessHost> senderOfSink(String token) {
        return tabs.all().stream().filter(t -> token.equals(t.frameSinkToken) && t.renderer != null)
                .map(t -> t.renderer.process).findFirst().or(() -> plugins.senderOfSink(token));
    }

    // ---------------------------------------------------------------- what the parts tell each other

    @Override
    public void say(String message) {
        chrome.message = message;
        paint();
    }

    @Override
    public void changed() {
        paint();
    }

    @Override
    public void gpuReady(GpuProcessHost host) {
        sinks.reconnect(host);
        plugins.reconnect(host);
        paint();
    }

    @Override
    public CompletableFuture<Void> attached(Tab tab) {
        return sinks.connect(tab);
    }

    @Override
    public void detached(Tab tab) {
        sinks.destroy(tab); // the gpu unmaps the buffers with the sink
        plugins.destroyForTab(tab.id);
        dialogs.dismiss(tab, "the tab lost its renderer"); // nobody waits for the answer now
    }

    @Override
    public void leaving(Tab tab) {
        if (chrome.marksTab == tab.id) chrome.marks = List.of(); // they pointed into the old page
        dialogs.dismiss(tab, "the tab navigates"); // the page that asked is going
    }

    @Override
    public void committing(Tab tab) {
        plugins.destroyForTab(tab.id); // the document that embedded them is replaced
        tab.console.clear(); // as Chromium's console with "Preserve log" off
        dialogs.newDocument(tab);
    }

    @Override
    public boolean actedOnOtherProcess(String page) {
        switch (page) {
            case "gpucrash", "gpuhang" -> gpu.debugPage(page);
            case "plugincrash" -> plugins.crashProcess();
            default -> {
                return false;
            }
        }
        return true;
    }
}
