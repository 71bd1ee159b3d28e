package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * The terminal browser as a person uses it: a real pseudo-terminal (tmux), real
 * keys (send-keys), and the text on the screen (capture-pane).
 */
class TerminalUiIT {
    @Test
    void browseSwitchTabsKillARendererAndReload() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        try (TestServer server = new TestServer();
             TmuxTerminal terminal = TmuxTerminal.start("minibrowser-it", 100, 30, RunningBrowser.javaCommand(
                     server.simplePage("/first", "FirstPage"), server.simplePage("/second", "SecondPage")))) {
            assertTrue(terminal.shows("Some text on the page called SecondPage", 60), "the second tab's page: " + terminal.screen());
            assertTrue(terminal.shows("FirstPage", 30), "the first tab's title in the tab strip: " + terminal.screen());
            assertTrue(terminal.shows("renderer pid", 10), terminal.screen());

            terminal.keys("[");
            assertTrue(terminal.shows("Some text on the page called FirstPage", 10), terminal.screen());

            // Kill the active tab's renderer with a real signal; the tab shows why.
            String pid = terminal.lineWith("renderer pid").replaceAll(".*renderer pid (\\d+).*", "$1");
            RunningBrowser.kill("KILL", Long.parseLong(pid));
            assertTrue(terminal.shows("SIGKILL", 10), terminal.screen());

            // The other tab still works.
            terminal.keys("]");
            assertTrue(terminal.shows("Some text on the page called SecondPage", 10), terminal.screen());

            // Back to the crashed tab, reload: a new renderer.
            terminal.keys("[");
            assertTrue(terminal.shows("SIGKILL", 10), terminal.screen());
            terminal.keys("r");
            assertTrue(terminal.shows("Some text on the page called FirstPage", 30), terminal.screen());
            assertFalse(terminal.screen().contains("renderer pid " + pid + " "), "a new renderer process");

            // Open a URL through the address bar.
            terminal.keys("g");
            terminal.type(server.url("/second"));
            terminal.keys("Enter");
            assertTrue(terminal.shows("Some text on the page called SecondPage", 20), terminal.screen());

            terminal.keys("q");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits");
        }
    }
}
