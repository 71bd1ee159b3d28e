package minibrowser.tools.compare;

import static minibrowser.common.Language.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The context-switch probe on real processes and threads, and how its rows read. */
class ContextSwitchRowsTest {
    @Test
    void theProbeBouncesBetweenTwoRealProcessesAndBetweenTwoThreads() throws Exception {
        for (String mode : List.of("processes", "threads")) {
            double micros = ContextSwitchRows.probe(mode, false, 0, 500);
            assertTrue(micros > 0.5 && micros < 100_000, mode + ": " + micros + " µs a round trip");
        }
    }

    @Test
    void aWorkingSetIsTouchedOnBothSides() throws Exception {
        // With 4 MB per side the round trip is long, but the figure left after the touching is small and not negative.
        double micros = ContextSwitchRows.probe("threads", false, 4096, 20);
        assertTrue(micros >= 0 && micros < 100_000, micros + " µs");
    }

    @Test
    void theVerdictSaysWhichSidePaysMore() {
        assertEquals("processes pay 2.0× what threads pay here", ContextSwitchRows.verdict(ENGLISH, pair(10, 5)));
        assertEquals("threads pay 2.0× what processes pay here", ContextSwitchRows.verdict(ENGLISH, pair(5, 10)));
        assertEquals("processes and threads pay about the same here", ContextSwitchRows.verdict(ENGLISH, pair(5, 5.5)));
    }

    @Test
    void theYardstickIsARatioToPerf() {
        assertEquals("; 2.0× perf bench sched pipe between processes, 1.5× with -T",
                ContextSwitchRows.yardstick(ENGLISH, pair(6, 4.5), pair(3, 3)));
        assertTrue(ContextSwitchRows.yardstick(ENGLISH, pair(6, 4.5), null).contains("not installed"));
    }

    @Test
    void bigWorkingSetsTakeFewerRoundTrips() {
        assertEquals(20_000, ContextSwitchRows.roundTrips(true, 0));
        assertEquals(100, ContextSwitchRows.roundTrips(true, 32768));
        assertEquals("32 MB", ContextSwitchRows.size(32768));
        assertEquals("4 KB", ContextSwitchRows.size(4));
    }

    private static ContextSwitchRows.Pair pair(double processes, double threads) {
        Samples p = new Samples();
        p.add(processes);
        Samples t = new Samples();
        t.add(threads);
        return new ContextSwitchRows.Pair(p, t);
    }
}
