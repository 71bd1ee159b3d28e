package minibrowser.common;

/**
 * Named exit codes, so that the browser can say in words why a child ended
 * (Chromium's {@code RESULT_CODE_*}). A child killed by a signal has no exit code
 * of its own: the JVM's {@code Process.exitValue()} reports 128 + the signal number.
 */
public enum ExitCode {
    NORMAL(0, "exited normally", "정상 종료"),
    BAD_ARGUMENTS(2, "bad command-line arguments", "잘못된 명령줄 인자"),
    /** The JVM's own code when -XX:+ExitOnOutOfMemoryError ends a JVM whose heap ran out (children no longer run with it). */
    JVM_OUT_OF_MEMORY(3, "out of memory", "메모리 부족"),
    FATAL_ERROR(4, "a fatal uncaught error", "잡히지 않은 치명적 오류"),
    OUT_OF_MEMORY(5, "out of memory", "메모리 부족"),
    KILLED_BAD_MESSAGE(6, "killed for sending a bad message", "잘못된 메시지를 보내 강제 종료됨"),
    HUNG(7, "killed as hung", "멈춘 것으로 보고 강제 종료됨"),
    DEBUG_KILL(8, "exited at once on request (about:kill)", "요청대로 즉시 종료됨 (about:kill)"),
    STARTUP_FAILED(9, "failed to start", "시작하지 못함"),
    DEBUG_EXIT(10, "called System.exit (about:exit)", "System.exit을 호출함 (about:exit)"),
    PARENT_GONE(11, "its parent process went away", "부모 프로세스가 사라짐");

    private final int code;
    private final String words;
    /** The same words in Korean, for the crashed-tab page in Korean ({@link #inKorean}). */
    private final String koreanWords;

    ExitCode(int code, String words, String koreanWords) {
        this.code = code;
        this.words = words;
        this.koreanWords = koreanWords;
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

    /**
     * A description {@link #describe} made, in Korean: "killed by signal 9 (SIGKILL)"
     * becomes "시그널 9(SIGKILL)로 강제 종료됨". Any other text comes back as it was
     * (the descriptions stay English where programs read them: {@code ctl tabs --json}).
     */
    public static String inKorean(String description) {
        java.util.regex.Matcher signal = java.util.regex.Pattern.compile("killed by signal (\\d+) \\((\\w+)\\)").matcher(description);
        if (signal.matches()) return "시그널 " + signal.group(1) + "(" + signal.group(2) + ")로 강제 종료됨";
        for (ExitCode known : values()) {
            String english = known.words + " (exit code " + known.code + ")";
            if (description.equals(english)) return known.koreanWords + " (종료 코드 " + known.code + ")";
        }
        if (description.matches("exit code \\d+")) return "종료 코드 " + description.substring("exit code ".length());
        return description;
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
