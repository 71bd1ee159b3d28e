package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import minibrowser.proto.ReloadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surviving crashes costs nothing: a tab's renderer is killed (kill -9) and the tab
 * reloaded again and again, and the browser process's open file descriptors
 * ({@code /proc/PID/fd}) and threads ({@code /proc/PID/task}) do not grow with the
 * number of crashes. And when the browser is gone, nothing of it is left in /tmp.
 */
class NoLeaksIT {
    private static final int WARM_UP = 3;
    private static final int CRASHES = 15;
    /** Descriptors and threads that come and go on their own (a gRPC call in flight, a pool thread). */
    private static final int SLACK = 8;

    @TempDir Path work;

    private static int count(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return (int) entries.count();
        }
    }

    /** Every process the browser ran, for their JVM perf-data files (/tmp/hsperfdata_USER/PID). */
    private final java.util.Set<Long> pids = new java.util.HashSet<>();

    private void crashAndReload(RunningBrowser browser, int tab) throws Exception {
        browser.processes().forEach(p -> pids.add(p.getPid()));
        long pid = browser.tabs().get(0).getRendererPid();
        RunningBrowser.kill("KILL", pid);
        assertTrue(RunningBrowser.eventually(10, () -> browser.tabs().get(0).getState().equals("crashed")));
        browser.control().reload(ReloadRequest.newBuilder().setTab(tab).build());
        assertEquals("ready", browser.waitForLoad(tab).getState());
    }

    /**
     * What the browser and its children left in /tmp: their JVM perf-data files, and
     * since {@code since} any JDK font copy ("+~JF...tmp") or JLine native library.
     * (The last two carry no pid; other browsers running at the same time could leave them too.)
     */
    private List<Path> leftInTmp(long since) throws IOException {
        List<Path> left = new java.util.ArrayList<>();
        Path perfData = Path.of("/tmp", "hsperfdata_" + System.getProperty("user.name"));
        for (long pid : pids) {
            if (Files.exists(perfData.resolve(String.valueOf(pid)))) left.add(perfData.resolve(String.valueOf(pid)));
        }
        try (Stream<Path> entries = Files.list(Path.of("/tmp"))) {
            entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("+~JF") || name.contains("jlinenative");
            }).filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toMillis() >= since;
                } catch (IOException gone) {
                    return false;
                }
            }).forEach(left::add);
        }
        return left;
    }

    @Test
    void descriptorsAndThreadsDoNotGrowWithCrashesAndNothingOutlivesTheBrowser() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a kill -9 of a renderer thread is a kill of the browser");
        long started = System.currentTimeMillis() - 1_000;
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            int tab = browser.tabs().get(0).getId();
            Path proc = Path.of("/proc", String.valueOf(browser.process.pid()));

            for (int i = 0; i < WARM_UP; i++) crashAndReload(browser, tab);
            int fdsBefore = count(proc.resolve("fd"));
            int threadsBefore = count(proc.resolve("task"));
            for (int i = WARM_UP; i < CRASHES; i++) crashAndReload(browser, tab);
            // Let the last crash's cleanup (channels shut down, exit watchers) finish.
            RunningBrowser.eventually(5, () -> {
                try {
                    return count(proc.resolve("fd")) <= fdsBefore + SLACK;
                } catch (IOException e) {
                    return false;
                }
            });
            int fdsAfter = count(proc.resolve("fd"));
            int threadsAfter = count(proc.resolve("task"));
            System.out.printf("NoLeaksIT: after %d crashes: fds %d, threads %d; after %d: fds %d, threads %d%n",
                    WARM_UP, fdsBefore, threadsBefore, CRASHES, fdsAfter, threadsAfter);
            assertTrue(fdsAfter <= fdsBefore + SLACK, "fds grew from " + fdsBefore + " to " + fdsAfter);
            assertTrue(threadsAfter <= threadsBefore + SLACK, "threads grew from " + threadsBefore + " to " + threadsAfter);

            pids.add(browser.process.pid());
            browser.processes().forEach(p -> pids.add(p.getPid()));
            List<Path> sessions = Screenshots.sessionDirectories(browser.process.pid());
            RunningBrowser.kill("KILL", browser.process.pid());
            assertTrue(browser.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(RunningBrowser.eventually(5, () -> sessions.stream().noneMatch(Files::exists)),
                    "the session directory is gone");
        }
        assertEquals(List.of(), leftInTmp(started), "left in /tmp by the browser or its children");
    }
}
