package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildProcessHost;

/**
 * The task manager's figures: one row per process (the browser and each child),
 * read from {@code /proc}. CPU % is the change of a process's user + system time
 * ({@code /proc/PID/stat} fields 14 and 15, in clock ticks of 1/100 s, the Linux
 * USER_HZ) since the previous sample, over the wall time between the two samples;
 * 100 % is one core busy.
 *
 * <p>{@link #sample} keeps the previous sample, so one thread (the task manager's
 * refresher) calls it; {@link #threadNames} holds nothing and may be called by any.
 */
public final class ProcessTable {
    private static final double TICKS_PER_SECOND = 100.0;

    /**
     * One process.
     *
     * @param type browser, renderer, gpu or plugin
     * @param tabs the tabs it serves (empty for the browser and gpu)
     * @param cpuPercent since the previous sample; 0 on the first
     */
    public record Row(String type, List<Integer> tabs, long pid, long rssKb, long pssKb, double cpuPercent,
                      int threads, long uptimeMs, int restarts, boolean sandboxed) {}

    private final Browser browser;
    /** pid -> {cpu ticks, System.nanoTime()} of the previous sample. */
    private final Map<Long, long[]> previous = new HashMap<>();

    public ProcessTable(Browser browser) {
        this.browser = browser;
    }

    /** Every process now; blocks for up to two seconds asking browser-ui for the children. */
    public List<Row> sample() throws Exception {
        List<ChildSnapshot> children = browser.children().get(2, TimeUnit.SECONDS);
        long now = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        ProcessHandle self = ProcessHandle.current();
        long selfUptime = self.info().startInstant().map(s -> System.currentTimeMillis() - s.toEpochMilli()).orElse(0L);
        rows.add(row("browser", List.of(), self.pid(), selfUptime, 0, false, now));
        for (ChildSnapshot child : children) {
            ChildProcessHost process = child.process();
            rows.add(row(process.type().label(), child.tabs(), process.pid(),
                    System.currentTimeMillis() - process.started().toEpochMilli(), child.restarts(), process.sandboxed(), now));
        }
        previous.keySet().removeIf(pid -> rows.stream().noneMatch(r -> r.pid() == pid));
        return rows;
    }

    private Row row(String type, List<Integer> tabs, long pid, long uptimeMs, int restarts, boolean sandboxed, long now) {
        long[] stat = stat(pid);
        long[] before = previous.put(pid, new long[] {stat[0], now});
        double cpu = 0;
        if (before != null && now > before[1]) {
            cpu = 100.0 * (stat[0] - before[0]) / TICKS_PER_SECOND / ((now - before[1]) / 1e9);
        }
        return new Row(type, tabs, pid, ProcessStats.rssKb(pid), ProcessStats.pssKb(pid), Math.max(0, cpu),
                (int) stat[1], uptimeMs, restarts, sandboxed);
    }

    /** {utime + stime in ticks, number of threads} from /proc/PID/stat; zeros when the process is gone. */
    static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split("\\s+");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15
            long threads = Long.parseLong(fields[17]);                           // field 20
            return new long[] {ticks, threads};
        } catch (IOException | RuntimeException gone) {
            return new long[] {0, 0};
        }
    }

    /**
     * The names of a process's threads, whole: the browser's own from the JVM, a
     * child's from the child (ChildProcess.ListThreads), or /proc's 15-character
     * names when it does not answer within a second.
     */
    public List<String> threadNames(long pid) throws Exception {
        if (pid == ProcessHandle.current().pid()) {
            return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
        }
        for (ChildSnapshot child : browser.children().get(2, TimeUnit.SECONDS)) {
            if (child.process().pid() == pid) {
                return ControlService.threadNames(child.process()).get(2, TimeUnit.SECONDS).stream().sorted().toList();
            }
        }
        return List.of();
    }
}
