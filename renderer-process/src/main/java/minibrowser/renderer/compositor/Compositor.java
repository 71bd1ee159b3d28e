package minibrowser.renderer.compositor;

import minibrowser.common.trace.Trace;
import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.ManagedChannel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongSupplier;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.Ack;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.FindMatch;
import minibrowser.proto.FindReply;
import minibrowser.proto.FrameFormat;
import minibrowser.proto.FrameSinkGrpc;
import minibrowser.proto.Rect;
import minibrowser.proto.ScrollReply;
import minibrowser.proto.Url;
import minibrowser.proto.VisibleLink;
import minibrowser.proto.VisibleLinksReply;
import minibrowser.renderer.engine.Page;

/**
 * The compositor thread, {@code renderer-compositor}: owns the committed page, the
 * scroll offset and the viewport; asks the raster threads for pixels; sends
 * frames to the gpu process.
 *
 * <p>Scrolling is handled here alone, from the committed display list, so it keeps
 * working while {@code renderer-main} is busy or hung (about:hang). So are compositor
 * animations: the page's layers ({@link minibrowser.renderer.engine.animation.CompositedLayer})
 * are drawn over its tiles at their animated transform and opacity ({@link LayerCompositor}),
 * frame after frame on this compositor's own clock ({@link FrameTicker}), which runs only
 * while some layer animates.
 *
 * <p>It never waits for another process: the frame buffer is asked of the browser
 * asynchronously and mapped when the answer is posted back here (until then frames are
 * skipped, not queued), and frames go to the gpu without waiting for its answer.
 *
 * <pre>
 *   commit / scroll / resize / image ──▶ [compositor queue] ──▶ produceFrame()
 *        produceFrame: acquire a free slot (none: the gpu is behind, skip the frame)
 *                      ─▶ raster threads fill the tiles that changed or came into view
 *                      ─▶ the tiles are copied into the slot ─▶ SubmitCompositorFrame(slot, seq)
 * </pre>
 */
public final class Compositor {
    /** renderer-compositor's task queue; shared by every tab this renderer draws. */
    private final ExecutorService queue;
    private final CompositorHost browser;
    private final Transport transport;
    private final boolean cells;
    /** The page's rastered tiles, for the device this renderer draws on. */
    private final TileCache<?> tiles;
    /** The page's layers, each rastered into a tile of its own and drawn over the page at its animated place. */
    private final LayerCompositor layers;
    /** This compositor's own frame clock: ticks while a layer animates, so animations need nothing of main. */
    private final FrameTicker animationFrames;
    /** The renderer's monotonic clock, the one the engine timed the animations by. */
    private final LongSupplier nanoTime;
    /** The layers' transforms and opacities in the last frame: a tick that would change nothing sends no frame. */
    private List<Object> lastLayerState = List.of();

    // Owned by renderer-compositor.
    private CommitData committed;
    private int scrollY;
    private int viewportWidth;
    private int viewportHeight;
    private final Map<String, BufferedImage> images = new HashMap<>();
    private ManagedChannel gpuChannel;
    private FrameSinkGrpc.FrameSinkFutureStub gpu;
    private FrameSlots slots;
    /** A frame buffer is asked of the browser and not answered yet: no second one is asked meanwhile. */
    private boolean bufferAsked;
    /**
     * Counts the gpu connections and detaches: a buffer the browser made under an older one
     * (registered with a gpu that is gone, or for a tab that left) is not mapped.
     */
    private long bufferEpoch;
    private long sequence;
    private long reportedNavigation = -1;
    /** A navigation whose scripts have not settled after load yet: its load is not finished (-1: none). */
    private long loadHeldFor = -1;
    /** The renderer's frame clock (posts only), or null in a compositor that does not animate. */
    private final ScheduledExecutorService frameClock;
    /** Images of the committed page not yet decoded (or failed); the load is finished at 0, as Chromium's load event waits for images. */
    private int pendingImages;

    /**
     * One tab's compositor state, run on {@code queue}, the renderer's one renderer-compositor;
     * its tiles are rastered on {@code raster}, for terminal cells or for pixels.
     */
    public Compositor(ExecutorService queue, RasterPool raster, CompositorHost browser, Transport transport, boolean cells) {
        this(queue, raster, browser, transport, cells, null, System::nanoTime);
    }

