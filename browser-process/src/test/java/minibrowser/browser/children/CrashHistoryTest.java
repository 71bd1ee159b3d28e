package minibrowser.browser.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The restart policy on a clock the test moves by hand. */
class CrashHistoryTest {
    private long now = 1_000_000_000L;
    private final CrashHistory tab = new CrashHistory(Duration.ofSeconds(10), 5, () -> now);

    private void advanceSeconds(double seconds) {
        now += (long) (seconds * 1e9);
    }

    @Test
    void aSecondCrashWithinTheWindowIsQuick() {
        assertEquals(0, tab.recentCrashes());
        assertEquals(1, tab.recordCrash());
        assertEquals("", tab.describeStreak(), "one crash is just a crash");
        advanceSeconds(9.9);
        assertEquals(2, tab.recordCrash());
        assertTrue(tab.describeStreak().contains("crashed again within 10 s"), tab.describeStreak());
        assertFalse(tab.gaveUp());
    }

    @Test
    void aQuietWindowStartsOver() {
        tab.recordCrash();
        advanceSeconds(5);
        tab.recordCrash();
        advanceSeconds(10.1);
        assertEquals(0, tab.recentCrashes(), "the streak is forgotten once the window passed");
        assertEquals(1, tab.recordCrash());
    }

    @Test
    void fiveQuickCrashesGiveUpAndSaySo() {
        for (int crash = 1; crash <= 4; crash++) {
            assertEquals(crash, tab.recordCrash());
            assertFalse(tab.gaveUp(), "not after " + crash);
            advanceSeconds(8); // each within 10 s of the last, 32 s in all
        }
        assertEquals(5, tab.recordCrash());
        assertTrue(tab.gaveUp());
        assertTrue(tab.describeStreak().contains("not restarted by itself"), tab.describeStreak());
    }

    @Test
    void theGpuGivesUpAfterThreeCrashesWithinFiveMinutes() {
        CrashHistory gpu = new CrashHistory(Duration.ofMinutes(5), 3, () -> now);
        gpu.recordCrash();
        advanceSeconds(299);
        gpu.recordCrash();
        assertFalse(gpu.gaveUp());
        advanceSeconds(301);
        gpu.recordCrash();
        assertFalse(gpu.gaveUp(), "more than 5 minutes after the last: a new streak of 1");
        advanceSeconds(60);
        gpu.recordCrash();
        advanceSeconds(60);
        gpu.recordCrash();
        assertTrue(gpu.gaveUp());
    }
}
