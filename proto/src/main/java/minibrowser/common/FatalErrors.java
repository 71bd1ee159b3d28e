package minibrowser.common;

/**
 * A child process's policy for errors nobody caught: end the whole process at once,
 * with an exit code that names the cause. A thread's fault is a fault of its
 * process (all of its threads), never of the browser: the browser sees the exit
 * and shows why.
 */
public final class FatalErrors {
    private FatalErrors() {}

    /** Installs the policy for every thread of this process. */
    public static void install(String processName) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            ExitCode code = error instanceof OutOfMemoryError ? ExitCode.OUT_OF_MEMORY : ExitCode.FATAL_ERROR;
            try {
                System.err.println(processName + ": fatal error on thread " + thread.getName() + ": " + error);
            } catch (Throwable ignored) {
                // Nothing left to report with.
            }
            Runtime.getRuntime().halt(code.code());
        });
    }
}
