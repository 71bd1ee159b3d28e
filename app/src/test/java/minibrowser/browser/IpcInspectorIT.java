package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * The IPC inspector as a person uses it: {@code I} opens it over the page, {@code t} opens
 * a tab while it is open, and the new tab's renderer shows up, named with its tab in the
 * process list, with the browser's calls to it counted; {@code p} pauses, {@code I} closes.
 */
class IpcInspectorIT {
    @Test
    void openingATabShowsItsRenderersMessagesCounted() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        try (TestServer server = new TestServer();
             TmuxTerminal terminal = TmuxTerminal.startShowing("minibrowser-ipc-it", 100, 60,
                     RunningBrowser.browserCommand(server.simplePage("/first", "FirstPage")),
                     "Some text on the page called FirstPage")) {
            terminal.keys("I");
            assertTrue(terminal.shows("IPC inspector", 10), terminal.screen());
            assertTrue(terminal.shows("Gpu.UpdateBrowserUi", 10), "the browser's calls to the gpu: " + terminal.screen());

            terminal.keys("t"); // a new tab, with the inspector still open
            assertTrue(terminal.shows("2:", 20), "a second tab in the strip: " + terminal.screen());
            Pattern named = Pattern.compile("(renderer-\\d+) \\d+ \\(tabs? (?:\\d+,)*2(?:,\\d+)*\\)");
            assertTrue(RunningBrowser.eventually(20, () -> named.matcher(terminal.screen()).find()),
                    "tab 2's renderer in the process list: " + terminal.screen());
            Matcher found = named.matcher(terminal.screen());
            assertTrue(found.find());
            String renderer = found.group(1);
            Pattern committed = Pattern.compile("browser\\s+→ " + renderer + "\\s+Renderer\\.CommitNavigation\\s+[\\d.]+\\s+[1-9]\\d*");
            assertTrue(RunningBrowser.eventually(20, () -> committed.matcher(terminal.screen()).find()),
                    "the browser's CommitNavigation to " + renderer + " is counted: " + terminal.screen());

            terminal.keys("p");
            assertTrue(terminal.shows("PAUSED", 10), terminal.screen());
            terminal.keys("I");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("IPC inspector")), terminal.screen());
            terminal.keys("q");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits");
        }
    }
}
