package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the kernel says about a process, read from {@code /proc}: resident memory
 * (RSS), proportional memory (PSS, from {@code smaps_rollup}: shared pages divided
 * among the processes that share them) and thread names.
 */
final class ProcessStats {
    private ProcessStats() {}

    /** VmRSS in kB, or 0 when the process is gone. */
    static long rssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
    }

    /** Pss in kB, or 0 when unreadable. */
    static long pssKb(long pid) {
        return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
    }

    /** Thread names as the kernel keeps them (at most 15 characters each). */
    static List<String> threadNames(long pid) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    names.add(Files.readString(task.resolve("comm")).trim());
                } catch (IOException gone) {
                    // The thread ended while we looked.
                }
            });
        } catch (IOException gone) {
            // The process ended.
        }
        return names;
    }

    private static long field(Path file, String name) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(name)).findFirst()
                    .map(l -> Long.parseLong(l.substring(name.length()).trim().split("\\s+")[0])).orElse(0L);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
