package minibrowser.browser.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tour reads compare's JSON rows: the medians come first in each side's text. */
class TourFiguresTest {
    private static final String JSON = """
            {"machine": "2 cores", "rows": [
             {"group": "context switch", "what": "round trip, pinned to one CPU (two switches)",
              "perTab": "7.0 µs (7.0–7.0, n=1) between processes", "singleProcess": "6.2 µs (6.2–6.2, n=1) between threads"},
             {"group": "context switch", "what": "yardstick: perf bench sched pipe, pinned",
              "perTab": "5.2 µs (5.2–5.2, n=1) between processes", "singleProcess": "5.3 µs (5.3–5.3, n=1) with -T (threads)"},
             {"group": "context switch", "what": "two switches with a working set of 4 KB per side, pinned",
              "perTab": "6.5 µs", "singleProcess": "6.2 µs"},
             {"group": "context switch", "what": "two switches with a working set of 4 MB per side, pinned",
              "perTab": "30.2 µs (30.2–30.2, n=1) between processes", "singleProcess": "14.0 µs (14.0–14.0, n=1) between threads"},
             {"group": "ipc", "what": "shared memory (a mapped file in /dev/shm): 64-byte round trip", "kind": "shared-memory",
              "perTab": "1.7 µs (1.7–1.7, n=1) between processes", "singleProcess": "0.5 µs between threads"},
             {"group": "ipc", "what": "shared memory (a mapped file in /dev/shm): 4 MB throughput",
              "perTab": "5349 MB/s", "singleProcess": "10574 MB/s"},
             {"group": "ipc", "what": "anonymous pipe (pipe(2), inherited): 64-byte round trip", "kind": "pipe",
              "perTab": "6.8 µs (6.8–6.8, n=1) between processes", "singleProcess": "8.3 µs between threads"},
             {"group": "ipc", "what": "which kind wins, between processes", "perTab": "shared memory (a mapped file in /dev/shm)",
              "singleProcess": "anonymous pipe (pipe(2), inherited)",
              "how": "latency (left) and throughput (right), medians; the notes' claim \\"shared memory is the fastest\\" does not hold on this machine"}
            ]}""";

    @Test
    void readsThePinnedTheYardstickTheLargeWorkingSetAndEachKindsLatency() {
        TourFigures figures = TourFigures.read(JSON);
        assertEquals(7.0, figures.switchProcesses());
        assertEquals(6.2, figures.switchThreads());
        assertEquals(5.2, figures.perfProcesses());
        assertEquals(5.3, figures.perfThreads());
        assertEquals(30.2, figures.bigSetProcesses(), "the 4 MB row, not the 4 KB one");
        assertEquals(14.0, figures.bigSetThreads());
        assertEquals(java.util.Map.of("shared-memory", 1.7, "pipe", 6.8), figures.ipcMicros());
        assertEquals("shared memory (a mapped file in /dev/shm)", figures.latencyWinner());
        assertEquals("anonymous pipe (pipe(2), inherited)", figures.throughputWinner());
        assertFalse(figures.claimHolds(), "\"does not hold\" is not \"holds\"");
    }

    @Test
    void aRowCompareDidNotGiveIsNotANumber() {
        TourFigures figures = TourFigures.read("{\"rows\": []}");
        assertTrue(Double.isNaN(figures.switchProcesses()));
        assertTrue(figures.ipcMicros().isEmpty());
        assertEquals("", figures.latencyWinner());
    }
}
