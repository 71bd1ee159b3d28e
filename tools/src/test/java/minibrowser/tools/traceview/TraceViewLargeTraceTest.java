package minibrowser.tools.traceview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import minibrowser.tools.traceview.TraceViewSamples.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Half a million events (nested B/E, X with flows, counters) are read and drawn in one go. */
class TraceViewLargeTraceTest {
    private static final int PROCESSES = 4;
    private static final int THREADS = 5;
    private static final int ROUNDS = 25_000; // each writes 20 events: 500,000 in all

    @TempDir
    Path dir;

    @Test
    void halfAMillionEventsAreDrawn() throws Exception {
        Path trace = dir.resolve("big.json");
        try (BufferedWriter out = Files.newBufferedWriter(trace, StandardCharsets.UTF_8)) {
            out.write("{\"traceEvents\":[\n");
            out.write("{\"ph\":\"M\",\"pid\":1,\"name\":\"process_name\",\"args\":{\"name\":\"browser\"}}");
            for (int round = 0; round < ROUNDS; round++) {
                long ts = round * 100L;
                int pid = 1 + round % PROCESSES;
                int tid = pid * 100 + round % THREADS;
                String thread = ",\n{\"pid\":" + pid + ",\"tid\":" + tid + ",";
                for (int depth = 0; depth < 4; depth++) {
                    out.write(thread + "\"ph\":\"B\",\"ts\":" + (ts + depth) + ",\"name\":\"level " + depth + "\"}");
                }
                for (int depth = 3; depth >= 0; depth--) out.write(thread + "\"ph\":\"E\",\"ts\":" + (ts + 50 - depth) + "}");
                for (int x = 0; x < 10; x++) {
                    String flow = x == 0 ? ",\"bind_id\":\"0x" + Integer.toHexString(round) + "\",\"flow_out\":true"
                            : x == 9 && round > 0 ? ",\"bind_id\":\"0x" + Integer.toHexString(round - 1) + "\",\"flow_in\":true" : "";
                    out.write(thread + "\"ph\":\"X\",\"ts\":" + (ts + 55 + x * 4) + ",\"dur\":3,\"name\":\"task " + x + "\""
                            + flow + "}");
                }
                out.write(",\n{\"pid\":" + pid + ",\"ph\":\"C\",\"ts\":" + ts + ",\"name\":\"heap\",\"args\":{\"MB\":"
                        + (round % 97) + "}}");
                out.write(thread + "\"ph\":\"i\",\"ts\":" + (ts + 99) + ",\"name\":\"tick\"}");
            }
            out.write("\n]}\n");
        }
        Run run = TraceViewSamples.run(trace, "--png", dir.resolve("big.png"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 4 processes, 20 threads, " + ROUNDS * 14 + " slices, " + (ROUNDS - 1) + " flows"),
                run.out());
    }
}
