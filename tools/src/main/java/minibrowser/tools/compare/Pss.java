package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's proportional set size, from {@code /proc/PID/smaps_rollup}. */
final class Pss {
    private Pss() {}

    /** Pss in kB, or 0 when the process is gone or the file unreadable. */
    static long kb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException gone) {
            // The process ended, or this is not Linux.
        }
        return 0;
    }

    /**
     * PSS of a process and every process it started, in kB. PSS divides each shared page
     * among the processes that map it, so the sum counts every page once (adding RSS would not).
     */
    static long totalKb(ProcessHandle root) {
        long total = kb(root.pid());
        for (ProcessHandle child : root.descendants().toList()) total += kb(child.pid());
        return total;
    }
}
