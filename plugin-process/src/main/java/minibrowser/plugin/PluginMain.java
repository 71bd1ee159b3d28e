package minibrowser.plugin;

import java.io.InputStream;
import java.util.List;
import minibrowser.common.ExitCode;
import minibrowser.common.FatalErrors;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;

/**
 * The plugin process's entry point ({@code --type=plugin}).
 */
public final class PluginMain {
    private PluginMain() {}

    public static int run(Switches switches, InputStream parentPipe) throws Exception {
        // 1. A fault in any plugin ends this process; pages keep a placeholder.
        FatalErrors.install("plugin", switches);

        // 2. Read the secret from the pipe, watch the pipe, open a channel to the browser.
        try (ChildEndpoint endpoint = ChildEndpoint.connect("plugin", switches, parentPipe)) {

            // 3. The paint thread runs every instance.
            PaintThread painter = new PaintThread(endpoint.transport());

            // 4. Serve the Plugin contract and tell the browser we are ready.
            endpoint.serve(List.of(new PluginService(painter)));

            // 5. Run until the browser goes away.
            endpoint.awaitTermination();
        }
        return ExitCode.NORMAL.code();
    }
}
