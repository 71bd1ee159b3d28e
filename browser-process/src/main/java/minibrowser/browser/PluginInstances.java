package minibrowser.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.common.Bounds;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.common.ipc.Secrets;

/**
 * The plugin instances of every page, and the plugin process that draws them (started
 * the first time a page embeds a plugin, and again after it died when the next page
 * needs one). What this class creates it also destroys: an instance that fails on
 * the way, or whose page goes, is ended in every process that holds it (the plugin,
 * the gpu's sink) and its surface file is deleted. Used on browser-ui only.
 */
final class PluginInstances {
    /** What the gpu can hold, as the browser grants shared memory by it. */
    private static final GpuMemoryLimits GPU_LIMITS = GpuMemoryLimits.ofDefaultGpu();
    /** The plugin process's child id, and so its directory in the session, where its surfaces lie. */
    private static final String PLUGIN_ID = "plugin";

    private final UiThread ui;
    private final ChildProcesses children;
    private final GpuConnection gpu;
    private final TabStrip tabs;
    /** A line for the status line (the plugin process ended). */
    private final java.util.function.Consumer<String> say;
    private final Map<Integer, PluginInstanceRecord> instances = new LinkedHashMap<>();
    private CompletableFuture<PluginProcessHost> plugin;
    private int nextInstance = 1;
    private boolean stopped;

    private final BufferIds bufferIds;

    PluginInstances(UiThread ui, ChildProcesses children, GpuConnection gpu, TabStrip tabs, BufferIds bufferIds,
                    java.util.function.Consumer<String> say) {
        this.bufferIds = bufferIds;
        this.ui = ui;
        this.children = children;
        this.gpu = gpu;
        this.tabs = tabs;
        this.say = say;
    }

    Collection<PluginInstanceRecord> all() {
        return instances.values();
    }

    /**
     * Starts a plugin instance for a renderer's embed: starts the plugin process if none
     * runs, then makes its surface, its frame sink in the gpu and the instance in the
     * plugin, each as a future. Runs on browser-ui, in the same task as the check of the renderer's
     * request; completes with the instance id (0 when no plugin could be started).
     *
     * @param data fetches the embed's data for its page (empty when it may not have it);
     *     called only once the embed's size passed, so a refused embed costs no fetch
     */
    CompletableFuture<Integer> create(int tabId, String mimeType, int width, int height,
                                      Map<String, String> params,
                                      java.util.function.Supplier<CompletableFuture<byte[]>> data) {
        // A negative size is a bad message (RendererMessageChecks); an empty or huge one gets no plugin.
        if (width == 0 || height == 0 || Bounds.bytes(width, height, 1) > GPU_LIMITS.maxPluginSurfacePixels()) {
            throw new IllegalArgumentException("bad embed size " + width + "x" + height + " (at most "
                    + GPU_LIMITS.maxPluginSurfacePixels() + " pixels)");
        }
        SharedMemoryLimit.check(SharedMemoryLimit.inUse(tabs.all(), instances.values()),
                Bounds.bytes(width, height, GpuMemoryLimits.BYTES_PER_PIXEL));
        int id = nextInstance++;
        // In the plugin process's directory (its id is fixed, so the path is known before it starts).
        Path surface = children.childDir(PLUGIN_ID).resolve("plugin-" + id + ".shm");
        PluginInstanceRecord instance = new PluginInstanceRecord(id, tabId, mimeType, width, height, bufferIds.next(),
                surface, Secrets.generate());
        instances.put(id, instance);
        CompletableFuture<byte[]> fetched = data.get();
        CompletableFuture<Boolean> made = pluginForEmbed()
                .thenCombine(gpu.whenReady(), (pluginHost, g) -> new Hosts(pluginHost, g))
                .thenCombine(fetched, (hosts, bytes) -> make(instance, hosts, bytes, params))
                .thenCompose(done -> done).handle((ok, failed) -> failed == null);
        return made.thenApplyAsync(ok -> {
            // It failed, or its page went away while it was being made: end it wherever it got to.
            if (!ok || !instances.containsKey(id)) {
                instances.remove(id);
                destroyEverywhere(instance);
                return 0;
            }
            return id;
        }, ui.executor());
    }

    private record Hosts(PluginProcessHost plugin, GpuProcessHost gpu) {}

