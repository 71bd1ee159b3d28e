package minibrowser.tools.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The browser's child processes as the operating system sees them: its descendants,
 * each with the {@code --type=} switch it was started with. Cheap enough to read before
 * every fault and while polling (asking the browser, {@code ctl ps}, reads every child's
 * memory and thread names). Children that are threads of the browser are not here.
 */
public final class ChildProcesses {
    private ChildProcesses() {}

    /**
     * Whether {@code pid} is still running. A zombie (state Z) has exited: only its
     * parent has not collected its exit status yet.
     */
    public static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException gone) {
            return false;
        }
    }

    /**
     * The pids of the browser's descendant JVMs started with {@code --type=type}. Only JVMs:
     * a sandboxed child's command line also appears in the bwrap processes above it, and
     * stopping one of those would not stop the child.
     */
    static List<Long> ofType(ProcessHandle browser, String type) {
        String wanted = "--type=" + type;
        return browser.descendants().filter(p -> {
            List<String> arguments = arguments(p.pid());
            return !arguments.isEmpty() && arguments.get(0).endsWith("java") && arguments.contains(wanted);
        }).map(ProcessHandle::pid).collect(Collectors.toList());
    }

    /** The first descendant of {@code type}, or 0. */
    static long first(ProcessHandle browser, String type) {
        return ofType(browser, type).stream().findFirst().orElse(0L);
    }

    /**
     * The pid of whatever composites: the gpu process; after the fallback, the browser
     * itself (its threads named {@code gpu-*}); 0 when neither (a gpu being restarted).
     */
    static long compositor(ProcessHandle browser) {
        long gpu = first(browser, "gpu");
        if (gpu != 0) return gpu;
        try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(browser.pid()), "task"))) {
            return tasks.anyMatch(task -> {
                try {
                    return Files.readString(task.resolve("comm")).startsWith("gpu-");
                } catch (IOException ended) {
                    return false;
                }
            }) ? browser.pid() : 0;
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Every descendant's pid. */
    static List<Long> all(ProcessHandle browser) {
        return browser.descendants().map(ProcessHandle::pid).collect(Collectors.toList());
    }

    private static List<String> arguments(long pid) {
        try {
            String line = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return List.of(line.split("\0"));
        } catch (IOException gone) {
            return List.of();
        }
    }
}
