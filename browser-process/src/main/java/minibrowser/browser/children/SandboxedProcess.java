package minibrowser.browser.children;

import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A child started inside {@link ChildSandbox}: the browser launched {@code bwrap}, which
 * forks the PID namespace's init, which forks the JVM. What the browser shows and
 * measures ({@code ctl ps}, the task manager, PSS from {@code /proc}) and what a user
 * kills is that JVM, so once the child said ChildReady its pid is looked up among
 * bwrap's descendants. Until then, and should the lookup fail, {@link #pid()} is bwrap's.
 *
 * <p>How it ended is bwrap's exit status: bwrap exits with the JVM's exit code, or
 * 128 + N when the JVM was killed by signal N, which is what {@link Process#exitValue()}
 * reports for a process killed by a signal, so {@code ExitCode.describe} reads the same
 * ("killed by signal 9 (SIGKILL)").
 */
final class SandboxedProcess implements RunningChild {
    private final Process bwrap;
    private final CompletableFuture<Integer> exit;
    private volatile ProcessHandle jvm;

    SandboxedProcess(Process bwrap) {
        this.bwrap = bwrap;
        this.exit = bwrap.onExit().thenApplyAsync(Process::exitValue, ProcessLauncher.EXITS);
    }

    /** The JVM's own pid once known, else bwrap's. */
    @Override
    public long pid() {
        ProcessHandle known = jvm;
        return known != null ? known.pid() : bwrap.pid();
    }

    /** The child said ChildReady, so its JVM runs: find it below bwrap (the descendant that is java). */
    @Override
    public void childReady() {
        Optional<ProcessHandle> java = bwrap.descendants()
                .filter(p -> p.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst();
        java.ifPresent(found -> jvm = found);
    }

    @Override public boolean isAlive() { return bwrap.isAlive(); }
    @Override public CompletableFuture<Integer> onExit() { return exit; }
    @Override public OutputStream parentPipe() { return bwrap.getOutputStream(); }
    @Override public boolean inProcess() { return false; }
    @Override public boolean sandboxed() { return true; }

    /** SIGKILL to the JVM and to bwrap (whose death ends the whole PID namespace too). */
    @Override
    public void kill() {
        ProcessHandle known = jvm;
        if (known != null) known.destroyForcibly();
        bwrap.destroyForcibly();
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        return bwrap.waitFor(timeout, unit);
    }
}
