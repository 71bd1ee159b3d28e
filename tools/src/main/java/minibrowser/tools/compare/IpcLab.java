package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import minibrowser.common.Language;
import minibrowser.common.NamedThreads;

/**
 * {@code compare --only=ipc}: the IPC laboratory. Every kind of the study notes
 * ({@link IpcKind}) carries the same two exchanges, between two real processes and
 * between two threads of one process:
 * <ul>
 *   <li>latency: a 64-byte message there and back, many times;</li>
 *   <li>throughput: 4 MB there, a one-byte answer back.</li>
 * </ul>
 * The echo side runs {@link #echo}, the caller {@link #call}; the lab then says
 * which kind won each row here, and whether the notes' claim (shared memory is the
 * fastest) holds on this machine.
 */
final class IpcLab {
    static final String GROUP = "ipc";
    static final int SMALL = 64;
    static final int BULK_BYTES = 4 * 1024 * 1024;
    static final int BULK_ROUNDS = 8;

    private IpcLab() {}

    /** What one run measured: microseconds per 64-byte round trip, and megabytes per second of 4 MB transfers. */
    record Figures(double roundTripUs, double megabytesPerSecond) {}

    /**
     * Each kind's samples between processes and between threads: index 0 the round trip
     * (µs), 1 the throughput (MB/s); {@code runs} runs of each.
     */
    record Results(Map<IpcKind, Samples[]> processes, Map<IpcKind, Samples[]> threads, int runs) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick(GROUP, "IPC");
            List<Row> rows = new ArrayList<>();
            for (IpcKind kind : processes.keySet()) {
                Samples[] p = processes.get(kind);
                Samples[] t = threads.get(kind);
                rows.add(new Row(group, kind.label(language) + language.pick(": 64-byte round trip", ": 64바이트 왕복 지연"),
                        Row.betweenProcesses(language, p[0].format("µs", 1)), Row.betweenThreads(language, t[0].format("µs", 1)),
                        "", language.pick("copies: " + kind.copies(language) + "; " + roundTrips(kind) + " round trips a run",
                                "복사 횟수: " + kind.copies(language) + "; 한 번 실행에 왕복 " + roundTrips(kind) + "번"),
                        figures(kind, p, t, runs)));
                rows.add(new Row(group, kind.label(language) + language.pick(": 4 MB throughput", ": 4 MB 처리량"),
                        Row.betweenProcesses(language, p[1].format("MB/s", 0)), Row.betweenThreads(language, t[1].format("MB/s", 0)),
                        "", language.pick(BULK_ROUNDS + " transfers of 4 MB a run, each answered by one byte",
                                "한 번 실행에 4 MB 전송 " + BULK_ROUNDS + "번, 매번 1바이트로 응답")));
            }
            rows.add(new Row(group, language.pick("which kind wins, between processes", "프로세스 간에서 가장 빠른 방식"),
                    label(language, winner(processes, 0, true)), label(language, winner(processes, 1, false)), "",
                    language.pick("latency (left) and throughput (right), medians; ",
                            "왼쪽은 지연, 오른쪽은 처리량 (중앙값 기준); ") + claim(language, processes)));
            return rows;
        }
    }

    static Results measure(int runs) throws Exception {
        Map<IpcKind, Samples[]> processes = new EnumMap<>(IpcKind.class);
        Map<IpcKind, Samples[]> threads = new EnumMap<>(IpcKind.class);
        for (IpcKind kind : IpcKind.values()) {
            Samples[] p = {new Samples(), new Samples()};
            Samples[] t = {new Samples(), new Samples()};
            for (int run = 0; run < runs; run++) {
                add(p, run(kind, true));
                add(t, run(kind, false));
            }
            processes.put(kind, p);
            threads.put(kind, t);
        }
        return new Results(processes, threads, runs);
    }

    /** The kind's figures as JSON fields of its round-trip row: latency, throughput, copies and runs. */
    static Map<String, Object> figures(IpcKind kind, Samples[] processes, Samples[] threads, int runs) {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("kind", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        figures.put("latencyUs", Map.of("processes", processes[0].json(), "threads", threads[0].json()));
        figures.put("throughputMBps", Map.of("processes", processes[1].json(), "threads", threads[1].json()));
        figures.put("copies", kind.copies(Language.ENGLISH)); // JSON is English, whatever the table's language
        figures.put("runs", runs);
        return figures;
    }

    private static void add(Samples[] into, Figures figures) {
        into[0].add(figures.roundTripUs());
        into[1].add(figures.megabytesPerSecond());
    }

    /** Fewer round trips where each costs a disk write. */
    static int roundTrips(IpcKind kind) {
        return kind == IpcKind.FILE_FSYNC ? 200 : 5_000;
    }

    /** One link of {@code kind}: the echo as a second process (or a thread), this thread the caller. */
    static Figures run(IpcKind kind, boolean asProcess) throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-lab-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        int roundTrips = roundTrips(kind);
        ExecutorService echoThread = asProcess ? null : NamedThreads.taskQueue("compare-ipc-echo");
        Process peer = null;
        try (IpcKind.Link link = kind.open(dir)) {
            Future<?> echoing = null;
            if (asProcess) {
                peer = IpcLabPeer.start(kind, roundTrips, link.where());
            } else {
                echoing = echoThread.submit(() -> {
                    try (IpcEnd end = link.echo()) {
                        echo(end, roundTrips);
                    }
                    return null;
                });
            }
            Figures figures;
            try (IpcEnd end = link.caller(peer)) {
                figures = call(end, roundTrips);
            }
            if (echoing != null) echoing.get(30, TimeUnit.SECONDS);
            if (peer != null && (!peer.waitFor(30, TimeUnit.SECONDS) || peer.exitValue() != 0)) {
                throw new IOException("the echo process of " + kind + " failed");
            }
            return figures;
        } finally {
            if (echoThread != null) echoThread.shutdownNow();
            if (peer != null) peer.destroyForcibly();
            minibrowser.common.ipc.ChildEndpoint.deleteQuietly(dir);
        }
    }

    /** The caller's side: warm up, time the round trips, then the bulk transfers. */
    static Figures call(IpcEnd end, int roundTrips) throws IOException {
        byte[] small = new byte[SMALL];
        byte[] bulk = new byte[BULK_BYTES];
        for (int i = 0; i < bulk.length; i += 4096) bulk[i] = (byte) i;
        for (int i = 0; i < roundTrips / 5; i++) bounce(end, small);
        long start = System.nanoTime();
        for (int i = 0; i < roundTrips; i++) bounce(end, small);
        double roundTripUs = (System.nanoTime() - start) / 1e3 / roundTrips;
        byte[] answer = new byte[1];
        end.send(bulk, bulk.length); // one transfer to warm up
        end.receive(answer, 1);
        start = System.nanoTime();
        for (int i = 0; i < BULK_ROUNDS; i++) {
            end.send(bulk, bulk.length);
            end.receive(answer, 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Figures(roundTripUs, BULK_ROUNDS * (BULK_BYTES / 1e6) / seconds);
    }

    private static void bounce(IpcEnd end, byte[] small) throws IOException {
        end.send(small, SMALL);
        end.receive(small, SMALL);
    }

    /** The echo's side, the mirror of {@link #call}. */
    static void echo(IpcEnd end, int roundTrips) throws IOException {
        byte[] small = new byte[SMALL];
        for (int i = 0; i < roundTrips / 5 + roundTrips; i++) {
            end.receive(small, SMALL);
            end.send(small, SMALL);
        }
        byte[] bulk = new byte[BULK_BYTES];
        byte[] answer = {1};
        for (int i = 0; i < BULK_ROUNDS + 1; i++) {
            end.receive(bulk, BULK_BYTES);
            end.send(answer, 1);
        }
    }

    /** The kind with the best median in column {@code column}: the lowest latency, or the highest throughput; null for none. */
    static IpcKind winner(Map<IpcKind, Samples[]> figures, int column, boolean lowestWins) {
        IpcKind best = null;
        for (IpcKind kind : figures.keySet()) {
            double value = figures.get(kind)[column].median();
            if (best == null || (lowestWins ? value < figures.get(best)[column].median() : value > figures.get(best)[column].median())) {
                best = kind;
            }
        }
        return best;
    }

    /** The winner's name, or "n/a" when there was no kind. */
    private static String label(Language language, IpcKind winner) {
        return winner == null ? language.pick("n/a", "해당 없음") : winner.label(language);
    }

    /** The notes say shared memory is the fastest: whether that holds here, on both rows. */
    static String claim(Language language, Map<IpcKind, Samples[]> figures) {
        IpcKind lowestLatency = winner(figures, 0, true);
        IpcKind highestThroughput = winner(figures, 1, false);
        if (lowestLatency == IpcKind.SHARED_MEMORY && highestThroughput == IpcKind.SHARED_MEMORY) {
            return language.pick("the notes' claim \"shared memory is the fastest\" holds on this machine",
                    "노트의 주장 \"공유 메모리가 가장 빠르다\"가 이 컴퓨터에서 성립함");
        }
        return String.format(Locale.ROOT, language.pick(
                "the notes' claim \"shared memory is the fastest\" does NOT hold here on every row"
                        + " (latency: %s, throughput: %s)",
                "노트의 주장 \"공유 메모리가 가장 빠르다\"가 이 컴퓨터에서는 두 행 모두 성립하지는 않음"
                        + " (지연: %s, 처리량: %s)"),
                label(language, lowestLatency), label(language, highestThroughput));
    }
}
