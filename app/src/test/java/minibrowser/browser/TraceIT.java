package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * {@code --trace=FILE} on a session a person has: three tabs in the terminal browser, each
 * looked at, one tab's renderer killed with SIGKILL and the tab reloaded, a scroll, then q. The file must
 * open in a viewer (the format's rules, {@link TraceRules}) and show the architecture:
 * every process named and labelled, each renderer's stages, each tab's frames handed from
 * its renderer's compositor to the gpu, gRPC calls joined by flow arrows, the child's exit
 * and restart. In the single-process model the same, the flows joining threads.
 */
class TraceIT {
    @TempDir Path work;

    @Test
    void aTerminalSessionWithACrashAndAReloadMakesAFileAViewerOpens() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        boolean inProcess = RunningBrowser.childrenInProcess();
        Path trace = work.resolve("session.json");
        try (TestServer server = new TestServer()) {
            String tall = server.page("/tall", "<title>Tall</title>" + "<p>A line of the tall page.</p>".repeat(200));
            List<String> command = RunningBrowser.browserCommand("--trace=" + trace,
                    server.simplePage("/one", "PageOne"), server.simplePageOnOtherSite("/two", "PageTwo"), tall);
            try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-trace-it", 100, 30, command)) {
                assertTrue(terminal.shows("A line of the tall page.", 60), terminal.screen());
                terminal.keys("[");
                assertTrue(terminal.shows("Some text on the page called PageTwo", 20), terminal.screen());
                if (!inProcess) { // a renderer thread cannot be killed alone; CrashIsolationIT covers that model
                    String pid = terminal.lineWith("renderer pid").replaceAll(".*renderer pid (\\d+).*", "$1");
                    RunningBrowser.kill("KILL", Long.parseLong(pid));
                    assertTrue(terminal.shows("SIGKILL", 10), terminal.screen());
                    terminal.keys("r");
                    assertTrue(terminal.shows("Some text on the page called PageTwo", 30), terminal.screen());
                }
                terminal.keys("[");
                assertTrue(terminal.shows("Some text on the page called PageOne", 20), terminal.screen());
                terminal.keys("]", "]");
                assertTrue(terminal.shows("A line of the tall page.", 10), terminal.screen());
                terminal.keys("PageDown", "PageDown");
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(30, () -> !terminal.alive()), "q quits: " + terminal.screen());
            }
        }
        assertTrue(Files.size(trace) > 0, "the trace is written at quit");

        TraceRules file = TraceRules.read(trace);
        file.holdsTheFormatRules(!inProcess);
        if (inProcess) checkSingleProcess(file);
        else checkEveryProcess(file);
        // Memory counters, and the gRPC calls named with their bytes on both sides.
        assertTrue(file.events.stream().anyMatch(e -> e.ph().equals("C") && e.name().equals("memory")
                && e.raw().getAsJsonObject("args").has("heap MB")), "memory counters");
        assertTrue(file.events.stream().anyMatch(e -> e.name().startsWith("call ") && e.arg("method") != null
                && e.arg("bytes") != null), "the caller's side of a call");
        assertTrue(file.events.stream().anyMatch(e -> e.name().equals("Renderer.CommitNavigation")
                && e.arg("bytes") != null && Long.parseLong(e.arg("bytes")) > 0), "the callee's side, with the page's bytes");
        assertTrue(file.events.stream().anyMatch(e -> e.name().equals("navigation started")), "navigations");
        assertTrue(file.events.stream().anyMatch(e -> e.name().equals("fetch") && e.arg("url").endsWith("/tall")), "fetches");
        assertTrue(file.events.stream().anyMatch(e -> e.name().equals("child started")), "child starts");
    }

    /** {@code ctl trace start} and {@code ctl trace stop FILE}: a window of a running browser, every process in it. */
    @Test
    void ctlRecordsAWindowOfARunningBrowser() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForLoad(1);
            Path trace = work.resolve("window.json");
            assertEquals(1, ctl(browser, "trace", "stop", trace.toString()).exit(), "nothing records yet");
            assertEquals(0, ctl(browser, "trace", "start").exit());
            assertEquals(1, ctl(browser, "trace", "start").exit(), "one recording at a time");
            assertEquals(0, ctl(browser, "open", server.simplePage("/b", "Beta")).exit());
            assertEquals(0, ctl(browser, "wait", "2").exit());
            CtlRun stopped = ctl(browser, "trace", "stop", "--json", trace.toString());
            assertEquals(0, stopped.exit(), stopped.out());
            assertTrue(stopped.out().matches("\\{\"path\":\"[^\"]+\",\"events\":\\d+,\"dropped\":0,\"processes\":\\d+\\}"),
                    stopped.out());
        TraceRules file = TraceRules.read(trace);
            boolean inProcess = RunningBrowser.childrenInProcess();
            file.holdsTheFormatRules(!inProcess);
            // The tab opened in the window: its renderer's stages, and a frame of tab 2 reaching the gpu.
            assertTrue(file.events.stream().anyMatch(e -> e.name().equals("layout")), "a layout in the window");
            assertEquals(Set.of("2"), tabsWithFrames(file, "renderer-compositor", "gpu-display").stream()
                    .filter("2"::equals).collect(java.util.stream.Collectors.toSet()), "tab 2's frames");
            if (!inProcess) {
                assertTrue(file.processNames.size() >= 3, "browser, gpu and renderers: " + file.processNames);
            }
            assertEquals(1, ctl(browser, "trace", "stop", trace.toString()).exit(), "stopped already");
        }
    }

    private static CtlRun ctl(RunningBrowser browser, String... args) throws Exception {
        return CtlRun.run(browser, args);
    }

    /** Per-tab or per-site: each tab's renderer is a process of its own, labelled with its tabs. */
    private static void checkEveryProcess(TraceRules file) {
        Set<Long> browsers = file.pidsNamed("browser");
        Set<Long> gpus = file.pidsNamed("gpu");
        assertEquals(1, browsers.size(), file.processNames.toString());
        assertEquals(1, gpus.size(), file.processNames.toString());
        Set<Integer> tabsSeen = new HashSet<>();
        for (long renderer : file.pidsNamed("renderer")) {
            String label = file.processLabels.getOrDefault(renderer, "");
            if (!label.startsWith("renderer for tab")) continue; // the spare renderer has drawn nothing yet
            for (String tab : label.replaceAll("renderer for tabs? ", "").split(", ")) tabsSeen.add(Integer.parseInt(tab));
            for (String stage : List.of("parse", "style", "layout", "paint", "raster tile", "commit", "compositor frame")) {
                assertTrue(file.count(renderer, stage) > 0, label + " (pid " + renderer + ") shows " + stage);
            }
            assertTrue(file.flowOuts.entrySet().stream().anyMatch(flow -> flow.getValue().pid() == renderer
                    && file.threadOf(flow.getValue()).equals("renderer-compositor")
                    && gpus.contains(file.flowIns.get(flow.getKey()).pid())
                    && file.flowIns.get(flow.getKey()).name().equals("frame arrived")),
                    label + ": a frame handed from its compositor to the gpu");
        }
        assertEquals(Set.of(1, 2, 3), tabsSeen, "every tab's renderer is in the trace: " + file.processLabels);
        assertEquals(Set.of("1", "2", "3"), tabsWithFrames(file, "renderer-compositor", "gpu-display"),
                "each tab's frames go from its renderer's compositor to the gpu's display thread");
        long gpu = gpus.iterator().next();
        assertTrue(file.count(gpu, "composite") > 0 && file.count(gpu, "present") > 0, "the gpu composites and presents");
        List<TraceRules.Event> exits = new ArrayList<>();
        for (TraceRules.Event e : file.events) if (e.name().equals("child exited")) exits.add(e);
        assertTrue(exits.stream().anyMatch(e -> e.arg("cause").contains("SIGKILL")), "the killed renderer's exit, with its cause: " + exits);
        assertTrue(file.events.stream().anyMatch(e -> e.name().equals("tab's renderer restarted") && e.arg("tab").equals("2")),
                "the reload gave tab 2 a new renderer");
        assertFalse(file.events.stream().anyMatch(e -> e.name().equals("frame arrived") && !gpus.contains(e.pid())));
    }

    /** The tabs whose frames an arrow joins from a thread named {@code from} to the gpu's "frame arrived" on {@code to}. */
    private static Set<String> tabsWithFrames(TraceRules file, String from, String to) {
        Set<String> tabs = new HashSet<>();
        file.flowOuts.forEach((id, start) -> {
            TraceRules.Event end = file.flowIns.get(id);
            if (file.threadOf(start).equals(from) && file.threadOf(end).equals(to) && end.name().equals("frame arrived")) {
                tabs.add(end.arg("tab"));
            }
        });
        return tabs;
    }

    /** Single-process: one process, the children its threads; the frame path joins renderer and gpu threads. */
    private static void checkSingleProcess(TraceRules file) {
        assertEquals(1, file.processNames.size(), file.processNames.toString());
        long pid = file.processNames.keySet().iterator().next();
        for (String stage : List.of("parse", "style", "layout", "paint", "raster tile", "commit", "compositor frame", "composite")) {
            assertTrue(file.count(pid, stage) > 0, "the trace shows " + stage);
        }
        assertEquals(Set.of("1", "2", "3"), tabsWithFrames(file, "renderer-compositor", "gpu-display"),
                "each tab's frames go from a renderer's compositor thread to gpu-display");
    }

}
