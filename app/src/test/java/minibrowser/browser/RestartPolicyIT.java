package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * The restart policy ({@link minibrowser.browser.children.CrashHistory}) with real
 * kills: a tab that crashes again quickly says so, the gpu process is replaced and,
 * after three quick crashes, composited in the browser process, and a dead plugin
 * process is replaced by the next page that embeds a plugin. With children as
 * threads (single-process) a kill -9 ends the browser, which CrashIsolationIT shows.
 */
class RestartPolicyIT {
    @TempDir Path work;

    /** Kills the tab's renderer and waits until the browser shows the crash. */
    private static TabInfo killRenderer(RunningBrowser browser) throws Exception {
        long pid = browser.tabs().get(0).getRendererPid();
        RunningBrowser.kill("KILL", pid);
        assertTrue(RunningBrowser.eventually(10, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED));
        return browser.tabs().get(0);
    }

    @Test
    void aTabThatCrashesAgainQuicklySaysSoAndAReloadStillBringsItBack() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a kill -9 of a renderer thread is a kill of the browser");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            int tab = browser.tabs().get(0).getId();

            TabInfo first = killRenderer(browser);
            assertEquals(1, first.getCrashesRecent());
            assertEquals("", first.getCrashStreak(), "one crash is just a crash");

            for (int crash = 2; crash <= 5; crash++) {
                // The user reloads (a new renderer, usually the spare one) and it is killed at once.
                browser.control().reload(ReloadRequest.newBuilder().setTab(tab).build());
                assertEquals(TAB_STATE_READY, browser.waitForLoad(tab).getState());
                TabInfo crashed = killRenderer(browser);
                assertEquals(crash, crashed.getCrashesRecent(), "crash " + crash + " came within 10 s of the last");
                assertTrue(crashed.getCrashStreak().contains("crashed again within 10 s"), crashed.getCrashStreak());
                assertTrue(crashed.getCrashReason().contains("SIGKILL"), "the reason is unchanged");
            }
            TabInfo gaveUp = browser.tabs().get(0);
            assertTrue(gaveUp.getCrashStreak().contains("not restarted by itself"), gaveUp.getCrashStreak());

            // Nothing restarts it by itself: it stays crashed, with no renderer...
            Thread.sleep(2_000);
            assertEquals(TAB_STATE_CRASHED, browser.tabs().get(0).getState());
            assertEquals(0, browser.tabs().get(0).getRendererPid());
            // ...but a user's explicit reload always works.
            browser.control().reload(ReloadRequest.newBuilder().setTab(tab).build());
            TabInfo back = browser.waitForLoad(tab);
            assertEquals(TAB_STATE_READY, back.getState());
            assertEquals("Alpha", back.getTitle());
            assertEquals("", back.getCrashStreak(), "a tab that is not crashed shows no streak");
        }
    }

    @Test
    void afterThreeQuickGpuCrashesTheBrowserCompositesByItself() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "the gpu is already threads of the browser");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            long browserPid = browser.process.pid();
            for (int crash = 1; crash <= 3; crash++) {
                ProcessInfo gpu = browser.processes("gpu").get(0);
                assertFalse(gpu.getInProcess(), "crash " + crash + ": still a process of its own");
                RunningBrowser.kill("KILL", gpu.getPid());
                // (The new gpu may be killed before it is ready: that counts as a crash as well.)
                assertTrue(RunningBrowser.eventually(60, () -> {
                    List<ProcessInfo> now = browser.processes("gpu");
                    return now.size() == 1 && now.get(0).getPid() != gpu.getPid();
                }), "a new gpu after crash " + crash);
            }
            ProcessInfo fallback = browser.processes("gpu").get(0);
            assertTrue(fallback.getInProcess(), "the gpu's code now runs in the browser process");
            assertEquals(browserPid, fallback.getPid());
            assertTrue(fallback.getThreadsList().stream().anyMatch(t -> t.startsWith("gpu")), fallback.getThreadsList().toString());

            // The page is still drawn, and a new renderer still reaches the gpu (over its socket).
            assertTrue(screenshotHasText(browser, 1, work.resolve("fallback.png")), "the page after the fallback");
            browser.control().navigate(NavigateRequest.newBuilder().setTab(1)
                    .setUrl(server.simplePageOnOtherSite("/b", "Beta")).build());
            assertEquals("Beta", browser.waitForLoad(1).getTitle());
            assertTrue(screenshotHasText(browser, 1, work.resolve("fallback-b.png")), "a page loaded after the fallback");
            assertTrue(browser.process.isAlive());
        }
    }

    @Test
    void theNextPageThatEmbedsAPluginStartsANewPluginProcess() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a kill -9 of the plugin thread is a kill of the browser");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            long first = browser.processes("plugin").get(0).getPid();
            RunningBrowser.kill("KILL", first);
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").isEmpty()));

            browser.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl(server.pluginPage("/p2")).build());
            assertEquals(TAB_STATE_READY, browser.waitForLoad(1).getState());
            assertTrue(RunningBrowser.eventually(20, () -> browser.processes("plugin").size() == 1), "a new plugin process");
            assertTrue(browser.processes("plugin").get(0).getPid() != first);
            Path shot = work.resolve("plugin-again.png");
            assertTrue(RunningBrowser.eventually(20, () -> {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(shot.toString()).build());
                return Screenshots.hasChartBars(shot);
            }), "the new plugin process draws the chart");
        }
    }

    private static boolean screenshotHasText(RunningBrowser browser, int tab, Path shot) throws InterruptedException {
        return RunningBrowser.eventually(20, () -> {
            try {
                browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(shot.toString()).build());
                return Files.size(shot) > 0 && Screenshots.hasDarkPixels(shot);
            } catch (Exception notYet) {
                return false;
            }
        });
    }
}
