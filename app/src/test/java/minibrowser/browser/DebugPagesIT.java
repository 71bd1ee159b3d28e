package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import minibrowser.tools.harness.RunningBrowser;

/**
 * Chromium's debug pages, opened as a user would (navigating a tab to them), and what
 * the user then sees: which process ended, why, in words, and that everything else
 * carries on. Each page's outcome is asserted for the process model of this run: with
 * renderers as threads of the browser (single-process), a renderer's fatal fault is the
 * browser's.
 */
class DebugPagesIT {
    @TempDir Path work;

    @ParameterizedTest(name = "{0} ends its renderer: {1}")
    @CsvSource({
        "about:crash, a fatal uncaught error",
        "about:kill, exited at once on request",
        "about:memory-exhaust, out of memory",
        "about:badipc, bad message",
    })
    void aRendererDebugPageEndsOnlyThatRendererAndSaysWhy(String page, String cause) throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"),
                     server.simplePageOnOtherSite("/b", "Beta"))) {
            browser.waitForAllTabs();
            TabInfo victim = browser.tabs().get(0);
            TabInfo bystander = browser.tabs().get(1);

            browser.control().navigate(NavigateRequest.newBuilder().setTab(victim.getId()).setUrl(page).build());
            if (RunningBrowser.childrenInProcess() && !page.equals("about:badipc")) {
                // The renderer is threads of the browser: its fatal fault ends the browser.
                assertTrue(browser.process.waitFor(60, TimeUnit.SECONDS), page + " ends the single-process browser");
                return;
            }

            assertTrue(RunningBrowser.eventually(60, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED),
                    page + ": " + browser.tabs().get(0));
            TabInfo crashed = browser.tabs().get(0);
            assertTrue(crashed.getCrashReason().contains(cause), "cause in words: " + crashed.getCrashReason());
            if (!RunningBrowser.childrenInProcess()) {
                assertTrue(RunningBrowser.eventually(10, () -> !ProcessHandle.of(victim.getRendererPid()).isPresent()),
                        "the renderer process is gone");
            }

            // The other tab, its renderer and the browser carry on; reload brings the tab back.
            TabInfo other = browser.tabs().get(1);
            assertEquals(TAB_STATE_READY, other.getState());
            assertEquals(bystander.getRendererPid(), other.getRendererPid());
            browser.control().reload(ReloadRequest.newBuilder().setTab(victim.getId()).build());
            assertTrue(RunningBrowser.eventually(60, () -> browser.waitForLoad(victim.getId()).getState() == TAB_STATE_READY));
            assertTrue(browser.process.isAlive());
        }
    }

    @Test
    void aShortHangMakesTheTabUnresponsiveUntilMainRecovers() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, "--hang-timeout-seconds=3",
                     server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            int tab = browser.tabs().get(0).getId();
            browser.control().navigate(NavigateRequest.newBuilder().setTab(tab).setUrl("about:shorthang").build());
            assertTrue(RunningBrowser.eventually(20, () -> browser.tabs().get(0).getState() == TAB_STATE_UNRESPONSIVE),
                    "main is busy: " + browser.tabs().get(0));
            // about:shorthang keeps main busy for 20 s, then lets it go: the tab answers again by itself.
            assertTrue(RunningBrowser.eventually(60, () -> browser.tabs().get(0).getState() != TAB_STATE_UNRESPONSIVE),
                    "main recovered: " + browser.tabs().get(0));
            assertNotEquals(TAB_STATE_CRASHED, browser.tabs().get(0).getState());
        }
    }

    @Test
    void aHungGpuIsEndedByItsWatchdogAndReplaced() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            if (RunningBrowser.childrenInProcess()) return; // a gpu thread has no process to end (ARCHITECTURE.md)
            long gpu = browser.processes("gpu").get(0).getPid();
            browser.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl("about:gpuhang").build());

            assertTrue(RunningBrowser.eventually(60, () -> !ProcessHandle.of(gpu).isPresent()), "the watchdog ended the gpu");
            assertTrue(RunningBrowser.eventually(30, () -> browser.processes("gpu").size() == 1
                    && browser.processes("gpu").get(0).getPid() != gpu), "a new gpu process");
            Path shot = work.resolve("after-gpuhang.png");
            assertTrue(RunningBrowser.eventually(30, () -> {
                try {
                    browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(1).setPath(shot.toString()).build());
                    return Files.size(shot) > 0 && Screenshots.hasDarkPixels(shot);
                } catch (Exception notYet) {
                    return false;
                }
            }), "the page is drawn again by the new gpu");
            assertEquals(TAB_STATE_READY, browser.tabs().get(0).getState());
        }
    }
}
