package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.common.Language;

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

    /**
     * The round trips pinned (null when taskset is missing) and unpinned, perf's yardstick
     * (null without perf), and the pinned sweep by working set in KB (empty when taskset is missing).
     */
    record Results(Pair pinned, Pair free, Pair perf, Map<Integer, Pair> swept) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick(GROUP, "문맥 교환");
            List<Row> rows = new ArrayList<>();
            String pinnedWhat = language.pick("round trip, pinned to one CPU (two switches)", "왕복, CPU 하나에 고정 (문맥 교환 2번)");
            if (pinned != null) {
                rows.add(new Row(group, pinnedWhat, processes(language, pinned), threads(language, pinned), "",
                        language.pick("both sides the same Java code, a byte through two FIFOs, taskset -c 0",
                                "양쪽 모두 같은 Java 코드, FIFO 두 개로 1바이트를 주고받음, taskset -c 0")
                                + yardstick(language, pinned, perf)));
            } else {
                String na = language.pick("n/a", "해당 없음");
                rows.add(new Row(group, pinnedWhat, na, na, "",
                        language.pick("taskset(1) is not installed, so the sides cannot be pinned",
                                "taskset(1)이 설치되어 있지 않아 양쪽을 CPU에 고정할 수 없음")));
            }
            rows.add(new Row(group, language.pick("round trip, unpinned (may wake another core)",
                    "왕복, 고정하지 않음 (다른 코어를 깨울 수 있음)"), processes(language, free), threads(language, free), "",
                    language.pick("as above without taskset; the difference to the pinned row is the cost of waking an idle core",
                            "위와 같되 taskset 없이; 고정한 행과의 차이가 쉬고 있는 코어를 깨우는 비용")));
            if (perf != null) {
                rows.add(new Row(group, language.pick("yardstick: perf bench sched pipe, pinned",
                        "비교 기준: perf bench sched pipe, 고정"), processes(language, perf),
                        language.pick(perf.threads.format("µs", 1) + " with -T (threads)",
                                "-T (스레드)로 " + perf.threads.format("µs", 1)), "",
                        language.pick("taskset -c 0 perf bench sched pipe -l 20000 [-T]: Linux's own benchmark, in C",
                                "taskset -c 0 perf bench sched pipe -l 20000 [-T]: C로 짠 Linux 자체 벤치마크")));
            }
            for (Map.Entry<Integer, Pair> sweep : swept.entrySet()) {
                String size = size(sweep.getKey());
                Pair pair = sweep.getValue();
                rows.add(new Row(group, language.pick("two switches with a working set of " + size + " per side, pinned",
                        "한쪽마다 작업 집합 " + size + "일 때 문맥 교환 2번, 고정"),
                        processes(language, pair), threads(language, pair), "",
                        language.pick("a round trip minus touching both working sets with warm caches: what the switches"
                                        + " and the refill of caches (and, between processes, the TLB) cost; ",
                                "왕복 시간에서 캐시가 데워진 상태로 양쪽 작업 집합을 건드리는 시간을 뺀 값: 문맥 교환과"
                                        + " 캐시 (프로세스 간이면 TLB도) 다시 채우기의 비용; ")
                                + verdict(language, pair)));
            }
            return rows;
        }

        private static String processes(Language language, Pair pair) {
            return Row.betweenProcesses(language, pair.processes.format("µs", 1));
        }

        private static String threads(Language language, Pair pair) {
            return Row.betweenThreads(language, pair.threads.format("µs", 1));
        }
    }

    static Results measure(int runs) throws Exception {
        boolean canPin = Chromium.onPath("taskset");
        Pair pinned = canPin ? pair(runs, true, 0) : null;
        Pair free = pair(runs, false, 0);
        Pair perf = canPin && Chromium.onPath("perf") ? perfPinned(runs) : null;
        Map<Integer, Pair> swept = new LinkedHashMap<>();
        if (canPin) {
            for (int kb : WORKING_SETS_KB) swept.put(kb, pair(runs, true, kb));
        }
        return new Results(pinned, free, perf, swept);
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

    /** "; 1.3× perf bench sched pipe between processes, 1.2× with -T", or that there is no perf. */
    static String yardstick(Language language, Pair ours, Pair perf) {
        if (perf == null) {
            return language.pick("; perf is not installed, so there is no yardstick", "; perf가 설치되어 있지 않아 비교 기준이 없음");
        }
        return String.format(Locale.ROOT, language.pick("; %.1f× perf bench sched pipe between processes, %.1f× with -T",
                        "; 프로세스 간은 perf bench sched pipe의 %.1f×, -T로는 %.1f×"),
                ours.processes.median() / perf.processes.median(), ours.threads.median() / perf.threads.median());
    }

    /** Whether processes lose more than threads at this working set, in words. */
    static String verdict(Language language, Pair swept) {
        double ratio = swept.processes.median() / Math.max(1e-9, swept.threads.median());
        if (ratio > 1.25) {
            return String.format(Locale.ROOT, language.pick("processes pay %.1f× what threads pay here",
                    "여기서는 프로세스가 스레드의 %.1f× 비용을 치름"), ratio);
        }
        if (ratio < 0.8) {
            return String.format(Locale.ROOT, language.pick("threads pay %.1f× what processes pay here",
                    "여기서는 스레드가 프로세스의 %.1f× 비용을 치름"), 1 / ratio);
        }
        return language.pick("processes and threads pay about the same here", "여기서는 프로세스와 스레드의 비용이 거의 같음");
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
