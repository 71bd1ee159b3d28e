package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * Three tabs, two of them of one site: how many renderers, and where they run,
 * under the process model of this run ({@link RunningBrowser#processModel()}).
 * <pre>
 *   per-tab         three renderer processes
 *   per-site        two renderer processes (the two 127.0.0.1 tabs share one)
 *   single-process  three renderers, as threads of the browser process
 * </pre>
 */
class MultiProcessIT {
    @TempDir Path work;

    @Test
    void tabsGetRenderersAsTheProcessModelSaysWithNamedThreads() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"),
                     server.simplePage("/b", "Beta"), server.pluginPage("/c").replace("://127.0.0.1:", "://localhost:"))) {
            browser.waitForAllTabs();
            List<TabInfo> tabs = browser.tabs();
            assertEquals(3, tabs.size());
            for (TabInfo tab : tabs) assertEquals(TAB_STATE_READY, tab.getState(), tab.toString());
            assertEquals("Alpha", tabs.get(0).getTitle());
            String model = RunningBrowser.processModel();
            assertEquals(model, browser.control().listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessModel());

            List<ProcessInfo> renderers = browser.renderersWithTabs();
            assertEquals(model.equals("per-site") ? 2 : 3, renderers.size(), renderers.toString());
            if (model.equals("per-site")) {
                assertEquals(tabs.get(0).getRendererPid(), tabs.get(1).getRendererPid(), "one site, one renderer");
            }
            assertEquals(1, browser.processes("gpu").size());
            assertTrue(RunningBrowser.eventually(10, () -> browser.processes("plugin").size() == 1));
            assertEquals(1, browser.processes("browser").size());
            for (ProcessInfo renderer : renderers) {
                List<String> threads = renderer.getThreadsList();
                for (String role : List.of("renderer-main", "renderer-compositor", "renderer-raster-1", "renderer-images")) {
                    assertTrue(threads.contains(role), role + " missing from " + threads);
                }
            }

            long browserPid = browser.process.pid();
            List<Long> children = RunningBrowser.descendantsOf(browserPid);
            for (ProcessInfo p : browser.processes()) {
                if (p.getType().equals("browser")) continue;
                if (RunningBrowser.childrenInProcess()) {
                    // Threads of the browser: its pid, its memory, no process of their own.
                    assertTrue(p.getInProcess(), p.toString());
                    assertEquals(browserPid, p.getPid(), p.getType());
                } else {
                    // The kernel agrees: each child is a process below the browser's. Not always
                    // a direct child: a sandboxed one is bwrap's grandchild (RunningBrowser.descendantsOf).
                    assertTrue(children.contains(p.getPid()), p.getType() + " not a descendant of the browser");
                    assertTrue(p.getPssKb() > 0, p.toString());
                }
            }
            Set<Long> rendererPids = new HashSet<>();
            tabs.forEach(t -> rendererPids.add(t.getRendererPid()));
            if (RunningBrowser.childrenInProcess()) {
                assertEquals(Set.of(browserPid), rendererPids);
                assertTrue(children.isEmpty(), "no child processes at all: " + children);
            } else {
                assertEquals(renderers.size(), rendererPids.size());
                assertTrue(children.containsAll(rendererPids));
            }
        }
    }
}
