package minibrowser.browser.children;

import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A started child, whether an OS process ({@link ProcessLauncher}) or threads of
 * the browser's own JVM ({@link ThreadLauncher}): what the browser may ask of it.
 */
public interface RunningChild {
    /**
     * The OS process it runs in: its own, or the browser's for an in-process child. For a
     * sandboxed child, its JVM's pid once it is ready ({@link SandboxedProcess}).
     */
    long pid();

    boolean isAlive();

    /** Completes with the exit code once it has ended (128 + N for a process killed by signal N). */
    CompletableFuture<Integer> onExit();

    /**
     * Ends it. A process is killed at once (SIGKILL). Threads cannot be killed: an
     * in-process child is told its parent pipe closed and stops by itself, if its
     * threads still listen.
     */
    void kill();

    /** Waits up to {@code timeout} for it to end; true if it has. */
    boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException;

    /** The browser's end of the child's parent pipe (its stdin): the secret goes down here. */
    OutputStream parentPipe();

    /** True for a child that is threads of the browser process (the single-process model). */
    boolean inProcess();

    /** True for a child started inside the OS sandbox ({@link ChildSandbox}). */
    default boolean sandboxed() {
        return false;
    }

    /** Called once the child said ChildReady (a sandboxed child then looks up its JVM's pid). */
    default void childReady() {}
}
