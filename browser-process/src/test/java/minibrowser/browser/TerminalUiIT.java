package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The terminal browser as a person uses it: a real pseudo-terminal (tmux), real
 * keys (send-keys), and the text on the screen (capture-pane).
 */
class TerminalUiIT {
    @TempDir Path work;
    private final String session = "minibrowser-it-" + ProcessHandle.current().pid();

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", session);
    }

    private boolean screenShows(String text, int seconds) throws InterruptedException {
        return RunningBrowser.eventually(seconds, () -> {
            try {
                return screen().contains(text);
            } catch (Exception e) {
                return false;
            }
        });
    }

    @AfterEach
    void stop() throws Exception {
        String pid = tmux("display-message", "-p", "-t", session, "#{pane_pid}").trim();
        tmux("kill-session", "-t", session);
        if (pid.matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            });
        }
    }

    @Test
    void browseSwitchTabsKillARendererAndReload() throws Exception {
        Assumptions.assumeTrue(!tmux("-V").isBlank(), "tmux is installed by .ci/run");
        try (TestServer server = new TestServer()) {
            String first = server.simplePage("/first", "FirstPage");
            String second = server.simplePageOnOtherSite("/second", "SecondPage"); // its own renderer in every model
            String command = String.join(" ", RunningBrowser.browserCommand(first, second));
            tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);

            assertTrue(screenShows("SecondPage", 60), "the second tab's page: " + screen());
            // The tab strip shows titles once the loads are done (the page may be drawn a moment before).
            assertTrue(screenShows("FirstPage", 30) && screenShows("renderer pid", 10), screen());

            tmux("send-keys", "-t", session, "[");
            assertTrue(screenShows("Some text on the page called FirstPage", 10), screen());

            // Kill the active tab's renderer with a real signal; the tab shows why. (Single-process:
            // that pid is the browser's own; CrashIsolationIT asserts what happens then.)
            if (!RunningBrowser.childrenInProcess()) {
                String status = screen().lines().filter(l -> l.contains("renderer pid")).findFirst().orElseThrow();
                String pid = status.replaceAll(".*renderer pid (\\d+).*", "$1");
                RunningBrowser.kill("KILL", Long.parseLong(pid));
                assertTrue(screenShows("SIGKILL", 10), screen());

                // The other tab still works.
                tmux("send-keys", "-t", session, "]");
                assertTrue(screenShows("Some text on the page called SecondPage", 10), screen());

                // Back to the crashed tab, reload: a new renderer.
                tmux("send-keys", "-t", session, "[");
                assertTrue(screenShows("SIGKILL", 10), screen());
                tmux("send-keys", "-t", session, "r");
                assertTrue(screenShows("Some text on the page called FirstPage", 30), screen());
                assertTrue(!screen().contains("renderer pid " + pid + " "), "a new renderer process");
            }

            // Open a URL through the address bar.
            tmux("send-keys", "-t", session, "g");
            tmux("send-keys", "-t", session, "-l", server.url("/second"));
            tmux("send-keys", "-t", session, "Enter");
            assertTrue(screenShows("Some text on the page called SecondPage", 20), screen());

            tmux("send-keys", "-t", session, "q");
            assertTrue(RunningBrowser.eventually(10, () -> {
                try {
                    return !tmux("list-sessions").contains(session);
                } catch (Exception e) {
                    return true;
                }
            }), "q quits");
        }
    }
}
