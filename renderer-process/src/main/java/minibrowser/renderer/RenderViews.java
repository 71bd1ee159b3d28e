package minibrowser.renderer;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import minibrowser.common.NamedThreads;
import minibrowser.common.ipc.Transport;
import minibrowser.renderer.compositor.Compositor;
import minibrowser.renderer.compositor.RasterPool;
import minibrowser.renderer.engine.Engine;

/**
 * The tabs one renderer draws, and the threads they share. Per-tab model: one
 * view. Per-site model: one view per tab of the site. Each view is made the first
 * time the browser names its tab (ConnectGpu or CommitNavigation) and dropped
 * when the browser says DetachTab.
 *
 * <pre>
 *   renderer-main        ◀── every view's MainThread state (one Engine, one thread)
 *   renderer-compositor  ◀── every view's Compositor state
 *   renderer-worker      ◀── every view's image loads
 *   renderer-raster-1,-2 ◀── raster tiles for whichever compositor asks
 * </pre>
 *
 * <p>The map is touched from gRPC handler threads, hence a concurrent map; each
 * view's state is owned by the thread its class names.
 */
final class RenderViews {
    /** The browser is trusted, but a renderer still bounds what it allocates. */
    static final int MAX_VIEWS = 256;

    private final ExecutorService main = NamedThreads.taskQueue("renderer-main");
    private final ExecutorService compositor = NamedThreads.taskQueue("renderer-compositor");
    private final ExecutorService worker = NamedThreads.taskQueue("renderer-worker");
    /** Ticks animation frames: posts to the compositor (layer animations) and to main (main-thread animations). */
    private final ScheduledExecutorService frameClock = NamedThreads.clock("renderer-frame-clock");
    private final RasterPool raster;
    private final Map<Integer, RenderView> views = new ConcurrentHashMap<>();
    private final Engine engine;
    private final BrowserLink browser;
    private final Transport transport;
    private final boolean cells;

    /** @param codeLoaded completes when renderer-init has loaded the engine's code; main's first task waits for it */
    RenderViews(Engine engine, RasterPool raster, BrowserLink browser, Transport transport, boolean cells,
                CompletableFuture<?> codeLoaded) {
        this.engine = engine;
        this.raster = raster;
        this.browser = browser;
        this.transport = transport;
        this.cells = cells;
        main.execute(() -> codeLoaded.handle((done, failed) -> done).join()); // a failed warm-up costs only time
    }

    /** The view of {@code tab}, made on first use. */
    RenderView of(int tab) {
        RenderView existing = views.get(tab);
        if (existing != null) return existing;
        if (views.size() >= MAX_VIEWS) throw new IllegalStateException("too many tabs in one renderer");
        return views.computeIfAbsent(tab, this::create);
    }

    /** Forgets a tab; its threads are shared and carry on for the other tabs. */
    void detach(int tab) {
        RenderView view = views.remove(tab);
        if (view != null) view.detach();
    }

    /** Runs the {@link WarmUp} page through renderer-main and the raster threads; completes when done. */
    CompletableFuture<Void> warmUp() {
        return CompletableFuture.runAsync(new WarmUp(engine, raster, cells), main);
    }

    /** about:sandbox: renderer-main tries what the sandbox must refuse ({@link minibrowser.common.sandbox.SandboxProbe}). */
    CompletableFuture<minibrowser.proto.ProbeSandboxReply> probeSandbox(minibrowser.proto.ProbeSandboxRequest targets) {
        return CompletableFuture.supplyAsync(() -> new minibrowser.common.sandbox.SandboxProbe(targets).run(), main);
    }

    /** Completes when renderer-main has run this task: the hang monitor's proof of life. */
    CompletableFuture<Long> ping(long sequence) {
        return CompletableFuture.supplyAsync(() -> sequence, main);
    }

    private RenderView create(int tab) {
        ImageWorker images = new ImageWorker(worker, browser);
        Compositor frames = new Compositor(compositor, raster, browser, transport, cells, frameClock, System::nanoTime);
        MainThread mainThread = new MainThread(main, engine, browser, frames, images, frameClock);
        images.deliverTo(mainThread::imageDone);
        return new RenderView(tab, mainThread, frames, images);
    }

    /**
     * Stops every thread of this renderer. A renderer process never needs this (its
     * process ends); a renderer running as threads of the browser (single-process
     * model) must, or its threads would outlive it.
     */
    void shutdown() {
        views.values().forEach(RenderView::detach);
        views.clear();
        main.shutdownNow();
        compositor.shutdownNow();
        worker.shutdownNow();
        frameClock.shutdownNow();
        raster.shutdown();
    }
}
