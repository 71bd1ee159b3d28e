package minibrowser.browser;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.hostile.HostileRenderers;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A real browser for the compromised-renderer tests: two honest tabs on two sites
 * (Alpha and Beta, the bystanders), and renderers started through
 * {@link HostileRenderers}, so the test can make the next one a puppet.
 */
final class PuppetBrowser {
    private PuppetBrowser() {}

    /**
     * Only where renderers are processes (single-process has none to take over), and in one
     * model: the browser's checks do not depend on how tabs are spread over renderers, and the
     * per-tab run shares a renderer between tabs too, past a renderer limit.
     */
    static void assumeOneModelWithRendererProcesses() {
        assumeFalse(RunningBrowser.childrenInProcess(), "renderers are threads of the browser: no renderer process to take over");
        assumeTrue(RunningBrowser.processModel().equals("per-tab"), "one process model is enough");
    }

    /** Starts it with {@code options}, and waits until both bystanders are loaded. */
    static RunningBrowser start(Path work, HostileRenderers hostile, TestServer server, String... options) throws Exception {
        Path socket = work.resolve("control.sock");
        List<String> args = new ArrayList<>(List.of(options));
        args.add("--process-model=" + RunningBrowser.processModel());
        args.add(server.simplePage("/a", "Alpha"));
        args.add(server.simplePageOnOtherSite("/b", "Beta"));
        RunningBrowser browser = RunningBrowser.launch(work, socket,
                hostile.browserCommand(RunningBrowser.jar(), socket, args.toArray(new String[0])), 2);
        browser.waitForAllTabs();
        return browser;
    }
}