    /**
     * As above, animating the page's layers on {@code frameClock} (a thread that only posts
     * here: about 60 frames a second for pixels, 20 for cells), timed by {@code nanoTime}
     * (null clock: layers are drawn, not animated).
     */
    public Compositor(ExecutorService queue, RasterPool raster, CompositorHost browser, Transport transport, boolean cells,
                      ScheduledExecutorService frameClock, LongSupplier nanoTime) {
        this.queue = queue;
        this.browser = browser;
        this.transport = transport;
        this.cells = cells;
        this.tiles = TileCache.forDevice(raster, cells);
        this.layers = new LayerCompositor(raster, cells);
        this.nanoTime = nanoTime;
        this.frameClock = frameClock;
        this.animationFrames = new FrameTicker(frameClock, queue,
                cells ? FrameTicker.CELL_FRAME_NANOS : FrameTicker.PIXEL_FRAME_NANOS, this::animationFrame);
    }

    /**
     * One tick of the compositor's frame clock: the page is drawn again with its layers
     * where their animations are now, if that changes anything; with no animation left
     * running the clock stops (after one last frame at the animations' end state).
     */
    private void animationFrame() {
        if (committed == null) {
            animationFrames.stop();
            return;
        }
        long now = nanoTime.getAsLong();
        if (!committed.page().compositorAnimatingAt(now)) animationFrames.stop();
        if (!layerState(now).equals(lastLayerState)) produceFrame();
    }

    /** Each layer's transform and opacity at {@code now}. */
    private List<Object> layerState(long now) {
        List<Object> state = new ArrayList<>();
        for (var layer : committed.page().layers()) {
            state.add(layer.transformAt(now));
            state.add(layer.opacityAt(now));
        }
        return state;
    }

    /** Starts the frame clock if the committed page has a layer that animates now. */
    private void animateLayers() {
        if (committed != null && committed.page().compositorAnimatingAt(nanoTime.getAsLong())) animationFrames.start();
    }

    /** Main hands over a new page: the old one is dropped, scrolling starts at the top. */
    public void commit(CommitData data) {
        queue.execute(() -> {
            try (Trace.Slice slice = Trace.slice("renderer", "commit")) {
                if (committed == null || committed.navigationId() != data.navigationId()) scrollY = 0;
                committed = data;
                images.clear();
                pendingImages = data.page().imageUrls().size() + data.page().frames().size(); // a frame comes as a picture
                tiles.setContents(new TileContents(data.page().displayList(), images));
            }
            produceFrame();
            animateLayers();
        });
    }

    public void resize(int width, int height) {
        queue.execute(() -> {
            if (width == viewportWidth && height == viewportHeight) return;
            viewportWidth = width;
            viewportHeight = height;
            produceFrame();
        });
    }

    /** Scrolls by (or to) {@code deltaY} CSS pixels and answers with the new offset. */
    public CompletableFuture<ScrollReply> scroll(int deltaY, boolean absolute) {
        CompletableFuture<ScrollReply> answer = new CompletableFuture<>();
        queue.execute(() -> {
            int wanted = absolute ? deltaY : scrollY + deltaY;
            int before = scrollY;
            scrollY = clampScroll(wanted);
            if (scrollY != before) produceFrame();
            int height = committed == null ? 0 : committed.page().contentHeight();
            answer.complete(ScrollReply.newBuilder().setScrollY(scrollY).setContentHeight(height).build());
        });
        return answer;
    }

    /**
     * The links and focusable controls on screen now, in viewport cells, from the
     * committed page: answered here, not on main, so Tab and link hints work while main is busy.
     */
    public CompletableFuture<VisibleLinksReply> visibleLinks() {
        return CompletableFuture.supplyAsync(() -> {
            VisibleLinksReply.Builder reply = VisibleLinksReply.newBuilder().setScrollY(scrollY);
            if (committed == null) return reply.build();
            for (PageSearch.FocusCells link : PageSearch.focusables(committed.page())) {
                VisibleLink.Builder visible = VisibleLink.newBuilder().setHref(Url.newBuilder().setSpec(link.href()))
                        .setKind(FocusKinds.toProto(link.kind())).setFocusIndex(link.focusIndex());
                for (PageSearch.CellSpan span : link.spans()) {
                    Rect rect = FrameGeometry.onScreen(span, viewportWidth, viewportHeight, scrollY);
                    if (rect != null) visible.addRects(rect);
                }
                if (visible.getRectsCount() > 0) reply.addLinks(visible);
            }
            return reply.build();
        }, queue);
    }

