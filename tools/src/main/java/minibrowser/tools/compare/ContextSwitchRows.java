package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The context-switch rows, measured as the kernel people measure it
 * ({@code perf bench sched pipe}): a byte bounced through two pipes, both sides the
 * same Java code ({@link PingPong}), once as two processes and once as two threads
 * of one process ({@link SwitchProbe}).
 * <ul>
 *   <li><b>pinned</b> to one CPU with {@code taskset -c 0}: every round trip is
 *       exactly two switches, and nothing else;</li>
 *   <li><b>unpinned</b>: the scheduler may put the sides on different cores, and a
 *       round trip then also pays for waking an idle core (costly in a virtual machine);</li>
 *   <li>a <b>working-set sweep</b>, pinned: each side touches N KB of its own memory
 *       between switches, and the row shows what the two switches cost on top of
 *       the touching itself (the caches and, between processes, the TLB, refilled).</li>
 * </ul>
 * Where {@code perf} is installed, {@code perf bench sched pipe} (processes, and
 * {@code -T} threads) runs beside it, pinned, as the yardstick.
 */
final class ContextSwitchRows {
    static final String GROUP = "context switch";
    /** 4 KB to 32 MB: from inside L1 to far beyond the last-level cache. */
    static final int[] WORKING_SETS_KB = {4, 64, 512, 4096, 32768};
    private static final Pattern PERF_USECS = Pattern.compile("([0-9.]+) usecs/op");

    private ContextSwitchRows() {}

    static List<Row> measure(int runs) throws Exception {
        boolean canPin = Chromium.onPath("taskset");
        List<Row> rows = new ArrayList<>();
        Pair pinned = canPin ? pair(runs, true, 0) : null;
        Pair free = pair(runs, false, 0);
        Pair perf = canPin && Chromium.onPath("perf") ? perfPinned(runs) : null;

        if (pinned != null) {
            rows.add(new Row(GROUP, "round trip, pinned to one CPU (two switches)",
                    pinned.processes.format("µs", 1) + " between processes",
                    pinned.threads.format("µs", 1) + " between threads", "",
                    "both sides the same Java code, a byte through two FIFOs, taskset -c 0" + yardstick(pinned, perf)));
        } else {
            rows.add(new Row(GROUP, "round trip, pinned to one CPU (two switches)", "n/a", "n/a", "",
                    "taskset(1) is not installed, so the sides cannot be pinned"));
        }
        rows.add(new Row(GROUP, "round trip, unpinned (may wake another core)",
                free.processes.format("µs", 1) + " between processes", free.threads.format("µs", 1) + " between threads", "",
                "as above without taskset; the difference to the pinned row is the cost of waking an idle core"));
        if (perf != null) {
            rows.add(new Row(GROUP, "yardstick: perf bench sched pipe, pinned",
                    perf.processes.format("µs", 1) + " between processes", perf.threads.format("µs", 1) + " with -T (threads)", "",
                    "taskset -c 0 perf bench sched pipe -l 20000 [-T]: Linux's own benchmark, in C"));
        }
        if (canPin) {
            for (int kb : WORKING_SETS_KB) {
                Pair swept = pair(runs, true, kb);
                rows.add(new Row(GROUP, "two switches with a working set of " + size(kb) + " per side, pinned",
                        swept.processes.format("µs", 1) + " between processes",
                        swept.threads.format("µs", 1) + " between threads", "",
                        "a round trip minus touching both working sets with warm caches: what the switches and the refill"
                                + " of caches (and, between processes, the TLB) cost; " + verdict(swept)));
            }
        }
        return rows;
    }

    /** Round-trip microseconds between processes and between threads, each run a fresh probe JVM. */
    private static Pair pair(int runs, boolean pin, int workingSetKb) throws Exception {
        Pair pair = new Pair(new Samples(), new Samples());
        int roundTrips = roundTrips(pin, workingSetKb);
        for (int run = 0; run < runs; run++) {
            pair.processes.add(probe("processes", pin, workingSetKb, roundTrips));
            pair.threads.add(probe("threads", pin, workingSetKb, roundTrips));
        }
        return pair;
    }

