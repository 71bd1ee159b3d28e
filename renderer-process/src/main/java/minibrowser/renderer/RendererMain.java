package minibrowser.renderer;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import minibrowser.common.ExitCode;
import minibrowser.common.FatalErrors;
import minibrowser.common.NamedThreads;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.renderer.compositor.RasterPool;
import minibrowser.renderer.engine.Device;
import minibrowser.renderer.engine.Engine;

/**
 * The renderer process's entry point ({@code --type=renderer}), Chromium's
 * {@code renderer_main.cc}: a short script that returns an exit code.
 */
public final class RendererMain {
    private RendererMain() {}

    public static int run(Switches switches, InputStream parentPipe) throws Exception {
        // 1. A fault on any thread ends this renderer, and only this renderer.
        FatalErrors.install("renderer", switches);

        // 2. The engine, for a device that measures text in terminal cells or in pixels. It
        //    is made on a thread of its own, renderer-init, which then loads the engine's
        //    code with a one-line page: the second core is idle while step 3 connects to the
        //    browser. (As threads of the browser, that JVM is warm already.)
        boolean cells = switches.get(Switches.DEVICE).orElse("pixels").equals("cells");
        boolean warm = switches.get(Switches.IN_PROCESS).isPresent();
        RasterPool raster = new RasterPool();
        ExecutorService init = NamedThreads.taskQueue("renderer-init");
        CompletableFuture<Engine> engine = CompletableFuture.supplyAsync(
                () -> new Engine(cells ? Device.cells() : Device.pixels()), init);
        CompletableFuture<Void> codeLoaded = engine.thenAcceptAsync(made -> { if (!warm) WarmUp.loadEngineCode(made); }, init);
        codeLoaded.whenComplete((done, failed) -> init.shutdown());

        // 3. Read the secret from the pipe, watch the pipe, open a channel to the browser.
        try (ChildEndpoint endpoint = ChildEndpoint.connect("renderer", switches, parentPipe)) {

            // 4. The threads, each named for its role: main, compositor, raster, worker;
            //    one view per tab on them (one tab per renderer, or several in the per-site model).
            //    Main starts no page before renderer-init is done.
            BrowserLink browser = new BrowserLink(endpoint.browser());
            RenderViews views = new RenderViews(engine.join(), raster, browser, endpoint.transport(), cells, codeLoaded);

            // 5. Serve the Renderer contract and tell the browser we are ready.
            endpoint.serve(List.of(new RendererService(views)));

            // 6. Run until the browser goes away (the parent-watch thread ends the process),
            //    or, as threads of the browser (single-process model), until it stops our server.
            endpoint.awaitTermination();
            views.shutdown();
        }
        return ExitCode.NORMAL.code();
    }
}
