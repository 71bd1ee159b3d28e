package minibrowser.tools.compare;

import static minibrowser.common.Language.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every IPC kind of the lab carries its messages, between two real processes and between two threads. */
class IpcLabTest {
    @ParameterizedTest
    @EnumSource(IpcKind.class)
    void eachKindCarriesTheExchangesBetweenProcessesAndBetweenThreads(IpcKind kind) throws Exception {
        for (boolean asProcess : new boolean[] {true, false}) {
            IpcLab.Figures figures = IpcLab.run(kind, asProcess);
            String where = kind + (asProcess ? " between processes" : " between threads");
            assertTrue(figures.roundTripUs() > 0 && figures.roundTripUs() < 1e6, where + ": " + figures);
            assertTrue(figures.megabytesPerSecond() > 1, where + ": " + figures);
        }
    }

    @Test
    void theLabNamesTheWinnerAndJudgesTheNotesClaim() {
        Map<IpcKind, Samples[]> figures = new EnumMap<>(IpcKind.class);
        figures.put(IpcKind.SHARED_MEMORY, samples(1, 9000));
        figures.put(IpcKind.PIPE, samples(5, 3000));
        assertEquals(IpcKind.SHARED_MEMORY, IpcLab.winner(figures, 0, true));
        assertTrue(IpcLab.claim(ENGLISH, figures).contains("holds"));
        figures.put(IpcKind.UNIX_SOCKET, samples(0.5, 2000));
        assertEquals(IpcKind.UNIX_SOCKET, IpcLab.winner(figures, 0, true));
        assertTrue(IpcLab.claim(ENGLISH, figures).contains("does NOT hold"));
    }

    @Test
    void theJsonRowOfAKindHasItsLatencyThroughputCopiesAndRuns() {
        Row row = new Row(IpcLab.GROUP, "x", "", "", "", "",
                IpcLab.figures(IpcKind.MESSAGE_QUEUE, samples(30, 400), samples(15, 700), 1));
        String json = Table.json("here", java.util.List.of(row));
        assertTrue(json.contains("\"kind\":\"message-queue\""), json);
        assertTrue(json.contains("\"latencyUs\"") && json.contains("\"throughputMBps\"") && json.contains("\"copies\"")
                && json.contains("\"runs\":1"), json);
        assertTrue(json.contains("\"median\":30"), json);
    }

    private static Samples[] samples(double roundTripUs, double megabytesPerSecond) {
        Samples latency = new Samples();
        latency.add(roundTripUs);
        Samples throughput = new Samples();
        throughput.add(megabytesPerSecond);
        return new Samples[] {latency, throughput};
    }
}
