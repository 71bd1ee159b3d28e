package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/** Tabs and history through the control API. */
class NavigationIT {
    @TempDir Path work;

    @Test
    void backAndForwardWalkTheHistoryInTheSameRenderer() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/one", "One"))) {
            TabInfo first = browser.waitForLoad(1);
            browser.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl(server.simplePage("/two", "Two")).build());
            TabInfo second = browser.waitForLoad(1);
            assertEquals("Two", second.getTitle());
            assertTrue(second.getCanGoBack());
            assertEquals(first.getRendererPid(), second.getRendererPid());

            browser.control().goBack(TabRequest.newBuilder().setTab(1).build());
            TabInfo back = browser.waitForLoad(1);
            assertEquals("One", back.getTitle());
            assertTrue(back.getCanGoForward());

            browser.control().goForward(TabRequest.newBuilder().setTab(1).build());
            assertEquals("Two", browser.waitForLoad(1).getTitle());
        }
    }

    @Test
    void openAndCloseTabsAndShowErrorPages() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, "about:home")) {
            assertEquals("minibrowser home", browser.waitForLoad(1).getTitle());
            TabInfo opened = browser.control().openTab(OpenTabRequest.newBuilder().setUrl(server.url("/missing")).build());
            TabInfo missing = browser.waitForLoad(opened.getId());
            assertEquals(TAB_STATE_READY, missing.getState(), "an error page is a page");
            assertTrue(missing.getTitle().startsWith("Cannot open"), missing.getTitle());

            long pid = missing.getRendererPid();
            browser.control().closeTab(CloseTabRequest.newBuilder().setTab(opened.getId()).build());
            assertEquals(1, browser.tabs().size());
            assertTrue(RunningBrowser.eventually(5, () -> browser.processes("renderer").stream()
                    .noneMatch(r -> r.getTabsList().contains(opened.getId()))), "closing a tab ends its renderer");
            if (!RunningBrowser.childrenInProcess()) {
                assertTrue(RunningBrowser.eventually(5, () -> ProcessHandle.of(pid).isEmpty()), "and its process");
            }
            assertFalse(browser.tabs().get(0).getState() == TAB_STATE_CRASHED);
        }
    }
}
