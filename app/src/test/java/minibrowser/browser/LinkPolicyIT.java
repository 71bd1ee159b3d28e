package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * Links come from the renderer, so the page chose them: following one is a navigation
 * the page asked for, and the browser refuses a debug page (about:gpucrash would restart
 * the gpu under every tab) or a local file from a web page, as Chromium's
 * {@code CanRequestURL} does. The user follows them in the real terminal UI (link hints),
 * driven through tmux; what the user types in the address bar still goes anywhere.
 */
class LinkPolicyIT {
    @TempDir Path work;

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
    }

    /** The pids of the gpu processes among the processes the terminal runs. */
    private static List<Long> gpus(TmuxTerminal terminal) throws Exception {
        long pane = Long.parseLong(TmuxTerminal.run("display-message", "-p", "-t", terminal.session, "#{pane_pid}").trim());
        return ProcessHandle.of(pane).stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
                        p.descendants()))
                .filter(p -> commandLine(p.pid()).contains("\0--type=gpu\0")).map(ProcessHandle::pid).toList();
    }

    private static String commandLine(long pid) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"));
        } catch (java.io.IOException gone) {
            return "";
        }
    }

    @Test
    void aPageCannotOpenDebugPagesOrLocalFilesThroughItsLinks() throws Exception {
        Path local = Files.writeString(work.resolve("private.txt"), "a private local file");
        try (TestServer server = new TestServer()) {
            server.page("/fine", "<html><head><title>Fine</title></head><body><p>You followed a fine link.</p></body></html>");
            String page = server.page("/links", "<html><head><title>Links</title></head><body><p>"
                    + "<a href=\"about:gpucrash\">crash</a> <a href=\"" + local.toUri() + "\">local</a> "
                    + "<a href=\"/fine\">fine</a></p></body></html>");
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-links", 100, 30, RunningBrowser.javaCommand(page))) {
                assertTrue(terminal.shows("crash local fine", 60), terminal.screen());
                assertTrue(RunningBrowser.eventually(10, () -> gpusOf(terminal).size() == 1), terminal.screen());
                List<Long> gpu = gpusOf(terminal);

                terminal.keys("f");
                assertTrue(terminal.shows("arash", 10), "hint labels: " + terminal.screen());
                terminal.keys("a");
                assertTrue(terminal.shows("blocked: a page may not open the debug page about:gpucrash", 10), terminal.screen());

                terminal.keys("f");
                assertTrue(terminal.shows("socal", 10), "hint labels: " + terminal.screen());
                terminal.keys("s");
                assertTrue(terminal.shows("blocked: a web page may not open local file", 10), terminal.screen());
                Thread.sleep(1000);
                assertTrue(terminal.screen().contains("crash local fine"), "the tab stayed on its page: " + terminal.screen());
                assertEquals(gpu, gpusOf(terminal), "the gpu was not restarted");

                terminal.keys("f");
                assertTrue(terminal.shows("dine", 10), "hint labels: " + terminal.screen());
                terminal.keys("d");
                assertTrue(terminal.shows("You followed a fine link.", 20), "a web link is followed: " + terminal.screen());
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits, and the browser cleans up");
            }
        }
    }

    private static List<Long> gpusOf(TmuxTerminal terminal) {
        try {
            return gpus(terminal);
        } catch (Exception e) {
            return List.of();
        }
    }
}
