package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import minibrowser.browser.hostile.HostileRenderers;
import minibrowser.common.TabStates;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A renderer taken over by its page ({@code hostile.PuppetRenderer}: the real bootstrap,
 * the real secret and frame-sink tokens, then whatever messages its test chooses),
 * against a real browser, gpu and honest renderers. For each message no honest
 * renderer sends, the browser kills the puppet with the reason in words; for the one
 * an honest renderer sends in a race, it does not. Either way the other tabs keep their
 * renderer, their state and a byte-identical screenshot, and the gpu keeps its pid.
 */
class CompromisedRendererIT {
    @TempDir Path work;
    private HostileRenderers hostile;

    @BeforeEach
    void onlyWhereRenderersAreProcesses() throws Exception {
        PuppetBrowser.assumeOneModelWithRendererProcesses();
        hostile = HostileRenderers.in(work.resolve("hostile"));
    }

    private RunningBrowser start(TestServer server, String... options) throws Exception {
        return PuppetBrowser.start(work, hostile, server, options);
    }

    /** Opens a tab on {@code url} whose renderer is a new puppet; returns the tab once it is ready. */
    private TabInfo puppetTab(RunningBrowser browser, String url) throws Exception {
        hostile.puppetNext();
        TabInfo tab = browser.control().openTab(OpenTabRequest.newBuilder().setUrl(url).build());
        TabInfo ready = browser.waitForLoad(tab.getId());
        hostile.realNext();
        assertEquals("puppet", ready.getTitle(), "the tab is drawn by the puppet: " + ready);
        return ready;
    }

    /** What the bystanders look like: each tab's renderer pid, state and screenshot bytes; the gpu's pid. */
    private Map<String, Object> bystanders(RunningBrowser browser, List<Integer> tabs) throws Exception {
        Map<String, Object> seen = new java.util.TreeMap<>();
        for (int id : tabs) {
            TabInfo tab = browser.tabs().stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
            seen.put("tab " + id + " renderer", tab.getRendererPid());
            seen.put("tab " + id + " state", TabStates.label(tab.getState()));
            Path shot = work.resolve("bystander-" + id + ".png");
            browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(id).setPath(shot.toString()).build());
            seen.put("tab " + id + " screenshot", java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(shot))));
        }
        seen.put("gpu pid", browser.processes("gpu").get(0).getPid());
        return seen;
    }


    @Test
    void everyMessageNoHonestRendererSendsKillsItAndOnlyIt() throws Exception {
        try (TestServer server = new TestServer(); RunningBrowser browser = start(server)) {
            Map<String, Object> before = bystanders(browser, List.of(1, 2));
            String socket = work.resolve("control.sock").toString();
            // Each: what the puppet sends, given its tab id as %d, and words of the reason it is killed for.
            String[][] badMessages = {
                {"fetch 99999 http://127.0.0.1:1/x.png", "fetch for tab 99999, which it does not draw"},
                {"frame-buffer %d -1", "frame buffer of -1 bytes"},
                {"raw-fetch ffffff01", "a FetchSubresource request that does not parse"},
                {"raw-fetch 12040a02c328", "a FetchSubresource request that does not parse (Protocol message had invalid UTF-8"},
                {"report-bad %d", "a renderer called minibrowser.ProcessHost/ReportBadMessage, which only the gpu may call"},
                {"control " + socket, "a renderer called minibrowser.Control/ListTabs, which only a control client may call"},
                {"gpu-threads %d", "a tab's frame sink called minibrowser.ChildProcess/ListThreads, which only the browser may call"},
                {"gpu-screenshot %d", "a tab's frame sink called minibrowser.Gpu/CaptureScreenshot, which only the browser may call"},
                {"plugin-surface %d", "a tab's frame sink called minibrowser.FrameSink/SubmitPluginSurface, which only a plugin instance's frame sink may call"},
                {"raw-frame %d ffffff01", "a SubmitCompositorFrame request that does not parse"},
            };
            // One puppet per bad message, all started at once (a data: URL has no site, so in the
            // per-site model too each tab gets a renderer of its own).
            BadMessages.eachKillsItsPuppet(browser, hostile, "data:text/html,<p>a page that took over its renderer</p>", badMessages);
            assertTrue(browser.process.isAlive());
            assertEquals(before, bystanders(browser, List.of(1, 2)), "the other tabs and the gpu did not notice");
        }
    }

    @Test
    void aMessageForATabDetachedAMomentAgoIsDroppedNotPunished() throws Exception {
        // Two tabs of one site share the puppet (per-site, or past a renderer limit of 3 in per-tab).
        try (TestServer server = new TestServer(); RunningBrowser browser = start(server, "--renderer-process-limit=3")) {
            Map<String, Object> before = bystanders(browser, List.of(1, 2));
            String site = "http://127.0.0.9:1"; // a third site; nothing answers there, the puppet draws anything
            TabInfo kept = puppetTab(browser, site + "/kept");
            TabInfo closed = browser.waitForLoad(browser.control().openTab(OpenTabRequest.newBuilder()
                    .setUrl(site + "/closed").build()).getId());
            assertEquals(kept.getRendererPid(), closed.getRendererPid(), "both tabs share the puppet");
            browser.control().closeTab(CloseTabRequest.newBuilder().setTab(closed.getId()).build());

            // The closed tab's image fetch, sent before the puppet heard of DetachTab: dropped.
            Optional<String> late = hostile.send(kept.getId(), "fetch " + closed.getId() + " " + site + "/late.png", 20);
            assertTrue(late.orElse("").startsWith("FAILED_PRECONDITION dropped: fetch for tab " + closed.getId()
                    + ", which it stopped drawing"), "answered " + late);
            Optional<String> frame = hostile.send(kept.getId(), "frame-buffer " + closed.getId() + " 4096", 20);
            assertTrue(frame.orElse("").startsWith("FAILED_PRECONDITION dropped:"), "answered " + frame);
            Thread.sleep(500);
            TabInfo after = BadMessages.tab(browser, kept.getId());
            assertEquals(TAB_STATE_READY, after.getState(), "the renderer that raced is alive: " + after.getCrashReason());
            assertEquals(kept.getRendererPid(), after.getRendererPid());
            assertTrue(RunningBrowser.isRunning(kept.getRendererPid()));
            assertEquals(before, bystanders(browser, List.of(1, 2)));
        }
    }
}
