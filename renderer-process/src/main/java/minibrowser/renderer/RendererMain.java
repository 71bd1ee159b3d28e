package minibrowser.renderer;

import java.io.InputStream;
import java.util.List;
import minibrowser.common.ExitCode;
import minibrowser.common.FatalErrors;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;
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
        FatalErrors.install("renderer");

        // 2. Read the secret from the pipe, watch the pipe, open a channel to the browser.
        try (ChildEndpoint endpoint = ChildEndpoint.connect("renderer", switches, parentPipe)) {

            // 3. The device decides how text is measured: terminal cells or pixels.
            boolean cells = switches.get(Switches.DEVICE).orElse("pixels").equals("cells");
            Device device = cells ? Device.cells() : Device.pixels();

            // 4. The threads, each named for its role: main, compositor, raster, worker;
            //    one view per tab on them (one tab per renderer, or several in the per-site model).
            BrowserLink browser = new BrowserLink(endpoint.browser());
            RenderViews views = new RenderViews(new Engine(device), browser, endpoint.transport(), cells);

            // 5. Serve the Renderer contract and tell the browser we are ready.
            endpoint.serve(List.of(new RendererService(views)), ChildEndpoint.browserOnly());

            // 5b. Run the code a page needs once, before the first page needs it (a process
            //     of our own only: as threads of the browser, that JVM is warm already).
            if (switches.get(Switches.IN_PROCESS).isEmpty()) views.warmUp();

            // 6. Run until the browser goes away (the parent-watch thread ends the process),
            //    or, as threads of the browser (single-process model), until it stops our server.
            endpoint.awaitTermination();
            views.shutdown();
        }
        return ExitCode.NORMAL.code();
    }
}
