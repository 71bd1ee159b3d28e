package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * about:badipc: the renderer sends the browser a message no honest renderer sends
 * (a frame buffer of -1 bytes for a tab it does not draw). The browser kills that
 * renderer, records why, and carries on.
 */
class BadMessageIT {
    @TempDir Path work;

    @Test
    void aRendererSendingABadMessageIsKilledWithTheReasonShown() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"),
                     server.simplePageOnOtherSite("/b", "Beta"))) {
            browser.waitForAllTabs();
            TabInfo victim = browser.tabs().get(0);
            long bystanderPid = browser.tabs().get(1).getRendererPid();

            browser.control().navigate(NavigateRequest.newBuilder().setTab(victim.getId()).setUrl("about:badipc").build());
            assertTrue(RunningBrowser.eventually(20, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED),
                    "the renderer that sent it is gone");
            TabInfo crashed = browser.tabs().get(0);
            assertTrue(crashed.getCrashReason().startsWith("killed for a bad message: "), crashed.getCrashReason());
            assertTrue(crashed.getCrashReason().contains("which it does not draw"), crashed.getCrashReason());
            if (!RunningBrowser.childrenInProcess()) {
                assertTrue(RunningBrowser.eventually(5, () -> !RunningBrowser.isRunning(victim.getRendererPid())));
                assertTrue(browser.processes("renderer").stream().noneMatch(p -> p.getPid() == victim.getRendererPid()),
                        "ctl ps no longer lists it");
            }

            // The browser carries on: the other tab is untouched and the victim reloads.
            assertTrue(browser.process.isAlive());
            assertEquals(TAB_STATE_READY, browser.tabs().get(1).getState());
            assertEquals(bystanderPid, browser.tabs().get(1).getRendererPid());
            browser.control().navigate(NavigateRequest.newBuilder().setTab(victim.getId())
                    .setUrl(server.simplePage("/c", "Gamma")).build());
            assertEquals("Gamma", browser.waitForLoad(victim.getId()).getTitle());
            browser.control().reload(ReloadRequest.newBuilder().setTab(victim.getId()).build());
            assertEquals(TAB_STATE_READY, browser.waitForLoad(victim.getId()).getState());
        }
    }
}
