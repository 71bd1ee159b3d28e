package minibrowser.tools.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.profile.ProfileDatabase;
import minibrowser.browser.profile.SessionState;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.tools.harness.RunningBrowser;

/**
 * {@code ./minibrowser bench profile [runs]}: what writing history and the session costs a
 * navigation as the user sees it. Two real headless browsers load the same page in turn
 * (interleaved, as {@link TraceBench} does): one with {@code --incognito}, which writes
 * nothing, and one on a profile of its own, which writes a visit and the session at every
 * navigation. The writes run on {@code browser-profile}, not on browser-ui, so the two
 * should not differ beyond the machine's noise (target: under 5 %).
 *
 * <p>Beside it, what the thread does per navigation, timed here on a real file: one visit
 * and one session of four tabs, each a SQLite transaction in WAL mode. That is the time a
 * browser that wrote on its UI thread would add to every navigation.
 */
final class ProfileBench {
    private static final int DEFAULT_RUNS = 60;
    private static final int WRITE_ROUNDS = 400;
    private static final int WARM_UP_WRITES = 100;

    private ProfileBench() {}

    static int run(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_RUNS;
        System.out.println("ProfileBench: --incognito (off: writes nothing) against a profile (on: a visit and the session"
                + " per navigation), interleaved, " + runs + " page loads each; process model " + RunningBrowser.processModel());
        Path profile = Files.createTempDirectory("minibrowser-bench-profile-");
        List<TraceBench.Row> rows = new ArrayList<>();
        try {
            rows.addAll(TraceBench.pageLoads(runs, List.of("--incognito"), List.of("--user-data-dir=" + profile)));
        } finally {
            ChildEndpoint.deleteQuietly(profile);
        }
        TraceBench.print(rows);
        double[] write = writeMillis();
        System.out.printf("on browser-profile, per navigation: a visit %.3f ms, the session (4 tabs) %.3f ms (medians of %d)"
                + " - what a UI thread that wrote would wait%n", write[0], write[1], WRITE_ROUNDS);
        return 0;
    }

    /** Median ms of one visit and of one session write, on a fresh database in a temporary directory. */
    private static double[] writeMillis() throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-bench-db-");
        try (ProfileDatabase db = ProfileDatabase.open(dir.resolve("Profile.db"))) {
            List<Double> visits = new ArrayList<>();
            List<Double> sessions = new ArrayList<>();
            for (int i = 0; i < WARM_UP_WRITES + WRITE_ROUNDS; i++) {
                long start = System.nanoTime();
                db.recordVisit("https://example.org/page/" + i, "Page " + i, Instant.now());
                long visited = System.nanoTime();
                db.saveSession(session(i));
                long saved = System.nanoTime();
                if (i >= WARM_UP_WRITES) {
                    visits.add((visited - start) / 1e6);
                    sessions.add((saved - visited) / 1e6);
                }
            }
            return new double[] {median(visits), median(sessions)};
        } finally {
            ChildEndpoint.deleteQuietly(dir);
        }
    }

    private static SessionState session(int navigation) {
        List<SessionState.TabEntries> tabs = new ArrayList<>();
        for (int tab = 0; tab < 4; tab++) {
            tabs.add(new SessionState.TabEntries(List.of("https://example.org/" + tab, "https://example.org/" + tab + "/" + navigation), 1));
        }
        return new SessionState(tabs, navigation % 4);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
