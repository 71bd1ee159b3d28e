package minibrowser.tools.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;

/**
 * The context-switch probe, a JVM of its own so that {@code compare} can start it
 * pinned to one CPU ({@code taskset -c 0}) or free. It bounces a byte through two
 * FIFOs with {@link PingPong}, the same code on both sides, once between two
 * threads of this JVM and once between this JVM and a second one it starts (which
 * inherits its CPU affinity).
 *
 * <pre>
 *   SwitchProbe threads|processes WORKING_SET_KB WARM_UP ROUND_TRIPS
 *       prints "ROUND_TRIP_NS TOUCH_NS": the mean round trip, and one touch of the
 *       working set alone (warm caches, no switch)
 *   SwitchProbe echo THERE BACK WORKING_SET_KB
 *       the second process's side: echoes until the caller closes its end
 * </pre>
 */
public final class SwitchProbe {
    /** The same flags for the probe and its echo process, so the two sides are the same program. */
    static final List<String> JVM_FLAGS = List.of("-Xmx320m", "-XX:+UseSerialGC", "-Xshare:auto");

    private SwitchProbe() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("echo")) {
            new PingPong(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3])).echo();
            return;
        }
        boolean processes = args[0].equals("processes");
        int workingSetKb = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        int roundTrips = Integer.parseInt(args[3]);
        Path dir = Files.createTempDirectory("minibrowser-switch-");
        try {
            Path there = fifo(dir.resolve("there"));
            Path back = fifo(dir.resolve("back"));
            PingPong caller = new PingPong(there, back, workingSetKb);
            Process echoProcess = null;
            Thread echoThread = null;
            if (processes) {
                echoProcess = startEcho(there, back, workingSetKb);
            } else {
                PingPong echo = new PingPong(there, back, workingSetKb);
                echoThread = NamedThreads.single("compare-echo", true).newThread(() -> {
                    try {
                        echo.echo();
                    } catch (IOException ended) {
                        // The caller went away; nothing to answer any more.
                    }
                });
                echoThread.start();
            }
            double roundTrip = caller.call(warmUp, roundTrips);
            double touch = caller.touchAlone(Math.max(10, Math.min(roundTrips, 200)));
            if (echoThread != null) echoThread.join(5_000);
            if (echoProcess != null && !echoProcess.waitFor(5, TimeUnit.SECONDS)) echoProcess.destroyForcibly();
            System.out.printf(java.util.Locale.ROOT, "%.1f %.1f%n", roundTrip, touch);
        } finally {
            minibrowser.common.ipc.ChildEndpoint.deleteQuietly(dir);
        }
    }

    /** A second JVM running the echo side: the same java, class path and flags as this one. */
    private static Process startEcho(Path there, Path back, int workingSetKb) throws IOException {
        List<String> command = javaCommand(SwitchProbe.class);
        command.addAll(List.of("echo", there.toString(), back.toString(), String.valueOf(workingSetKb)));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** {@code java FLAGS -cp CLASSPATH MAIN}: the start of a probe command, for this JVM's java and class path. */
    static List<String> javaCommand(Class<?> main) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        return command;
    }

    /** A named pipe (Java has no mkfifo of its own, so mkfifo(1) makes it). */
    static Path fifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) throw new IOException("mkfifo failed for " + path);
        return path;
    }
}
