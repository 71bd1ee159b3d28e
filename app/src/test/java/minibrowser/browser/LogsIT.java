package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import minibrowser.tools.harness.RunningBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./minibrowser logs}, a process of its own that the browser did not start, follows a
 * running browser's named pipe: it shows a line from each process type (browser, renderer,
 * gpu, plugin), each tagged with the pid the task manager gives that process, and it ends
 * when the browser does. In single-process every line is the browser's.
 */
class LogsIT {
    @TempDir Path work;

    @Test
    void logsShowsALineFromEveryProcessOfARunningBrowser() throws Exception {
        Process logs = null;
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.pluginPage("/p"))) {
            browser.waitForAllTabs();
            boolean threads = RunningBrowser.childrenInProcess();
            assertTrue(RunningBrowser.eventually(20, () -> browser.processes("plugin").size() == 1));

            logs = new ProcessBuilder(RunningBrowser.javaCommand("logs", "--pid=" + browser.pid()))
                    .redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Process follower = logs;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(follower.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
                } catch (java.io.IOException ended) {
                    // the follower is gone
                }
            }, "logs-it-reader");
            reader.start();

            for (String type : List.of("renderer", "gpu", "plugin")) {
                List<String> tags = threads ? List.of("browser " + browser.pid() + " ")
                        : browser.processes(type).stream().map(p -> type + " " + p.getPid() + " ").toList();
                assertTrue(RunningBrowser.eventually(30, () -> lines.stream().anyMatch(l -> l.contains(type + " ready")
                        && tags.stream().anyMatch(l::startsWith))), type + "'s ready line, tagged " + tags + ": " + lines);
            }
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("browser " + browser.pid() + " INFO: browser started")),
                    "the browser's own line: " + lines);

            assertTrue(browser.quit(20), "the browser quits");
            assertTrue(logs.waitFor(10, TimeUnit.SECONDS), "logs ends with the browser");
            reader.join(5000);
            assertEquals(0, logs.exitValue(), String.join("\n", lines));
            assertTrue(lines.get(lines.size() - 1).contains("closed its end of the pipe"), lines.toString());
        } finally {
            if (logs != null) logs.destroyForcibly();
        }
    }

    @Test
    void withoutARunningBrowserItSaysSo() throws Exception {
        Process logs = new ProcessBuilder(RunningBrowser.javaCommand("logs", "--pid=1"))
                .redirectErrorStream(true).start();
        try {
            assertTrue(logs.waitFor(30, TimeUnit.SECONDS));
            String said = new String(logs.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, logs.exitValue(), said);
            assertTrue(said.contains("logs: no running browser with pid 1"), said);
        } finally {
            logs.destroyForcibly();
        }
    }
}
