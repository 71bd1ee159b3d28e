package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three tabs: three renderer processes, one gpu, one plugin, all direct children of the browser. */
class MultiProcessIT {
    @TempDir Path work;

    @Test
    void threeTabsAreThreeRendererProcessesWithNamedThreads() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"),
                     server.simplePage("/b", "Beta"), server.pluginPage("/c"))) {
            browser.waitForAllTabs();
            List<TabInfo> tabs = browser.tabs();
            assertEquals(3, tabs.size());
            Set<Long> rendererPids = new HashSet<>();
            for (TabInfo tab : tabs) {
                assertEquals("ready", tab.getState(), tab.toString());
                rendererPids.add(tab.getRendererPid());
            }
            assertEquals(3, rendererPids.size(), "one renderer process per tab");
            assertEquals("Alpha", tabs.get(0).getTitle());

            List<ProcessInfo> renderers = browser.processes("renderer");
            assertEquals(3, renderers.size());
            assertEquals(1, browser.processes("gpu").size());
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            assertEquals(1, browser.processes("browser").size());
            for (ProcessInfo renderer : renderers) {
                assertTrue(renderer.getRssKb() > 0);
                List<String> threads = renderer.getThreadsList();
                for (String role : List.of("renderer-main", "renderer-compositor", "renderer-raster-1", "renderer-worker")) {
                    assertTrue(threads.contains(role), role + " missing from " + threads);
                }
            }
            // The kernel agrees: each child is a direct child of the browser process.
            List<Long> children = RunningBrowser.childrenOf(browser.process.pid());
            for (ProcessInfo p : browser.processes()) {
                if (!p.getType().equals("browser")) assertTrue(children.contains(p.getPid()), p.getType() + " not a direct child");
            }
            assertTrue(children.containsAll(rendererPids));
            assertNotEquals(0, tabs.get(2).getRendererPid());
        }
    }
}