    /** Enough round trips for a steady mean, few enough that the big working sets take seconds, not minutes. */
    static int roundTrips(boolean pin, int workingSetKb) {
        if (workingSetKb == 0) return pin ? 20_000 : 5_000;
        return Math.max(100, Math.min(20_000, 2_000_000 / workingSetKb));
    }

    /** One probe JVM: microseconds per round trip, less the two sides' touching of their working sets. */
    static double probe(String mode, boolean pin, int workingSetKb, int roundTrips) throws Exception {
        List<String> command = new ArrayList<>();
        if (pin) command.addAll(List.of("taskset", "-c", "0"));
        command.addAll(SwitchProbe.javaCommand(SwitchProbe.class));
        command.addAll(List.of(mode, String.valueOf(workingSetKb), String.valueOf(Math.min(roundTrips, 5_000)),
                String.valueOf(roundTrips)));
        String out = run(command, 120);
        String[] lines = out.trim().split("\n");
        String[] figures = lines[lines.length - 1].trim().split(" "); // the last line: JVM warnings may come first
        if (figures.length != 2) throw new IOException("the switch probe printed: " + out);
        double roundTripNs = Double.parseDouble(figures[0]);
        double touchNs = Double.parseDouble(figures[1]);
        double switches = workingSetKb == 0 ? roundTripNs : Math.max(0, roundTripNs - 2 * touchNs);
        return switches / 1e3;
    }

    /** {@code perf bench sched pipe}, pinned: microseconds per round trip for processes and for threads. */
    private static Pair perfPinned(int runs) {
        Pair pair = new Pair(new Samples(), new Samples());
        for (int run = 0; run < runs; run++) {
            perfRun(false).ifPresent(pair.processes::add);
            perfRun(true).ifPresent(pair.threads::add);
        }
        return pair.processes.isEmpty() || pair.threads.isEmpty() ? null : pair;
    }

    private static java.util.Optional<Double> perfRun(boolean threads) {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", "0", "perf", "bench", "sched", "pipe", "-l", "20000"));
        if (threads) command.add("-T");
        try {
            Matcher m = PERF_USECS.matcher(run(command, 60));
            return m.find() ? java.util.Optional.of(Double.parseDouble(m.group(1))) : java.util.Optional.empty();
        } catch (Exception notRunnable) {
            return java.util.Optional.empty(); // perf without a kernel-matching tool, or not permitted: no yardstick
        }
    }

    /** "; perf bench sched pipe: 1.3× (processes), 1.2× (threads)", or "" without perf. */
    static String yardstick(Pair ours, Pair perf) {
        if (perf == null) return "; perf is not installed, so there is no yardstick";
        return String.format(Locale.ROOT, "; %.1f× perf bench sched pipe between processes, %.1f× with -T",
                ours.processes.median() / perf.processes.median(), ours.threads.median() / perf.threads.median());
    }

    /** Whether processes lose more than threads at this working set, in words. */
    static String verdict(Pair swept) {
        double ratio = swept.processes.median() / Math.max(1e-9, swept.threads.median());
        if (ratio > 1.25) return String.format(Locale.ROOT, "processes pay %.1f× what threads pay here", ratio);
        if (ratio < 0.8) return String.format(Locale.ROOT, "threads pay %.1f× what processes pay here", 1 / ratio);
        return "processes and threads pay about the same here";
    }

    static String size(int kb) {
        return kb >= 1024 ? (kb / 1024) + " MB" : kb + " KB";
    }

    /**
     * Runs {@code command} and returns its output. It fails when the command fails, or when it
     * is still running {@code seconds} after its output ended (a command that hangs with its output
     * open is waited for: the probes and perf always end).
     */
    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The same figure between two processes and between two threads. */
    record Pair(Samples processes, Samples threads) {}
}
