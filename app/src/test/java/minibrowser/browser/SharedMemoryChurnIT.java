package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A resource released in one process is released in every process that holds it.
 * Tabs are opened and closed a hundred times, half of them with a clock plugin, and
 * one tab navigates between two clock pages; then the gpu's and the plugin's mappings
 * of shared-memory files ({@code /proc/PID/maps}) are back to what the one open tab
 * needs, instead of growing with the churn: no {@code (deleted)} frame buffer stays
 * mapped in the gpu, and the plugin process maps (and so paints) no surface of a
 * destroyed instance. Skipped in the single-process model, where every "process" is
 * the browser's JVM and its maps are one list.
 */
class SharedMemoryChurnIT {
    private static final int CYCLES = 100;
    /** Mappings that may be on their way out when we look (a release still in flight). */
    private static final int SLACK = 2;

    @TempDir Path work;

    /** The session directory's shared-memory files a process maps, as "path" or "path (deleted)". */
    private static List<String> sharedMappings(long pid, String prefix) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "maps")).stream()
                .filter(line -> line.contains("/minibrowser-") && line.contains(".shm"))
                .map(line -> line.substring(line.indexOf('/')))
                .filter(file -> Path.of(file.replace(" (deleted)", "")).getFileName().toString().startsWith(prefix))
                .distinct().collect(Collectors.toList());
    }

    private static long deleted(List<String> mappings) {
        return mappings.stream().filter(m -> m.endsWith("(deleted)")).count();
    }

    private static String clockPage(TestServer server, String path, String label) {
        return server.page(path, "<html><head><title>" + label + "</title></head><body><p>" + label + "</p>"
                + "<embed type=\"application/x-minibrowser-clock\" width=\"160\" height=\"96\" label=\"" + label + "\">"
                + "</body></html>");
    }

    @Test
    void churnLeavesNoSharedMemoryMappedInTheGpuOrThePlugin() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "one process: its maps are everyone's");
        try (TestServer server = new TestServer()) {
            String clockA = clockPage(server, "/clock-a", "clock a");
            String clockB = clockPage(server, "/clock-b", "clock b");
            String plain = server.simplePage("/plain", "plain");
            try (RunningBrowser browser = RunningBrowser.start(work, clockA)) {
                browser.waitForAllTabs();
                int steady = browser.tabs().get(0).getId();
                long gpu = browser.processes("gpu").get(0).getPid();
                assertTrue(RunningBrowser.eventually(20, () -> !browser.processes("plugin").isEmpty()), "a plugin process");
                long plugin = browser.processes("plugin").get(0).getPid();
                assertTrue(RunningBrowser.eventually(20, () -> count(plugin, "plugin-") == 1), "the clock's surface");
                List<String> gpuBefore = sharedMappings(gpu, "");
                System.out.println("before churn: gpu maps " + gpuBefore + "; plugin maps " + sharedMappings(plugin, ""));

                for (int i = 0; i < CYCLES; i++) {
                    boolean withClock = i % 2 == 0;
                    String url = withClock ? clockPage(server, "/clock-" + i, "clock " + i) : plain;
                    int tab = browser.control().openTab(OpenTabRequest.newBuilder().setUrl(url).build()).getId();
                    browser.waitForLoad(tab);
                    // Half the time the clock is up before the tab closes, half the time it is still starting.
                    if (withClock && i % 4 == 0) RunningBrowser.eventually(5, () -> count(plugin, "plugin-") >= 2);
                    browser.control().closeTab(CloseTabRequest.newBuilder().setTab(tab).build());
                    if (i % 10 == 0) {
                        browser.control().navigate(NavigateRequest.newBuilder().setTab(steady)
                                .setUrl(i % 20 == 0 ? clockB : clockA).build());
                        browser.waitForLoad(steady);
                    }
                }
                browser.control().navigate(NavigateRequest.newBuilder().setTab(steady).setUrl(clockA).build());
                browser.waitForLoad(steady);

                assertEquals(plugin, browser.processes("plugin").get(0).getPid(), "the plugin process never died");
                assertEquals(gpu, browser.processes("gpu").get(0).getPid(), "the gpu process never died");
                boolean settled = RunningBrowser.eventually(15, () -> {
                    try {
                        List<String> now = sharedMappings(gpu, "");
                        return deleted(now) == 0 && now.size() <= gpuBefore.size() + 1
                                && count(plugin, "plugin-") <= 1;
                    } catch (IOException gone) {
                        return false;
                    }
                });
                List<String> gpuAfter = sharedMappings(gpu, "");
                List<String> pluginAfter = sharedMappings(plugin, "");
                System.out.println("after " + CYCLES + " tabs: gpu maps " + gpuAfter.size() + " (" + deleted(gpuAfter)
                        + " deleted) " + gpuAfter + "; plugin maps " + pluginAfter.size() + " (" + deleted(pluginAfter)
                        + " deleted) " + pluginAfter + "; settled " + settled);
                assertTrue(deleted(gpuAfter) <= SLACK, "deleted files the gpu still maps: " + gpuAfter);
                assertTrue(gpuAfter.size() <= gpuBefore.size() + SLACK,
                        "the gpu's mappings grew from " + gpuBefore + " to " + gpuAfter);
                assertTrue(pluginAfter.size() <= 1 + SLACK, "plugin surfaces still mapped: " + pluginAfter);
                assertTrue(deleted(pluginAfter) <= 1, "deleted surfaces the plugin still paints: " + pluginAfter);
            }
        }
    }

    private static int count(long pid, String prefix) {
        try {
            return sharedMappings(pid, prefix).size();
        } catch (IOException gone) {
            return -1;
        }
    }
}
