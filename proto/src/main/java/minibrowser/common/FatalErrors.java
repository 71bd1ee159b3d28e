package minibrowser.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import minibrowser.common.ipc.SessionLayout;

/**
 * A child process's policy for errors nobody caught: write a crash report, then end
 * the whole process at once, with an exit code that names the cause. A thread's
 * fault is a fault of its process (all of its threads), never of the browser: the
 * browser sees the exit, reads the report, and shows why.
 *
 * <p>This is the child's crash handler, Chromium's in small: there, a crashpad handler
 * writes a minidump of the dying process; here the dying thread writes a
 * {@link CrashReport} itself, since a JVM that caught the error can still run Java.
 * An out-of-memory error is caught the same way (children run without
 * {@code -XX:+ExitOnOutOfMemoryError}, which would end the JVM before any handler ran):
 * a reserve of heap is let go first, so the report can be made. One that a library
 * caught on its own thread is found by {@link OutOfMemoryWatch}, and ends the process
 * all the same, as Chromium's renderer ends at any failed allocation. A process killed by
 * a signal (SIGKILL) runs no code at all and writes nothing.
 */
public final class FatalErrors {
    /** Heap held back from the start, and let go when the report must be written. */
    private static volatile byte[] reserve;

    private FatalErrors() {}

    /**
     * Installs the policy for every thread of this process. The report goes into the
     * child's own directory of the session ({@code switches}' session directory and
     * child id); a child run as threads of the browser writes none (its fault ends
     * the browser, which has a terminal to say so on).
     */
    public static void install(String processName, Switches switches) {
        Optional<Path> reportFile = switches.get(Switches.IN_PROCESS).isPresent() ? Optional.empty()
                : switches.get(Switches.SESSION_DIR).flatMap(session -> switches.get(Switches.CHILD_ID)
                        .map(id -> reportFile(Path.of(session), id)));
        reserve = new byte[256 * 1024];
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> die(processName, reportFile, thread, error));
        if (reportFile.isPresent()) {
            // Off the start-up path: loading the JVM's management beans takes 55-70 ms of a child's start.
            NamedThreads.single("out-of-memory-watch-setup", true).newThread(() -> OutOfMemoryWatch.install(
                    error -> die(processName, reportFile, Thread.currentThread(), error))).start();
        }
    }

    /** Reports {@code error} of {@code thread} and ends the process with the exit code that names it. */
    private static void die(String processName, Optional<Path> reportFile, Thread thread, Throwable error) {
        reserve = null;
        ExitCode code = error instanceof OutOfMemoryError ? ExitCode.OUT_OF_MEMORY : ExitCode.FATAL_ERROR;
        try {
            System.err.println(processName + ": fatal error on thread " + thread.getName() + ": " + error);
            reportFile.ifPresent(file -> write(file, CrashReport.of(processName, thread, error)));
        } catch (Throwable ignored) {
            // Nothing left to report with: the exit code still says why.
        }
        Runtime.getRuntime().halt(code.code());
    }

    /** Where child {@code childId} of the session at {@code sessionDir} writes its report. */
    public static Path reportFile(Path sessionDir, String childId) {
        return new SessionLayout(sessionDir).childDir(childId).resolve(CrashReport.FILE_NAME);
    }

    /** Written whole, then renamed into place: the browser never reads half a report. */
    private static void write(Path file, CrashReport report) {
        try {
            Path partial = file.resolveSibling(CrashReport.FILE_NAME + ".partial");
            Files.write(partial, report.text().getBytes(StandardCharsets.UTF_8));
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException cannot) {
            System.err.println("could not write the crash report " + file + ": " + cannot);
        }
    }
}
