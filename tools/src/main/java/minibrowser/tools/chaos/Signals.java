package minibrowser.tools.chaos;

import java.io.IOException;

/**
 * Real signals to a child of the browser, as a user with a terminal sends them:
 * SIGKILL ({@code kill -9}), SIGSTOP and SIGCONT ({@code kill -STOP}, {@code kill -CONT}).
 * Java can send SIGKILL itself; the other two go through kill(1).
 */
final class Signals {
    private Signals() {}

    /** SIGKILL: the process ends at once, with no chance to clean up. */
    static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** SIGSTOP: the process is frozen (every thread) until SIGCONT. */
    static void stop(long pid) {
        send("STOP", pid);
    }

    /** SIGCONT: a stopped process runs again. */
    static void resume(long pid) {
        send("CONT", pid);
    }

    private static void send(String signal, long pid) {
        try {
            new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill -" + signal + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
