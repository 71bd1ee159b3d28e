package minibrowser.gpu;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import minibrowser.common.ExitCode;
import minibrowser.common.FatalErrors;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;

/**
 * The gpu process's entry point ({@code --type=gpu}), Chromium's {@code gpu_main.cc}.
 */
public final class GpuMain {
    private GpuMain() {}

    public static int run(Switches switches, InputStream parentPipe) throws Exception {
        // 1. A fault on any thread ends the gpu process; the browser starts a new one.
        FatalErrors.install("gpu", switches);

        // 2. Read the secret from the pipe, watch the pipe, open a channel to the browser.
        try (ChildEndpoint endpoint = ChildEndpoint.connect("gpu", switches, parentPipe)) {

            // 3. The display thread owns every surface and the terminal.
            SurfaceManager surfaces = new SurfaceManager(Path.of(switches.require(Switches.SESSION_DIR)),
                    new GpuMemory(Runtime.getRuntime().maxMemory()));
            DisplayThread display = new DisplayThread(surfaces);

            // 4. Serve Gpu (the browser's secret) and FrameSink (frame-sink tokens the browser issued).
            //    A frame sink's bad message is reported to the browser, which ends its sender.
            //    The handlers only post to gpu-display, so they run on the event-loop thread:
            //    a frame reaches gpu-display one thread hop sooner.
            endpoint.serve(List.of(new GpuService(display), new FrameSinkService(display)),
                    token -> Optional.ofNullable(surfaces.sink(token)).map(FrameSinkRecord::asCaller),
                    new BadMessageReporter(endpoint.browser()), true);

            // 5. A hung display thread ends the process, so the browser can start a new one.
            if (switches.get(Switches.IN_PROCESS).isEmpty()) GpuWatchdog.watch(display, GpuWatchdog.TIMEOUT);

            // 6. Run until the browser goes away.
            endpoint.awaitTermination();
        }
        return ExitCode.NORMAL.code();
    }
}