    /**
     * Find in page: the matches of {@code text}; unless {@code keepScroll}, the match
     * {@code index} (modulo the count) is scrolled into view first.
     */
    public CompletableFuture<FindReply> find(String text, int index, boolean keepScroll) {
        return CompletableFuture.supplyAsync(() -> {
            if (committed == null) return FindReply.newBuilder().setScrollY(scrollY).build();
            List<PageSearch.CellSpan> matches = new ArrayList<>(PageSearch.find(committed.page(), text));
            matches.sort(Comparator.comparingInt(PageSearch.CellSpan::top).thenComparingInt(PageSearch.CellSpan::column));
            int active = matches.isEmpty() ? 0 : Math.floorMod(index, matches.size());
            if (!keepScroll && !matches.isEmpty()) {
                PageSearch.CellSpan target = matches.get(active);
                int row = target.rowAt(scrollY);
                if (row < 0 || row >= viewportHeight / CELL_HEIGHT) {
                    int before = scrollY;
                    scrollY = clampScroll(target.top() - viewportHeight / 3);
                    if (scrollY != before) produceFrame();
                }
            }
            FindReply.Builder reply = FindReply.newBuilder().setMatchCount(matches.size()).setActiveIndex(active)
                    .setScrollY(scrollY);
            for (int i = 0; i < matches.size(); i++) {
                Rect rect = FrameGeometry.onScreen(matches.get(i), viewportWidth, viewportHeight, scrollY);
                if (rect != null) reply.addVisible(FindMatch.newBuilder().setRect(rect).setActive(i == active));
            }
            return reply.build();
        }, queue);
    }

    /** The current scroll offset, read on the compositor thread. */
    public CompletableFuture<Integer> scrollOffset() {
        return CompletableFuture.supplyAsync(() -> scrollY, queue);
    }

    /** Frames go to this gpu from now on; the current frame is sent again at once. */
    public void connectGpu(String address, String token) {
        queue.execute(() -> {
            if (gpuChannel != null) gpuChannel.shutdownNow();
            gpuChannel = transport.connect(address, token);
            gpu = FrameSinkGrpc.newFutureStub(gpuChannel);
            // Connect now, while the browser fetches the page and main lays it out, rather than
            // on the first frame (gRPC channels connect lazily).
            gpuChannel.getState(true);
            dropSlots(); // a new gpu gets a new buffer, registered with it by the browser
            bufferEpoch++; // and a buffer asked for before is the old gpu's
            bufferAsked = false;
            // The old gpu may have died (or hung) before showing the page's first frame, and the
            // load is finished only once a gpu has: report it again after the new gpu's first
            // frame (the browser takes a second report of the same load as a no-op).
            reportedNavigation = -1;
            produceFrame();
        });
    }

    /**
     * The page of {@code navigationId} has scripts: its frames are shown, but its load does
     * not finish until {@link #releaseLoad}, when the page has settled after its load event
     * ({@code DocumentScripts#start}). Main calls this before the navigation's first commit.
     */
    public void holdLoad(long navigationId) {
        queue.execute(() -> loadHeldFor = navigationId);
    }

    /** The scripts of {@code navigationId} settled after the load event: its load may finish. */
    public void releaseLoad(long navigationId) {
        queue.execute(() -> {
            if (loadHeldFor != navigationId) return;
            loadHeldFor = -1;
            produceFrame();
        });
    }

