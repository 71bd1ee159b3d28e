package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
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
import minibrowser.tools.harness.RunningBrowser;

/**
 * Surviving crashes costs nothing: a tab's renderer is killed (kill -9) and the tab
 * reloaded again and again, and the browser process's open file descriptors
 * ({@code /proc/PID/fd}) and threads ({@code /proc/PID/task}) do not grow with the
 * number of crashes. No process of the browser keeps a temporary file in /tmp itself,
 * and when the browser is killed, its session directory and its children's files go too.
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

    /** What each open descriptor of {@code proc} points at (a socket, a pipe, a file), for a failure message. */
    private static List<String> descriptors(Path proc) {
        List<String> targets = new java.util.ArrayList<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    targets.add(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    // The descriptor went away while we looked.
                }
            });
        } catch (IOException exited) {
            // The process ended while we looked.
        }
        targets.sort(null);
        return targets;
    }

    /** Every child process the browser ran, for their JVM perf-data files (/tmp/hsperfdata_USER/PID). */
    private final java.util.Set<Long> pids = new java.util.HashSet<>();

    private void crashAndReload(RunningBrowser browser, int tab) throws Exception {
        browser.processes("renderer").forEach(p -> pids.add(p.getPid()));
        long pid = browser.tabs().get(0).getRendererPid();
        RunningBrowser.kill("KILL", pid);
        assertTrue(RunningBrowser.eventually(10, () -> browser.tabs().get(0).getState() == TAB_STATE_CRASHED));
        browser.control().reload(ReloadRequest.newBuilder().setTab(tab).build());
        assertEquals(TAB_STATE_READY, browser.waitForLoad(tab).getState());
    }

    /** JDK font copies ("+~JF...tmp") and JLine's native library: what a killed JVM leaves behind. */
    private static boolean isJvmTempFile(String name) {
        return name.startsWith("+~JF") || name.contains("jlinenative");
    }

    /**
     * The temporary files the browser's processes hold open in /tmp itself, where
     * nobody removes them after a SIGKILL (they belong in the session directory).
     * Read from /proc/PID/fd, so files of other programs in /tmp do not count.
     */
    private static List<String> openInTmp(Iterable<Long> pids) {
        List<String> found = new java.util.ArrayList<>();
        for (long pid : pids) {
            try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
                fds.forEach(fd -> {
                    try {
                        Path target = Files.readSymbolicLink(fd);
                        if (target.getParent() != null && target.getParent().equals(Path.of("/tmp"))
                                && isJvmTempFile(target.getFileName().toString())) {
                            found.add(pid + ": " + target);
                        }
                    } catch (IOException closedMeanwhile) {
                        // The descriptor went away while we looked.
                    }
                });
            } catch (IOException exited) {
                // The process ended while we looked.
            }
        }
        return found;
    }

    /** JVM perf-data files (/tmp/hsperfdata_USER/PID) left by {@code pids} after they ended. */
    private static List<Path> perfDataOf(Iterable<Long> pids) {
        Path perfData = Path.of("/tmp", "hsperfdata_" + System.getProperty("user.name"));
        List<Path> left = new java.util.ArrayList<>();
        for (long pid : pids) {
            if (Files.exists(perfData.resolve(String.valueOf(pid)))) left.add(perfData.resolve(String.valueOf(pid)));
        }
        return left;
    }

    @Test
    void descriptorsAndThreadsDoNotGrowWithCrashesAndNothingOutlivesTheBrowser() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "a kill -9 of a renderer thread is a kill of the browser");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            int tab = browser.tabs().get(0).getId();
            Path proc = Path.of("/proc", String.valueOf(browser.process.pid()));

            for (int i = 0; i < WARM_UP; i++) crashAndReload(browser, tab);
            // The high-water mark of a browser at rest: a spare renderer starting or a dead
            // one's pipes closing moves the count by a few either way for a moment.
            List<String> openBefore = descriptors(proc);
            int fdsBefore = 0;
            int threadsBefore = 0;
            for (int sample = 0; sample < 20; sample++) {
                fdsBefore = Math.max(fdsBefore, count(proc.resolve("fd")));
                threadsBefore = Math.max(threadsBefore, count(proc.resolve("task")));
                Thread.sleep(100);
            }
            for (int i = WARM_UP; i < CRASHES; i++) crashAndReload(browser, tab);
            // Let the last crash's cleanup (channels shut down, exit watchers) finish.
            int fdsLimit = fdsBefore + SLACK;
            RunningBrowser.eventually(10, () -> {
                try {
                    return count(proc.resolve("fd")) <= fdsLimit;
                } catch (IOException e) {
                    return false;
                }
            });
            int fdsAfter = count(proc.resolve("fd"));
            int threadsAfter = count(proc.resolve("task"));
            System.out.printf("NoLeaksIT: after %d crashes: fds %d, threads %d; after %d: fds %d, threads %d%n",
                    WARM_UP, fdsBefore, threadsBefore, CRASHES, fdsAfter, threadsAfter);
            int fdsAtRest = fdsBefore;
            assertTrue(fdsAfter <= fdsLimit, () -> "fds grew from " + fdsAtRest + " to " + fdsAfter
                    + ": before " + openBefore + ", after " + descriptors(proc));
            assertTrue(threadsAfter <= threadsBefore + SLACK, "threads grew from " + threadsBefore + " to " + threadsAfter);

            browser.processes().stream().filter(p -> !p.getType().equals("browser")).forEach(p -> pids.add(p.getPid()));
            List<Long> running = new java.util.ArrayList<>(pids);
            running.add(browser.process.pid());
            assertEquals(List.of(), openInTmp(running), "JVM temporary files go to the session directory, not /tmp");

            List<Path> sessions = RunningBrowser.sessionDirectories(browser.process.pid());
            RunningBrowser.kill("KILL", browser.process.pid());
            assertTrue(browser.process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTrue(RunningBrowser.eventually(5, () -> sessions.stream().noneMatch(Files::exists)),
                    "the session directory (sockets, shared memory, the children's temporary files) is gone");
            assertTrue(RunningBrowser.eventually(5, () -> pids.stream().noneMatch(RunningBrowser::isRunning)));
        }
        // The browser JVM's own perf data is the launcher's business (./minibrowser runs it with -XX:-UsePerfData).
        assertEquals(List.of(), perfDataOf(pids), "perf-data files of the children");
    }
}
