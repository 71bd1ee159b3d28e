package minibrowser.common.trace;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;

/**
 * While a recording runs, this process's memory as counters, four times a second:
 * the Java heap in use, and the resident set (RSS, from {@code /proc/self/statm}), in MB.
 * Runs on its own thread, {@code <process>-trace-sampler}, which ends with the recording.
 */
final class CounterSampler {
    private static final long PAGE_BYTES = 4096;
    private static final double MB = 1024.0 * 1024.0;

    private CounterSampler() {}

    /** Samples until {@code recording} ends. */
    static void start(String processName, TraceBuffer recording) {
        ScheduledExecutorService clock = NamedThreads.clock(processName + "-trace-sampler");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        clock.scheduleAtFixedRate(() -> {
            if (Trace.current() != recording) { // this recording ended
                clock.shutdown();
                return;
            }
            Trace.counter("memory", "heap MB", round(memory.getHeapMemoryUsage().getUsed() / MB));
            long rss = residentBytes();
            if (rss > 0) Trace.counter("memory", "RSS MB", round(rss / MB));
        }, 0, 250, TimeUnit.MILLISECONDS);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static long residentBytes() {
        try {
            String[] fields = Files.readString(Path.of("/proc/self/statm")).trim().split("\\s+");
            return Long.parseLong(fields[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException noProc) {
            return 0;
        }
    }
}
