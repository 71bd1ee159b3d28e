package minibrowser.tools.compare;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One program run from start to exit, as a shell runs it: the rows that time a whole
 * process (a screenshot, {@code --version}, one {@code ctl} call) all go through here.
 *
 * @param startNanos {@link System#nanoTime()} just before the process was started
 * @param endNanos   the same clock once it had exited
 */
record WholeProcess(long startNanos, long endNanos) {
    /** The longest a timed program may take before it counts as failed. */
    private static final int TIMEOUT_SECONDS = 120;

    /** Runs {@code command} with its output discarded; fails (and ends it and its children) if it fails. */
    static WholeProcess run(List<String> command) throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
        return new WholeProcess(start, System.nanoTime());
    }

    double seconds() {
        return (endNanos - startNanos) / 1e9;
    }
}