    /**
     * The surface file (in the plugin's directory, which exists once the plugin process
     * started), the gpu's sink, its buffer, then the instance in the plugin: each call once
     * the one before answered.
     */
    private static CompletableFuture<?> make(PluginInstanceRecord instance, Hosts hosts, byte[] data,
                                             Map<String, String> params) {
        FrameSinks.createSharedFile(instance.surface(), instance.surfaceBytes());
        return UiThread.answered(hosts.gpu().createPluginSink(instance.token(), instance.id()))
                .thenCompose(ack -> UiThread.answered(hosts.gpu().registerBuffer(instance.token(), instance.bufferId(),
                        instance.surface().toString(), instance.surfaceBytes())))
                .thenCompose(ack -> UiThread.answered(hosts.plugin().createInstance(instance, data, params,
                        hosts.gpu().address())));
    }

    /** A new gpu process: every plugin surface gets its sink and buffer again. */
    void reconnect(GpuProcessHost host) {
        for (PluginInstanceRecord instance : instances.values()) {
            UiThread.answered(host.createPluginSink(instance.token(), instance.id())).thenRun(() ->
                    host.registerBuffer(instance.token(), instance.bufferId(), instance.surface().toString(),
                            instance.surfaceBytes()));
        }
    }

    /** Ends the tab's plugin instances everywhere: the page that embedded them is gone. */
    void destroyForTab(int tabId) {
        List<PluginInstanceRecord> ended = new ArrayList<>();
        instances.values().removeIf(instance -> instance.tab() == tabId && ended.add(instance));
        ended.forEach(this::destroyEverywhere);
    }

    /** about:plugincrash: the plugin process ends itself. */
    void crashProcess() {
        if (plugin != null) plugin.thenAccept(PluginProcessHost::crash);
    }

    /** The tabs whose pages have plugin instances now (for ctl ps). */
    List<Integer> tabsWithInstances() {
        return instances.values().stream().map(PluginInstanceRecord::tab).distinct().toList();
    }

    /** The plugin process, when {@code token} is the sink of one of its instances now. */
    Optional<ChildProcessHost> senderOfSink(String token) {
        boolean ours = instances.values().stream().anyMatch(instance -> instance.token().equals(token));
        return ours && running() != null ? Optional.of(running().process) : Optional.empty();
    }

    void stop() {
        stopped = true;
    }

    /**
     * The plugin stops painting the instance and unmaps its surface, the gpu drops its sink
     * and unmaps it too, and the file goes. Neither call is waited for; a process that is
     * not running has nothing to release.
     */
    private void destroyEverywhere(PluginInstanceRecord instance) {
        if (running() != null) running().destroyInstance(instance.id());
        GpuProcessHost host = gpu.current();
        if (host != null) host.destroySink(instance.token());
        FrameSinks.deleteQuietly(instance.surface());
    }

    private PluginProcessHost running() {
        return plugin != null && plugin.isDone() && !plugin.isCompletedExceptionally() ? plugin.join() : null;
    }

    /**
     * The plugin process a new embed goes to. An embed that waited for a plugin process
     * that then died before it was ready gets a new one (once): the page asked after the
     * old one was gone, so it must not get the placeholder of a crash it never saw.
     * (Found by chaos: a plugin killed while starting left the next embed page without
     * a plugin until yet another page embedded one.)
     */
    private CompletableFuture<PluginProcessHost> pluginForEmbed() {
        return ensurePlugin().exceptionallyComposeAsync(diedStarting -> ensurePlugin(), ui.executor());
    }

    private CompletableFuture<PluginProcessHost> ensurePlugin() {
        if (plugin != null && !plugin.isCompletedExceptionally()
                && (!plugin.isDone() || plugin.join().process.isAlive())) {
            return plugin;
        }
        plugin = children.start(ChildType.PLUGIN, PLUGIN_ID).thenApply(PluginProcessHost::new);
        plugin.thenAcceptAsync(host -> host.process.exited()
                .thenAcceptAsync(reason -> onExit(reason), ui.executor()), ui.executor());
        return plugin;
    }

    private void onExit(String reason) {
        if (stopped) return;
        say.accept("plugin process " + reason);
        GpuProcessHost host = gpu.current();
        if (host != null) host.pluginProcessGone(reason);
    }
}
