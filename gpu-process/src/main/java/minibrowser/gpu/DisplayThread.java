package minibrowser.gpu;

import minibrowser.common.trace.Trace;
import minibrowser.common.trace.FrameRate;
import io.grpc.Status;
import java.awt.image.BufferedImage;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import minibrowser.common.Bounds;
import minibrowser.common.NamedThreads;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.common.frame.CellGrid;
import minibrowser.gpu.compositor.CellsToImage;
import minibrowser.gpu.compositor.PixelCompositor;
import minibrowser.gpu.compositor.PlacedPixelSurface;
import minibrowser.gpu.compositor.PlacedSurface;
import minibrowser.gpu.compositor.ScreenCompositor;
import minibrowser.gpu.display.TerminalPresenter;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.EmbeddedSurface;

/**
 * The gpu's display thread, {@code gpu-display}: the only thread that touches the
 * surfaces, the browser UI state and the terminal. gRPC handlers only post here
 * ({@link #post}); the reply goes out when the posted work completes, so no gRPC
 * thread waits for this one.
 *
 * <p>After every change that can be seen (a frame of the active tab, a plugin
 * surface, a UI update) it composites the screen and presents it; the presenter
 * writes only the cells that changed.
 */
final class DisplayThread {
    static final String PLUGIN_CRASHED = "plugin crashed";

    private final ExecutorService queue = NamedThreads.taskQueue("gpu-display");
    private final SurfaceManager surfaces;
    private final ScreenCompositor screen = new ScreenCompositor();
    /** Frames per second, as trace counters: frames that arrived from renderers, and screens written to the terminal. */
    private final FrameRate framesArrived = new FrameRate("frames per second", "arrived");
    private final FrameRate framesPresented = new FrameRate("frames per second", "presented");
    private final PixelCompositor pixels = new PixelCompositor();
    private BrowserUi ui = BrowserUi.getDefaultInstance();
    private ConfigureDisplayRequest display = ConfigureDisplayRequest.getDefaultInstance();
    private TerminalPresenter terminal;

    DisplayThread(SurfaceManager surfaces) {
        this.surfaces = surfaces;
    }

    /** Runs {@code work} on gpu-display and completes with its result. */
    <T> CompletableFuture<T> post(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        queue.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error failed) {
                result.completeExceptionally(failed);
            }
        });
        return result;
    }

    SurfaceManager surfaces() {
        return surfaces;
    }

    /** Where to present; opens the controlling terminal when asked to draw there. */
    void configure(ConfigureDisplayRequest request) throws IOException {
        display = request;
        if (request.getTerminal() && terminal == null) {
            OutputStream tty = new FileOutputStream("/dev/tty");
            terminal = new TerminalPresenter(tty, request.getTruecolor());
        }
        if (terminal != null) terminal.invalidate();
        present();
    }

    void updateUi(BrowserUi newUi) {
        if (newUi.equals(ui)) return; // nothing to redraw
        ui = newUi;
        present();
    }

    /** Presents after a frame arrived, when the frame is the active tab's or a plugin's. */
    void frameArrived() {
        framesArrived.tick();
        present();
    }

    /** Composites the active tab with the browser UI and writes it to the terminal. */
    void present() {
        if (terminal == null || !display.getTerminal()) return;
        int columns = display.getColumns();
        int rows = display.getRows();
        CellGrid page = null;
        int pageScrollY = 0;
        List<PlacedSurface> placed = new ArrayList<>();
        if (ui.getTabsCount() > 0 && ui.getActiveIndex() < ui.getTabsCount()) {
            Surface surface = surfaces.tabSurface(ui.getTabs(ui.getActiveIndex()).getTab().getValue());
            if (surface != null && surface.isCells()) {
                page = surface.cells();
                pageScrollY = surface.scrollY();
                for (EmbeddedSurface embed : surface.embeds()) {
                    Surface plugin = surfaces.pluginSurface(embed.getPluginInstanceId());
                    placed.add(new PlacedSurface(embed.getRect().getX(), embed.getRect().getY(),
                            embed.getRect().getWidth(), embed.getRect().getHeight(),
                            plugin == null ? null : plugin.argbArray(),
                            plugin == null ? 0 : plugin.width(), plugin == null ? 0 : plugin.height(),
                            placeholder(embed.getPluginInstanceId())));
                }
            }
        }
        CellGrid frame;
        try (Trace.Slice composite = Trace.slice("gpu", "composite")) {
            frame = screen.compose(columns, rows, ui, page, placed, pageScrollY);
        }
        try (Trace.Slice present = Trace.slice("gpu", "present")) {
            terminal.present(frame);
        }
        framesPresented.tick();
    }

    /** The index of the tab the strip shows at {@code column}, or -1. */
    int tabAt(int column) {
        return screen.tabAt(display.getColumns(), ui, column);
    }

    /**
     * A PNG of a tab's latest frame with its plugin surfaces, or NOT_FOUND, or
     * RESOURCE_EXHAUSTED when it would not fit the gpu's budget for a screenshot
     * (a frame the gpu accepted always does; the check keeps that true).
     */
    byte[] screenshot(int tab) {
        Surface surface = surfaces.tabSurface(tab);
        if (surface == null) throw Status.NOT_FOUND.withDescription("tab " + tab + " has no frame yet").asRuntimeException();
        long imagePixels = surface.isCells()
                ? Bounds.bytes(surface.width(), surface.height(), GpuMemoryLimits.SCREENSHOT_PIXELS_PER_CELL)
                : Bounds.bytes(surface.width(), surface.height(), 1);
        Status tooLarge = surfaces.memory().checkScreenshot(imagePixels);
        if (tooLarge != null) throw tooLarge.asRuntimeException();
        BufferedImage image;
        if (surface.isCells()) {
            image = new CellsToImage().render(surface.cells());
        } else {
            List<PlacedPixelSurface> placed = new ArrayList<>();
            for (EmbeddedSurface embed : surface.embeds()) {
                Surface plugin = surfaces.pluginSurface(embed.getPluginInstanceId());
                placed.add(new PlacedPixelSurface(embed.getRect().getX(), embed.getRect().getY(),
                        embed.getRect().getWidth(), embed.getRect().getHeight(),
                        plugin == null ? null : plugin.argbArray(),
                        plugin == null ? 0 : plugin.width(), plugin == null ? 0 : plugin.height(),
                        placeholder(embed.getPluginInstanceId())));
            }
            image = pixels.compose(surface.argbArray(), surface.width(), surface.height(), placed);
        }
        return PixelCompositor.png(image);
    }

    private String placeholder(int instance) {
        return surfaces.pluginCrashed(instance) ? PLUGIN_CRASHED : "plugin loading";
    }

    /** about:gpuhang: the display thread stops answering. */
    void hang() {
        queue.execute(() -> {
            while (true) {
                Thread.onSpinWait();
            }
        });
    }

    void shutdown() {
        queue.shutdownNow();
    }
}
