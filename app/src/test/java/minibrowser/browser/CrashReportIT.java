package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minibrowser.proto.TabInfo;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Crash reports, as Chromium's crash handler leaves minidumps: a renderer that dies of
 * an error writes a report (thread, error, frames, heap) before it exits; the browser
 * files it in the session's {@code crashes/}, names the thread and the error in the
 * tab's crash reason and on the crashed-tab page, and lists it on {@code about:crashes}.
 * A renderer killed with SIGKILL runs no more code: it leaves none, and the page says so.
 * (With renderers as threads of the browser, their fatal error ends the browser: no tab is left to show it.)
 */
class CrashReportIT {
    @TempDir Path work;

    private static List<Path> reports(RunningBrowser browser) throws Exception {
        Path crashes = RunningBrowser.sessionDirectories(browser.pid()).get(0).resolve("crashes");
        if (!Files.isDirectory(crashes)) return List.of();
        try (Stream<Path> files = Files.list(crashes)) {
            return files.collect(Collectors.toList());
        }
    }

    @ParameterizedTest(name = "{0} leaves a report of {1}")
    @CsvSource({
        "about:crash, renderer-main: java.lang.IllegalStateException, exit code 4",
        "about:memory-exhaust, renderer-main: java.lang.OutOfMemoryError, out of memory",
        "about:stackoverflow, renderer-main: java.lang.StackOverflowError, exit code 4",
    })
    void aRendererThatDiesOfAnErrorLeavesAReport(String page, String summary, String exit) throws Exception {
        Assumptions.assumeFalse(RunningBrowser.childrenInProcess(), "a renderer thread's fatal error ends the browser");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            browser.navigate(1, page);
            assertTrue(RunningBrowser.eventually(60, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED),
                    page + ": " + browser.tabs().get(0));

            TabInfo crashed = browser.tabs().get(0);
            assertTrue(crashed.getCrashReason().startsWith(summary), "the thread and the error: " + crashed.getCrashReason());
            assertTrue(crashed.getCrashReason().contains(exit), "and how it exited: " + crashed.getCrashReason());
            List<Path> filed = reports(browser);
            assertEquals(1, filed.size(), "one report filed: " + filed);
            // The navigation may have moved the tab to a new renderer, so the name carries the pid of the
            // process that died: a renderer of this browser that is gone now.
            Matcher name = Pattern.compile("renderer-\\d+-(\\d+)\\.txt")
                    .matcher(filed.get(0).getFileName().toString());
            assertTrue(name.matches(), "named for the process type and pid: " + filed);
            long died = Long.parseLong(name.group(1));
            assertNotEquals(browser.pid(), died, "the renderer's pid, not the browser's");
            assertTrue(ProcessHandle.of(died).map(h -> !h.isAlive()).orElse(true), "that renderer is gone: " + died);
            String report = Files.readString(filed.get(0));
            assertTrue(report.contains("thread: renderer-main"), report);
            assertTrue(report.contains("exception: " + summary.substring("renderer-main: ".length())), report);
            assertTrue(report.contains("at minibrowser.renderer.MainThread"), "the top frames: " + report);
            assertTrue(report.matches("(?s).*heap: \\d+ MB used of \\d+ MB.*"), report);
            assertTrue(browser.isAlive());
        }
    }

    @Test
    void aRendererKilledBySigkillLeavesNoneAndThePageSaysSo() throws Exception {
        Assumptions.assumeFalse(RunningBrowser.childrenInProcess(), "a renderer thread has no process to kill");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            RunningBrowser.kill("KILL", browser.tabs().get(0).getRendererPid());
            assertTrue(RunningBrowser.eventually(30, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED));
            String reason = browser.tabs().get(0).getCrashReason();
            assertTrue(reason.startsWith("killed by signal 9 (SIGKILL); no crash report"), reason);
            assertEquals(List.of(), reports(browser), "no report filed");
        }
    }

    @Test
    void theCrashedTabShowsTheReportAndAboutCrashesListsIt() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        Assumptions.assumeFalse(RunningBrowser.childrenInProcess(), "a renderer thread's fatal error ends the browser");
        try (TestServer server = new TestServer();
             TmuxTerminal terminal = TmuxTerminal.startShowing("minibrowser-crash-report-it", 120, 40,
                     RunningBrowser.browserCommand(server.simplePage("/a", "Alpha")), "Some text on the page called Alpha")) {
            terminal.keys("g");
            terminal.type("about:memory-exhaust");
            terminal.keys("Enter");
            assertTrue(terminal.shows("What happened: renderer-main: java.lang.OutOfMemoryError", 60), terminal.screen());
            assertTrue(terminal.shows("Crash report:", 5), terminal.screen());
            assertTrue(terminal.screen().contains("/crashes/renderer-"), terminal.screen());

            terminal.keys("g");
            terminal.type("about:crashes");
            terminal.keys("Enter");
            assertTrue(terminal.shows("Crash reports", 60), terminal.screen());
            assertTrue(terminal.shows("renderer-main: java.lang.OutOfMemoryError", 10), terminal.screen());
            assertTrue(terminal.screen().contains("MainThread.exhaustMemory"), "its frames: " + terminal.screen());
            terminal.keys("q");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits");
        }
    }
}
