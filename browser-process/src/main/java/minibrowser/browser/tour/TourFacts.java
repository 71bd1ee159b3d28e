package minibrowser.browser.tour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the tour reads from the operating system itself, as a user would with
 * {@code ls} and {@code cat}: a process's threads ({@code /proc/PID/task}), whether it
 * has a file mapped ({@code /proc/PID/maps}), whether it is alive ({@code kill -0}).
 */
final class TourFacts {
    private TourFacts() {}

    /** The number of threads the kernel schedules for {@code pid}: the entries of /proc/PID/task; 0 when gone. */
    static int kernelThreads(long pid) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return (int) tasks.count();
        } catch (IOException | SecurityException gone) {
            return 0;
        }
    }

    /**
     * Whether {@code pid} has a file of this name mapped into its address space. The name
     * alone is compared: a sandboxed renderer sees the session directory at another path.
     * Null when its maps cannot be read (it is gone, or the kernel refuses).
     */
    static Boolean maps(long pid, Path file) {
        String name = "/" + file.getFileName();
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "maps"))) {
            return lines.anyMatch(line -> line.endsWith(name) || line.endsWith(name + " (deleted)"));
        } catch (IOException | java.io.UncheckedIOException | SecurityException unreadable) {
            return null;
        }
    }

    static boolean alive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
