package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.browser.hostile.HostileRenderers;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A compromised renderer that stays within every limit the browser grants (the largest
 * frame buffer, the largest frames that fit in it, screenshots of them, on a dozen tabs)
 * cannot take the gpu down: what the gpu cannot hold is refused, and the gpu keeps its
 * pid and the other tabs their pictures. A frame whose offset would wrap around is
 * refused; buffers the browser replaced are unmapped in the gpu.
 */
class GpuLimitsIT {
    private static final Pattern BUFFER_ID = Pattern.compile("buffer_id: (\\d+)");

    @TempDir Path work;
    private HostileRenderers hostile;

    @BeforeEach
    void onlyWhereRenderersAreProcesses() throws Exception {
        PuppetBrowser.assumeOneModelWithRendererProcesses();
        hostile = HostileRenderers.in(work.resolve("hostile"));
    }

    /** Two bystanders and the puppet fill a limit of 3: later tabs of the puppet's site share it. */
    private RunningBrowser start(TestServer server) throws Exception {
        return PuppetBrowser.start(work, hostile, server, "--renderer-process-limit=3");
    }

    private byte[] screenshot(RunningBrowser browser, int tab) throws Exception {
        Path shot = work.resolve("shot-" + tab + ".png");
        browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(shot.toString()).build());
        return Files.readAllBytes(shot);
    }

    /** The tabs the puppet draws: the first opens it, the rest share it (same site, limit reached). */
    private List<Integer> puppetTabs(RunningBrowser browser, int count) throws Exception {
        String site = "http://127.0.0.9:1"; // nothing answers there; the puppet draws anything
        List<Integer> tabs = new ArrayList<>();
        hostile.puppetNext();
        for (int i = 0; i < count; i++) {
            TabInfo tab = browser.waitForLoad(browser.control().openTab(OpenTabRequest.newBuilder()
                    .setUrl(site + "/" + i).build()).getId());
            assertEquals("puppet", tab.getTitle(), tab.toString());
            tabs.add(tab.getId());
        }
        hostile.realNext();
        return tabs;
    }

    private int bufferId(Optional<String> answer) {
        Matcher id = BUFFER_ID.matcher(answer.orElse(""));
        assertTrue(id.find(), "a frame buffer: " + answer);
        return Integer.parseInt(id.group(1));
    }

    @Test
    void theLargestFramesTheBrowserGrantsOnManyTabsDoNotTakeTheGpuDown() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = start(server)) {
            long gpu = browser.processes("gpu").get(0).getPid();
            byte[] alpha = screenshot(browser, 1);
            List<Integer> tabs = puppetTabs(browser, 12);
            long puppet = browser.tabs().stream().filter(t -> t.getId() == tabs.get(0)).findFirst().orElseThrow()
                    .getRendererPid();
            // The largest cells frame that fits the largest buffer, 16,384 cells wide.
            long bytes = FrameBufferGrant.MAX_BYTES;
            int width = 16_384;
            int height = (int) Math.min(16_384, bytes / 12 / width);
            List<String> answers = new ArrayList<>();
            for (int tab : tabs) {
                int buffer = bufferId(hostile.send(tabs.get(0), "frame-buffer " + tab + " " + bytes, 30));
                answers.add(hostile.send(tabs.get(0), "frame " + tab + " " + buffer + " 0 " + width + " " + height + " cells", 30)
                        .orElse("no answer"));
                answers.add(hostile.send(tabs.get(0), "frame " + tab + " " + buffer + " 0 640 480 cells", 30).orElse("no answer"));
                try {
                    screenshot(browser, tab);
                    answers.add("screenshot");
                } catch (io.grpc.StatusRuntimeException refused) {
                    answers.add(refused.getStatus().getCode().toString());
                }
            }
            System.out.println("GpuLimitsIT: " + answers);
            assertEquals(gpu, browser.processes("gpu").get(0).getPid(), "the gpu is the same process: " + answers);
            assertTrue(answers.stream().anyMatch(a -> a.startsWith("RESOURCE_EXHAUSTED")), "what it cannot hold is refused");
            assertTrue(RunningBrowser.isRunning(puppet), "asking within the limits is no crime");
            assertTrue(java.util.Arrays.equals(alpha, screenshot(browser, 1)), "the other tab keeps its picture");

            // An offset that wraps around when its length is added is outside the buffer.
            int buffer = bufferId(hostile.send(tabs.get(0), "frame-buffer " + tabs.get(1) + " 65536", 30));
            Optional<String> wrapped = hostile.send(tabs.get(0), "frame " + tabs.get(1) + " " + buffer + " "
                    + (Long.MAX_VALUE - 8) + " 16 16", 30);
            assertTrue(wrapped.orElse("").startsWith("OUT_OF_RANGE"), "answered " + wrapped);
            assertEquals(gpu, browser.processes("gpu").get(0).getPid());
        }
    }

    @Test
    void buffersTheBrowserReplacedAreUnmappedInTheGpu() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = start(server)) {
            long gpu = browser.processes("gpu").get(0).getPid();
            int tab = puppetTabs(browser, 1).get(0);
            for (int i = 0; i < 200; i++) bufferId(hostile.send(tab, "frame-buffer " + tab + " 65536", 30));
            long mapped = Files.readAllLines(Path.of("/proc", String.valueOf(gpu), "maps")).stream()
                    .filter(line -> line.contains("frames-tab" + tab + "-")).count();
            System.out.println("GpuLimitsIT: the gpu maps " + mapped + " buffers of tab " + tab + " after 200 re-allocations");
            assertTrue(mapped <= 2, "the gpu keeps only the buffers the tab still has: " + mapped);
        }
    }
}
