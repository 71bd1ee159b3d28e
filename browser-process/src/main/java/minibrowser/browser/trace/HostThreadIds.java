package minibrowser.browser.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sandboxed child lives in a PID namespace of its own (bwrap {@code --unshare-pid}), so the
 * thread ids it records are that namespace's. The kernel tells the browser both numbers: the
 * line {@code NSpid: 41235 7} in {@code /proc/PID/task/TID/status} says that the thread the
 * host calls 41235 calls itself 7 inside. This maps the child's numbers to the host's, so a
 * trace shows the same ids as {@code ps -L} and the task manager.
 */
public final class HostThreadIds {
    private HostThreadIds() {}

    /** Inner id to host id, for every thread of {@code pid} alive now; empty when /proc says nothing. */
    public static Map<Long, Long> of(long pid) {
        Map<Long, Long> inner = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            tasks.forEach(task -> {
                long host = parse(task.getFileName().toString());
                long own = innermost(task.resolve("status"));
                if (host > 0 && own > 0) inner.put(own, host);
            });
        } catch (IOException | RuntimeException gone) {
            // The process ended, or /proc is not there: its ids stay as the child wrote them.
        }
        return inner;
    }

    /** The last number of the NSpid line: the id in the thread's innermost namespace. */
    private static long innermost(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (!line.startsWith("NSpid:")) continue;
                String[] ids = line.substring("NSpid:".length()).trim().split("\\s+");
                return parse(ids[ids.length - 1]);
            }
        } catch (IOException | RuntimeException gone) {
            // the thread ended between the listing and this read
        }
        return -1;
    }

    private static long parse(String number) {
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException notAnId) {
            return -1;
        }
    }
}
