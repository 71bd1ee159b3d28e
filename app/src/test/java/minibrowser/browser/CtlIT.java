package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/** {@code ./minibrowser ctl}, run as another program would run it, against a real browser. */
class CtlIT {
    @TempDir Path work;

    private String ctl(RunningBrowser browser, String... args) throws Exception {
        return CtlRun.ok(browser, args);
    }

    private static List<String> objects(String jsonArray) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(jsonArray);
        while (m.find()) found.add(m.group());
        return found;
    }

    @Test
    void everyCommandWorksAndJsonHasTheDocumentedFields() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForLoad(1);
            String tabs = ctl(browser, "tabs", "--json");
            assertTrue(tabs.startsWith("[") && tabs.endsWith("]"), tabs);
            String tab = objects(tabs).get(0);
            assertTrue(tab.contains("\"id\":1,"), tab);
            assertTrue(tab.contains("\"url\":\"" + server.url("/a") + "\""), tab);
            assertTrue(tab.contains("\"title\":\"Alpha\""), tab);
            assertTrue(tab.contains("\"state\":\"ready\""), tab);
            assertTrue(tab.matches(".*\"rendererPid\":\\d+,.*"), tab);

            String ps = ctl(browser, "ps", "--json");
            List<String> processes = objects(ps.replaceAll("\\[([^\\[\\]]*)\\]", "<$1>"));
            assertTrue(processes.stream().anyMatch(p -> p.contains("\"type\":\"browser\"")), ps);
            assertTrue(processes.stream().anyMatch(p -> p.contains("\"type\":\"gpu\"")), ps);
            String renderer = processes.stream().filter(p -> p.contains("\"type\":\"renderer\"")
                    && !p.contains("\"tabs\":<>")).findFirst().orElseThrow(); // not the spare renderer
            assertTrue(renderer.contains("\"processModel\":\"" + RunningBrowser.processModel() + "\""), renderer);
            assertTrue(renderer.matches(".*\"pid\":\\d+,.*") && renderer.matches(".*\"rssKb\":\\d+,.*"), renderer);
            assertTrue(renderer.contains("\"tabs\":<1>"), renderer);
            assertTrue(renderer.contains("\"renderer-compositor\""), renderer);

            String opened = ctl(browser, "open", "--json", server.simplePage("/b", "Beta"));
            assertTrue(opened.contains("\"id\":2,"), opened);
            assertTrue(ctl(browser, "wait", "--json", "2").contains("\"title\":\"Beta\""));
            ctl(browser, "navigate", "2", server.simplePage("/c", "Gamma"));
            assertTrue(ctl(browser, "wait", "--json", "2").contains("\"title\":\"Gamma\""));
            assertTrue(ctl(browser, "back", "--json", "2").contains("\"canGoForward\":true"));
            String clicked = ctl(browser, "click", "--json", "1", "700", "500"); // below Alpha's text: no link there
            assertTrue(clicked.matches("\\{\"link\":\"\",\"answeredMs\":\\d+\\}"), clicked);
            ctl(browser, "reload", "1");
            Path png = work.resolve("tab1.png");
            assertTrue(ctl(browser, "screenshot", "1", png.toString()).endsWith("800x600"));
            assertTrue(Files.size(png) > 0);
            ctl(browser, "close", "2");
            String oneTab = ctl(browser, "tabs", "--json");
            assertEquals(1, objects(oneTab).size(), oneTab);

            // A tab without a renderer says null, not 0. (Single-process: the renderer's pid is
            // the browser's, and killing it would end the test; CrashIsolationIT covers that.)
            if (!RunningBrowser.childrenInProcess()) {
                RunningBrowser.kill("KILL", browser.tabs().get(0).getRendererPid());
                assertTrue(RunningBrowser.eventually(10, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED));
                String crashed = ctl(browser, "tabs", "--json");
                assertTrue(crashed.contains("\"rendererPid\":null") && crashed.contains("\"state\":\"crashed\""), crashed);
            }

            List<Path> sessions = RunningBrowser.sessionDirectories(browser.process.pid());
            List<Long> children = RunningBrowser.descendantsOf(browser.process.pid()); // bwrap's too, when sandboxed
            ctl(browser, "quit");
            assertTrue(browser.process.waitFor(20, TimeUnit.SECONDS), "quit ends the browser");
            assertEquals(0, browser.process.exitValue());
            assertTrue(RunningBrowser.eventually(5, () -> children.stream().noneMatch(RunningBrowser::isRunning)));
            assertFalse(Files.exists(sessions.get(0)), "no socket or shared-memory file left");
        }
    }

    @Test
    void framesTravelThroughSharedMemoryFilesThatDieWithTheBrowser() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"), server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            Path session = RunningBrowser.sessionDirectories(browser.process.pid()).get(0);
            // Each buffer lies in the directory of the child that draws into it (SessionLayout).
            List<String> names;
            try (var files = Files.walk(session)) {
                names = files.map(p -> session.relativize(p).toString()).toList();
            }
            assertTrue(names.stream().filter(n -> n.matches("renderer-\\d+/frames-tab.*\\.shm")).count() >= 2, names.toString());
            assertTrue(names.stream().anyMatch(n -> n.matches("plugin/plugin-\\d+\\.shm")), names.toString());
            RunningBrowser.kill("TERM", browser.process.pid());
            assertTrue(browser.process.waitFor(20, TimeUnit.SECONDS));
            assertTrue(RunningBrowser.eventually(5, () -> !Files.exists(session)), "SIGTERM cleans up");
        }
    }
}
