package minibrowser.tools.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChaosReportTest {
    @Test
    void percentilesAreNearestRank() {
        List<Long> values = List.of(5L, 1L, 4L, 2L, 3L, 10L, 9L, 8L, 7L, 6L);
        assertEquals(5, ChaosReport.percentile(values, 50));
        assertEquals(10, ChaosReport.percentile(values, 95));
        assertEquals(10, ChaosReport.percentile(values, 100));
        assertEquals(-1, ChaosReport.percentile(List.of(), 50));
    }

    @Test
    void theRunPassesOnlyWhenEveryInvariantHolds() {
        Fault kill = new Fault(FaultKind.KILL_RENDERER, List.of(1), 123, "", 0);
        FaultOutcome outcome = new FaultOutcome(1.5, kill, "crashed; reload -> ready in 0.10 s", 100, "");
        ChaosReport good = new ChaosReport("test", 2, List.of(outcome), List.of(new Invariant("a", true, "")));
        ChaosReport bad = new ChaosReport("test", 2, List.of(outcome),
                List.of(new Invariant("a", true, ""), new Invariant("b", false, "why")));
        assertTrue(good.invariantsHold());
        assertFalse(bad.invariantsHold());
        assertTrue(bad.summary().contains("[FAIL] b: why"));
        assertTrue(good.summary().contains("kill -9 renderer"));
        assertEquals("t=1.5s kill -9 renderer pid 123 (tab 1): crashed; reload -> ready in 0.10 s", outcome.logLine());
    }
}
