package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * kill -9 of each kind of child, and what the user sees afterwards. The expected
 * outcome depends on the process model ({@link RunningBrowser#processModel()}):
 * with children in processes of their own (per-tab, per-site) only what the killed
 * process drew is lost; in the single-process model the "child's" pid is the
 * browser's own, so the same kill ends the browser and every tab.
 */
class CrashIsolationIT {
    @TempDir Path work;

    /** Single-process model: a SIGKILL aimed at a child is a SIGKILL of the whole browser. */
    private static void assertWholeBrowserDied(RunningBrowser browser) throws InterruptedException {
        assertTrue(browser.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "the browser died with its threads");
        assertEquals(128 + 9, browser.process.exitValue(), "killed by SIGKILL");
    }

    @Test
    void killedRendererCrashesOnlyItsTabAndReloadStartsANewProcess() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"),
                     server.simplePageOnOtherSite("/b", "Beta"))) {
            browser.waitForAllTabs();
            TabInfo victim = browser.tabs().get(0);
            TabInfo bystander = browser.tabs().get(1);

            RunningBrowser.kill("KILL", victim.getRendererPid());
            if (RunningBrowser.childrenInProcess()) {
                assertWholeBrowserDied(browser);
                return;
            }

            assertTrue(RunningBrowser.eventually(10, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED));
            TabInfo crashed = browser.tabs().get(0);
            assertTrue(crashed.getCrashReason().contains("SIGKILL"), crashed.getCrashReason());
            assertEquals(0, crashed.getRendererPid(), "a crashed tab has no renderer");

            // The other tab carries on: same process, still ready, and it can navigate.
            TabInfo other = browser.tabs().get(1);
            assertEquals(TAB_STATE_READY, other.getState());
            assertEquals(bystander.getRendererPid(), other.getRendererPid());
            browser.control().navigate(NavigateRequest.newBuilder().setTab(other.getId())
                    .setUrl(server.simplePage("/c", "Gamma")).build());
            assertEquals("Gamma", browser.waitForLoad(other.getId()).getTitle());

            // Reload brings the crashed tab back in a new renderer process.
            browser.control().reload(ReloadRequest.newBuilder().setTab(victim.getId()).build());
            TabInfo back = browser.waitForLoad(victim.getId());
            assertEquals(TAB_STATE_READY, back.getState());
            assertNotEquals(victim.getRendererPid(), back.getRendererPid());
            assertTrue(ProcessHandle.of(back.getRendererPid()).isPresent());
        }
    }

    @Test
    void killedGpuProcessIsReplacedAndThePictureComesBack() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            long gpu = browser.processes("gpu").get(0).getPid();
            RunningBrowser.kill("KILL", gpu);
            if (RunningBrowser.childrenInProcess()) {
                assertWholeBrowserDied(browser);
                return;
            }
            assertTrue(RunningBrowser.eventually(20, () -> {
                List<minibrowser.proto.ProcessInfo> now = browser.processes("gpu");
                return now.size() == 1 && now.get(0).getPid() != gpu;
            }));
            Path shot = work.resolve("after-gpu.png");
            assertTrue(RunningBrowser.eventually(20, () -> {
                try {
                    browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(shot.toString()).build());
                    return Files.size(shot) > 0;
                } catch (Exception notYet) {
                    return false;
                }
            }), "screenshot after gpu restart");
            assertTrue(Screenshots.hasDarkPixels(shot), "the page's text is back");
        }
    }

    @Test
    void killedPluginProcessLeavesAPlaceholderAndThePage() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            Path before = work.resolve("before.png");
            assertTrue(RunningBrowser.eventually(10, () -> {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(before.toString()).build());
                return Screenshots.hasChartBars(before);
            }), "the chart plugin's bars are composited into the page");

            RunningBrowser.kill("KILL", browser.processes("plugin").get(0).getPid());
            if (RunningBrowser.childrenInProcess()) {
                assertWholeBrowserDied(browser);
                return;
            }
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").isEmpty()));

            TabInfo tab = browser.tabs().get(0);
            assertEquals(TAB_STATE_READY, tab.getState(), "the page stays");
            Path after = work.resolve("after.png");
            assertTrue(RunningBrowser.eventually(10, () -> {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(after.toString()).build());
                return !Screenshots.hasChartBars(after) && Screenshots.hasPlaceholderGrey(after);
            }), "a placeholder where the plugin was");
        }
    }

    /**
     * A plugin process killed while it starts: the embed that was waiting for it gets a
     * new plugin process, not a placeholder (found by chaos).
     */
    @Test
    void anEmbedWaitingForAPluginThatDiesWhileStartingGetsANewOne() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a plugin thread has no process to kill");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            browser.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl(server.pluginPage("/p")).build());
            // Freeze the plugin process as soon as it exists, long before it is ready; then kill it.
            long[] starting = new long[1];
            assertTrue(RunningBrowser.eventually(30, () -> {
                starting[0] = pluginChild(browser.process.pid());
                return starting[0] != 0;
            }), "a plugin process is started for the embed");
            RunningBrowser.kill("STOP", starting[0]);
            RunningBrowser.kill("KILL", starting[0]);

            Path shot = work.resolve("embed.png");
            assertTrue(RunningBrowser.eventually(60, () -> {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(shot.toString()).build());
                return Screenshots.hasChartBars(shot);
            }), "a new plugin process draws the embed");
            assertTrue(pluginChild(browser.process.pid()) != starting[0]);
        }
    }

    /** The JVM below the browser started with --type=plugin (not the bwrap around it), or 0. */
    private static long pluginChild(long browserPid) {
        for (long pid : RunningBrowser.descendantsOf(browserPid)) {
            try {
                String cmdline = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"));
                if (cmdline.split("\0")[0].endsWith("/java") && cmdline.contains("--type=plugin")) return pid;
            } catch (java.io.IOException gone) {
                // Ended meanwhile.
            }
        }
        return 0;
    }

    @Test
    void killedBrowserTakesEveryChildWithItWithinASecond() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "A"), server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            // Descendants: a sandboxed child is bwrap's grandchild, and bwrap must go too.
            List<Long> children = RunningBrowser.descendantsOf(browser.process.pid());
            if (RunningBrowser.childrenInProcess()) {
                // Nothing outlives the browser because nothing else exists; but nobody is left
                // to remove the session directory either (RunningBrowser.close does).
                assertTrue(children.isEmpty(), "children are threads: " + children);
                RunningBrowser.kill("KILL", browser.process.pid());
                assertWholeBrowserDied(browser);
                return;
            }
            assertTrue(children.size() >= 4, "renderers, gpu and plugin: " + children);
            List<Path> sessions = RunningBrowser.sessionDirectories(browser.process.pid());
            assertEquals(1, sessions.size());

            RunningBrowser.kill("KILL", browser.process.pid());
            long killedAt = System.currentTimeMillis();
            assertTrue(RunningBrowser.eventually(5, () -> children.stream().noneMatch(RunningBrowser::isRunning)));
            long tookMs = System.currentTimeMillis() - killedAt;
            assertTrue(tookMs < 1500, "children exited after " + tookMs + " ms");
            assertTrue(RunningBrowser.eventually(2, () -> !Files.exists(sessions.get(0))),
                    "no socket or shared-memory file outlives the browser");
        }
    }
}