    /**
     * Completes, on the compositor thread, at the next 60 Hz tick of the renderer's frame
     * clock: the signal main's rendering step (and requestAnimationFrame) waits for,
     * Chromium's BeginMainFrame. Without a clock (a compositor made for a test), at once.
     */
    public CompletableFuture<Long> nextFrame() {
        CompletableFuture<Long> frame = new CompletableFuture<>();
        Runnable post = () -> queue.execute(() -> frame.complete(System.nanoTime()));
        if (frameClock == null) {
            post.run();
        } else {
            long wait = FrameTicker.PIXEL_FRAME_NANOS - Math.floorMod(System.nanoTime(), FrameTicker.PIXEL_FRAME_NANOS);
            frameClock.schedule(post, wait, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return frame;
    }

    /**
     * The browser made the plugin instances of the committed page's embeds (main checked
     * they are for its current navigation): its embeds are drawn from now on, and its load
     * can finish. Dropped when the committed page is no longer the one waiting for them.
     */
    public void pluginInstancesMade(long navigationId, List<Integer> made) {
        queue.execute(() -> {
            if (committed == null || committed.navigationId() != navigationId || !committed.pluginInstancesPending()
                    || committed.page().embeds().size() != made.size()) return;
            committed = committed.withPluginInstances(made);
            produceFrame();
        });
    }

    /**
     * The worker is done with one of a navigation's images ({@code image} is null when
     * it could not be fetched or decoded). The load finishes when all are done.
     */
    public void imageDone(long navigationId, String url, BufferedImage image) {
        queue.execute(() -> {
            if (committed == null || committed.navigationId() != navigationId) return; // an older page's image
            if (image != null) {
                images.put(url, image);
                tiles.setContents(new TileContents(committed.page().displayList(), images));
            }
            pendingImages = Math.max(0, pendingImages - 1);
            produceFrame();
        });
    }

    private int clampScroll(int wanted) {
        if (committed == null) return 0;
        int max = Math.max(0, committed.page().contentHeight() - viewportHeight);
        return Math.max(0, Math.min(wanted, max));
    }

    /** Rasters the visible part of the page into a free shared-memory slot and submits it. */
    private void produceFrame() {
        try (Trace.Slice slice = Trace.slice("renderer", "compositor frame")) {
            drawAndSubmitFrame();
        }
    }

    private void drawAndSubmitFrame() {
        if (committed == null || gpu == null || viewportWidth <= 0 || viewportHeight <= 0) return;
        Page page = committed.page();
        scrollY = clampScroll(scrollY);
        int width = cells ? viewportWidth / CELL_WIDTH : viewportWidth;
        int height = cells ? viewportHeight / CELL_HEIGHT : viewportHeight;
        long frameBytes = FrameGeometry.frameBytes(cells, viewportWidth, viewportHeight);
        if (!ensureSlots(committed.tab(), frameBytes)) return;
        OptionalInt free = slots.acquire(this::retryWhenGpuAnswers);
        if (free.isEmpty()) return; // the gpu is behind: this frame is skipped, the next comes when it answers

        int slot = free.getAsInt();
        java.nio.ByteBuffer target = slots.slot(slot, frameBytes);
        tiles.drawFrame(scrollY, width, height, target);
        long now = nanoTime.getAsLong();
        layers.drawOver(target, width, height, scrollY, page.layers(), images, now);
        lastLayerState = layerState(now);
        CompositorFrame.Builder frame = CompositorFrame.newBuilder()
                .setBufferId(slots.bufferId()).setOffset(slots.offset(slot)).setSequence(++sequence)
                .setFormat(cells ? FrameFormat.FRAME_FORMAT_CELLS : FrameFormat.FRAME_FORMAT_ARGB)
                .setWidth(width).setHeight(height).setScrollY(scrollY).setContentHeight(page.contentHeight());
        // The gpu takes at most MAX_EMBEDS_PER_FRAME (it keeps them with the frame); the rest are left out.
        for (int i = 0; i < page.embeds().size() && frame.getEmbedsCount() < GpuMemoryLimits.MAX_EMBEDS_PER_FRAME; i++) {
            int instance = committed.pluginInstances().get(i);
            if (instance != 0) frame.addEmbeds(FrameGeometry.embedInFrame(cells, scrollY, instance, page.embeds().get(i)));
        }
        ListenableFuture<Ack> submit = gpu.submitCompositorFrame(frame.build());
        slots.submitted(slot, submit);
        if (pendingImages == 0 && !committed.pluginInstancesPending() && loadHeldFor != committed.navigationId()
                && reportedNavigation != committed.navigationId()) {
            reportedNavigation = committed.navigationId();
            CommitData loaded = committed;
            Futures.addCallback(submit, new FutureCallback<>() {
                @Override public void onSuccess(Ack ack) {
                    browser.didFinishLoad(loaded.tab(), loaded.navigationId(), page.title(), page.contentHeight());
                }
                @Override public void onFailure(Throwable gpuGone) {
                    // The browser restarts the gpu and reconnects us; the frame is sent again then.
                }
            }, MoreExecutors.directExecutor());
        }
    }

    /**
     * The gpu answered, late, the submit a frame waited for ({@link FrameSlots#acquire}):
     * called on the thread that completed the call; the page is drawn again as it is now.
     */
    private void retryWhenGpuAnswers() {
        queue.execute(this::produceFrame); // dropped if the renderer is shutting down: no more frames
    }

    /**
     * A navigation of {@code tab} is about to commit at this viewport: map its frame buffer
     * now, on this thread, while main parses and lays the page out, not on the first frame.
     */
    public void prepareFrameBuffer(int tab, int width, int height) {
        queue.execute(() -> {
            if (width > 0 && height > 0) ensureSlots(tab, FrameGeometry.frameBytes(cells, width, height));
        });
    }

    /**
     * Whether a shared buffer with two slots of at least {@code frameBytes} is mapped. If
     * not, one is asked of the browser (unless a request is on its way already) and this
     * frame is skipped: {@link #frameBufferMade} maps the answer and draws the next.
     */
    private boolean ensureSlots(int tab, long frameBytes) {
        if (slots != null && slots.slotBytes() >= frameBytes) return true;
        if (!bufferAsked) {
            bufferAsked = true;
            long epoch = bufferEpoch;
            browser.allocateFrameBuffer(tab, 2 * frameBytes)
                    .whenCompleteAsync((buffer, failed) -> frameBufferMade(epoch, buffer, failed), queue);
        }
        return false;
    }

    /**
     * The browser's answer to a frame buffer request, on this thread: the buffer is mapped
     * in place of the old one and the frame is drawn, unless the gpu changed or the tab
     * left meanwhile. A failure (the gpu restarting, the memory limit) is not retried at
     * once: the next frame asks again.
     */
    private void frameBufferMade(long epoch, AllocateFrameBufferReply buffer, Throwable failed) {
        if (epoch != bufferEpoch) return; // asked under an older gpu, or before a detach: not ours to map
        bufferAsked = false;
        if (failed != null) {
            // Refused (the gpu is starting or restarting, the tab has no sink yet): the browser
            // sends ConnectGpu once the gpu has the tab's sink, and connectGpu asks again.
            System.err.println("renderer: no frame buffer yet: " + failed);
            return;
        }
        try {
            FrameSlots mapped = new FrameSlots(buffer.getBufferId(), Path.of(buffer.getPath()), buffer.getBytes());
            dropSlots();
            slots = mapped;
        } catch (IOException | RuntimeException cannotMap) {
            System.err.println("renderer: no frame buffer: " + cannotMap);
            return;
        }
        produceFrame();
    }

    /** Unmaps the current frame buffer (the gpu keeps its own mapping until the browser releases it). */
    private void dropSlots() {
        if (slots != null) slots.close();
        slots = null;
    }

    /**
     * The tab no longer draws here (closed, or moved to another renderer): drop its
     * page and frame buffer, and stop sending frames. The shared compositor thread carries on.
     */
    public void detach() {
        queue.execute(() -> {
            dropSlots();
            bufferEpoch++;
            bufferAsked = false;
            if (gpuChannel != null) gpuChannel.shutdownNow();
            gpuChannel = null;
            gpu = null;
            committed = null;
            images.clear();
            tiles.clear();
            layers.clear();
            animationFrames.stop();
        });
    }

    /**
     * For about:deadlock only: runs {@code task} on renderer-compositor, as code of
     * the page's own (a script, a worker) would run there.
     */
    public void runForDebug(Runnable task) {
        queue.execute(task);
    }
}
