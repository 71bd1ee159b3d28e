package minibrowser.common;

/**
 * Named exit codes, so that the browser can say in words why a child ended
 * (Chromium's {@code RESULT_CODE_*}). A child killed by a signal has no exit code
 * of its own: the JVM's {@code Process.exitValue()} reports 128 + the signal number.
 */
public enum ExitCode {
    NORMAL(0, "exited normally"),
    BAD_ARGUMENTS(2, "bad command-line arguments"),
    /** The JVM's own code when -XX:+ExitOnOutOfMemoryError ends a JVM whose heap ran out (children no longer run with it). */
    JVM_OUT_OF_MEMORY(3, "out of memory"),
    FATAL_ERROR(4, "a fatal uncaught error"),
    OUT_OF_MEMORY(5, "out of memory"),
    KILLED_BAD_MESSAGE(6, "killed for sending a bad message"),
    HUNG(7, "killed as hung"),
    DEBUG_KILL(8, "exited at once on request (about:kill)"),
    STARTUP_FAILED(9, "failed to start"),
    DEBUG_EXIT(10, "called System.exit (about:exit)"),
    PARENT_GONE(11, "its parent process went away");

    private final int code;
    private final String words;

    ExitCode(int code, String words) {
        this.code = code;
        this.words = words;
    }

    public int code() { return code; }

    /**
     * Describes how a process ended, from its raw exit value, in words a user
     * can read on a crashed-tab page: "killed by signal 9 (SIGKILL)", "out of memory"...
     */
    public static String describe(int exitValue) {
        for (ExitCode known : values()) {
            if (known.code == exitValue) return known.words + " (exit code " + exitValue + ")";
        }
        if (bySignal(exitValue)) {
            int signal = exitValue - 128;
            return "killed by signal " + signal + " (" + signalName(signal) + ")";
        }
        return "exit code " + exitValue;
    }

    /** True when {@code exitValue} is that of a process a signal killed (128 + the signal). */
    public static boolean bySignal(int exitValue) {
        return exitValue > 128 && exitValue < 128 + 65;
    }

    static String signalName(int signal) {
        switch (signal) {
            case 1: return "SIGHUP";
            case 2: return "SIGINT";
            case 3: return "SIGQUIT";
            case 4: return "SIGILL";
            case 6: return "SIGABRT";
            case 7: return "SIGBUS";
            case 8: return "SIGFPE";
            case 9: return "SIGKILL";
            case 11: return "SIGSEGV";
            case 13: return "SIGPIPE";
            case 15: return "SIGTERM";
            case 19: return "SIGSTOP";
            default: return "SIG" + signal;
        }
    }
}
