package minibrowser.tools.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minibrowser.common.TabStates;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.proto.TabInfo;

/**
 * What must hold after any amount of chaos: the browser is alive; every tab
 * is ready or shows why not; reload brings every tab back; nothing leaked (no process,
 * no file, no growth of descriptors or threads). Some are checked while the browser
 * runs, the rest after it was told to quit.
 */
final class Invariants {
    private Invariants() {}

    /** Checked while the browser still runs; the last one reloads every tab. */
    static List<Invariant> whileRunning(RunningBrowser browser, List<FaultOutcome> outcomes,
                                        ResourceSamples samples, Recovery recovery, ChaosPages pages, Random random) {
        List<Invariant> results = new ArrayList<>();
        List<TabInfo> tabs;
        try {
            tabs = browser.tabs();
            results.add(new Invariant("the browser is alive", browser.isAlive(),
                    "pid " + browser.pid() + " answers, " + tabs.size() + " tabs"));
        } catch (RuntimeException noAnswer) {
            results.add(new Invariant("the browser is alive", false,
                    (browser.isAlive() ? "runs but does not answer: " : "gone: ") + noAnswer.getMessage()));
            return results;
        }
        List<String> states = new ArrayList<>();
        boolean explained = true;
        for (TabInfo tab : tabs) {
            String state = TabStates.label(tab.getState());
            boolean ok = state.equals("ready") || state.equals("unresponsive")
                    || (state.equals("crashed") && !tab.getCrashReason().isEmpty());
            explained &= ok;
            states.add(tab.getId() + " " + state + (tab.getCrashReason().isEmpty() ? "" : " (" + tab.getCrashReason() + ")"));
        }
        results.add(new Invariant("every tab is ready or shows why not", explained, String.join(", ", states)));

        List<String> lost = outcomes.stream().filter(o -> !o.recovered()).map(FaultOutcome::logLine)
                .collect(Collectors.toList());
        results.add(new Invariant("every fault was recovered from", lost.isEmpty(),
                lost.isEmpty() ? outcomes.size() + " of " + outcomes.size() : lost.size() + " not: " + lost));

        try {
            List<Integer> ids = tabs.stream().map(TabInfo::getId).collect(Collectors.toList());
            long millis = recovery.readyAfter(ids, id -> {
                String url = tabs.stream().filter(t -> t.getId() == id).findFirst().get().getUrl();
                // A tab left on a debug page would only repeat its fault: it goes to a normal page instead.
                if (url.startsWith("about:")) browser.navigate(id, pages.anyPage(random));
                else browser.reload(id);
            });
            results.add(new Invariant("reload brings every tab back", true,
                    ids.size() + " tabs ready in " + FaultInjector.seconds(millis)));
        } catch (RuntimeException failed) {
            results.add(new Invariant("reload brings every tab back", false, failed.getMessage()));
        }

        results.add(new Invariant("descriptors and threads do not grow with the faults", samples.growth() == null,
                samples.growth() == null ? samples.describe() : samples.growth() + "; " + samples.describe()));
        return results;
    }

    /**
     * Tells the browser to quit and checks it left nothing behind: its children
     * ({@code children}: every child pid seen during the run), its session directory
     * in /dev/shm (sockets, shared memory), its control socket, the children's JVM
     * perf-data files.
     */
    static List<Invariant> afterQuit(RunningBrowser browser, Set<Long> children) {
        List<Invariant> results = new ArrayList<>();
        browser.handle().descendants().forEach(p -> children.add(p.pid()));
        List<Path> sessions = sessionDirectories(browser.pid());
        boolean exited;
        try {
            exited = browser.quit(15);
        } catch (RuntimeException | InterruptedException failed) {
            exited = false;
        }
        results.add(new Invariant("quit ends the browser", exited && browser.exitValue() == 0,
                exited ? "exit code " + browser.exitValue() : "still running 15 s after ctl quit"));

        waitUntil(5, () -> children.stream().noneMatch(ChildProcesses::isRunning));
        List<Long> running = children.stream().filter(ChildProcesses::isRunning).sorted().collect(Collectors.toList());
        results.add(new Invariant("no child process left", running.isEmpty(),
                running.isEmpty() ? children.size() + " children seen, all gone" : "still running: " + running));

        waitUntil(5, () -> sessions.stream().noneMatch(Files::exists));
        List<Path> left = new ArrayList<>();
        sessions.stream().filter(Files::exists).forEach(left::add);
        left.addAll(sessionDirectories(browser.pid()));
        if (Files.exists(browser.controlSocket())) left.add(browser.controlSocket());
        Path perfData = Path.of(System.getProperty("java.io.tmpdir"), "hsperfdata_" + System.getProperty("user.name"));
        children.stream().map(pid -> perfData.resolve(String.valueOf(pid))).filter(Files::exists).forEach(left::add);
        results.add(new Invariant("no session directory, socket or shared-memory file left", left.isEmpty(),
                left.isEmpty() ? "none in /dev/shm, no control socket, no perf data" : "left: " + left));
        return results;
    }

    /** The session directories of the browser with this pid (/dev/shm/minibrowser-PID-*). */
    static List<Path> sessionDirectories(long browserPid) {
        try (Stream<Path> entries = Files.list(Path.of("/dev/shm"))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("minibrowser-" + browserPid + "-"))
                    .collect(Collectors.toList());
        } catch (IOException noShm) {
            return List.of();
        }
    }

    private static void waitUntil(int seconds, java.util.function.BooleanSupplier condition) {
        try {
            Recovery.waitFor("done", seconds, condition);
        } catch (Recovery.NotRecovered notInTime) {
            // The caller looks again and reports what it sees.
        }
    }
}
