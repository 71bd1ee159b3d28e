package minibrowser.tools.logs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import minibrowser.browser.children.LiveLog;

/**
 * {@code ./minibrowser logs [--pid=PID]}: follows the log lines of a running browser and
 * all its children, each tagged with its process type and pid, as they are written.
 *
 * <p>This process is no relative of the browser: it did not start it, shares no pipe
 * with it, and knows it only by name. The name is the browser's named pipe (FIFO),
 * {@code minibrowser-PID-*}{@code /logs.fifo} in the browser's session directory; opening
 * it for reading meets the browser's writer in the kernel. When the browser exits, its
 * end closes and this command reads the end of the file.
 */
public final class Logs {
    private Logs() {}

    public static int run(String[] args) throws IOException {
        Long pid = null;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println("Usage: logs [--pid=PID]\nFollows the log lines of a running browser (the one"
                        + " with that pid, when several run), each tagged with process type and pid. Ctrl-C stops.");
                return 0;
            } else if (arg.startsWith("--pid=") && arg.substring(6).matches("\\d{1,10}")) {
                pid = Long.parseLong(arg.substring(6));
            } else {
                System.err.println("logs: unknown argument " + arg + " (logs [--pid=PID])");
                return 2;
            }
        }
        List<Path> fifos = runningBrowsers(pid);
        if (fifos.isEmpty()) {
            System.err.println("logs: no running browser" + (pid == null ? "" : " with pid " + pid)
                    + " (none has a " + LiveLog.FIFO_NAME + " in /dev/shm/minibrowser-PID-*)");
            return 1;
        }
        if (fifos.size() > 1) {
            System.err.println("logs: several browsers run; choose one with --pid=PID:");
            fifos.forEach(fifo -> System.err.println("  " + browserPid(fifo) + "  " + fifo));
            return 2;
        }
        Path fifo = fifos.get(0);
        System.out.println("logs: following browser " + browserPid(fifo) + " through " + fifo + " (Ctrl-C stops)");
        System.out.flush();
        try (BufferedReader in = Files.newBufferedReader(fifo, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(LiveLog.clean(line));
                System.out.flush();
            }
        }
        System.out.println("logs: the browser closed its end of the pipe (it quit)");
        return 0;
    }

    /** The FIFOs of the browsers that still run (a killed browser's directory may linger until the next start). */
    private static List<Path> runningBrowsers(Long pid) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path base : List.of(Path.of("/dev/shm"), Path.of(System.getProperty("java.io.tmpdir")))) {
            if (!Files.isDirectory(base)) continue;
            try (Stream<Path> entries = Files.list(base)) {
                entries.filter(dir -> dir.getFileName().toString().matches("minibrowser-\\d+-.*"))
                        .map(dir -> dir.resolve(LiveLog.FIFO_NAME))
                        .filter(fifo -> Files.exists(fifo) && !Files.isRegularFile(fifo))
                        .filter(fifo -> ProcessHandle.of(browserPid(fifo)).map(ProcessHandle::isAlive).orElse(false))
                        .filter(fifo -> pid == null || browserPid(fifo) == pid)
                        .forEach(found::add);
            }
        }
        return found;
    }

    /** The pid in a session directory's name, minibrowser-PID-random. */
    private static long browserPid(Path fifo) {
        return Long.parseLong(fifo.getParent().getFileName().toString().split("-")[1]);
    }
}
