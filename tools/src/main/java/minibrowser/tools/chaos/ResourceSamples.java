package minibrowser.tools.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The browser process's open file descriptors ({@code /proc/PID/fd}) and threads
 * ({@code /proc/PID/task}), sampled after each fault has been recovered from, when
 * nothing should be in flight. A leak grows with the number of faults; so the check
 * compares the end of the run with its middle, not with its start (the first quarter
 * is warm-up: pools fill, the gpu may fall back to threads of the browser).
 * After the gpu fallback the browser composites on threads of its own (named
 * {@code gpu-*}), with their sockets and pools, once, whatever the number of faults:
 * so when those threads appear, sampling starts over, and {@code gpu-*} threads are
 * never counted.
 */
final class ResourceSamples {
    /** Descriptors and threads that come and go by themselves (a gRPC call in flight, a pool thread). */
    static final int SLACK = 12;

    record Sample(int fds, int threads) {}

    private final long pid;
    private final List<Sample> samples = new ArrayList<>();
    private int taken;
    /** Whether the gpu's code runs on threads of the browser (the fallback), as of the last sample. */
    private boolean gpuInBrowser;
    /** The sample at which sampling started over, or -1. */
    private int restartedAt = -1;

    ResourceSamples(long pid) {
        this.pid = pid;
    }

    void take() {
        Path proc = Path.of("/proc", String.valueOf(pid));
        try {
            int threads = count(proc.resolve("task"));
            int notOfTheGpu = threadsNotOfTheGpu(proc.resolve("task"));
            boolean inBrowser = notOfTheGpu < threads;
            if (inBrowser != gpuInBrowser) {
                gpuInBrowser = inBrowser;
                restartedAt = taken;
                samples.clear();
            }
            samples.add(new Sample(count(proc.resolve("fd")), notOfTheGpu));
            taken++;
        } catch (IOException gone) {
            // The browser is gone: the "alive" invariant says so.
        }
    }

    private static int count(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return (int) entries.count();
        }
    }

    private static int threadsNotOfTheGpu(Path tasks) throws IOException {
        try (Stream<Path> entries = Files.list(tasks)) {
            return (int) entries.filter(task -> {
                try {
                    return !Files.readString(task.resolve("comm")).startsWith("gpu-");
                } catch (IOException ended) {
                    return false;
                }
            }).count();
        }
    }

    /**
     * Null when neither count grew by more than {@link #SLACK} from the second quarter
     * of the run to the last (lowest sample of each, so a call in flight does not
     * count); else what grew.
     */
    String growth() {
        if (samples.size() < 8) return null;
        int quarter = samples.size() / 4;
        List<Sample> middle = samples.subList(quarter, 2 * quarter);
        List<Sample> end = samples.subList(samples.size() - quarter, samples.size());
        int fdsBefore = middle.stream().mapToInt(Sample::fds).min().getAsInt();
        int fdsAfter = end.stream().mapToInt(Sample::fds).min().getAsInt();
        int threadsBefore = middle.stream().mapToInt(Sample::threads).min().getAsInt();
        int threadsAfter = end.stream().mapToInt(Sample::threads).min().getAsInt();
        List<String> grew = new ArrayList<>();
        if (fdsAfter > fdsBefore + SLACK) grew.add("fds " + fdsBefore + " -> " + fdsAfter);
        if (threadsAfter > threadsBefore + SLACK) grew.add("threads " + threadsBefore + " -> " + threadsAfter);
        return grew.isEmpty() ? null : String.join(", ", grew);
    }

    /** "fds 120 -> 118, threads 60 -> 61 (lowest of the second and the last quarter of 312 samples)". */
    String describe() {
        String restart = restartedAt < 0 ? "" : "; counted from fault " + (restartedAt + 1)
                + ", when the gpu fell back to threads of the browser";
        return counts() + restart;
    }

    private String counts() {
        if (samples.size() < 8) return samples.size() + " samples, too few to tell";
        int quarter = samples.size() / 4;
        List<Sample> middle = samples.subList(quarter, 2 * quarter);
        List<Sample> end = samples.subList(samples.size() - quarter, samples.size());
        return String.format("fds %d -> %d, threads %d -> %d (lowest of the second and the last quarter of %d samples,"
                        + " %d allowed)",
                middle.stream().mapToInt(Sample::fds).min().getAsInt(), end.stream().mapToInt(Sample::fds).min().getAsInt(),
                middle.stream().mapToInt(Sample::threads).min().getAsInt(),
                end.stream().mapToInt(Sample::threads).min().getAsInt(), samples.size(), SLACK);
    }
}
