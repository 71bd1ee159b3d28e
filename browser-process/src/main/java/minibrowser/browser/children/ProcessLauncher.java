package minibrowser.browser.children;

import minibrowser.common.NamedThreads;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.SessionLayout;
import minibrowser.common.ipc.Transport;

/**
 * Starts each child as an OS process of its own (the per-tab and per-site models):
 * <pre>
 *   java [child JVM flags] -cp minibrowser.jar minibrowser.app.Main --type=renderer ...
 * </pre>
 * Renderers and the plugin process start inside the OS sandbox ({@link ChildSandbox},
 * {@code bwrap ... -- java ...}) unless it is off ({@code --no-sandbox}) or cannot be had.
 * Its stdin is a pipe from the browser; its stdout and stderr are one pipe to the browser,
 * which tags each line with the child's type and pid ({@link LiveLog}).
 * The kernel keeps the processes apart: a child's crash, exit or exhausted heap is its own.
 */
public final class ProcessLauncher implements ChildStarter {
    /** Netty names its channels with a machine id; it only has to differ between machines that talk. */
    private static final String NETTY_MACHINE_ID = "02:00:00:00:00:00:00:01";
    private final LiveLog log;
    private final ChildJvmFlags flags;
    private final boolean sandbox;
    private final List<String> rendererCommandPrefix;

    /** A launcher whose children run without the OS sandbox. */
    public ProcessLauncher(LiveLog log, ChildJvmFlags flags) {
        this(log, flags, false, List.of());
    }

    /**
     * @param sandbox               start renderers and the plugin process in {@link ChildSandbox} (the caller
     *                              checked it can be had)
     * @param rendererCommandPrefix a program (and its arguments) that each renderer's command line is handed to,
     *                              Chromium's {@code --renderer-cmd-prefix}: to run renderers under a debugger or a
     *                              tracer, or, in the tests, to swap in a hostile renderer; empty for none. It runs
     *                              inside the sandbox, so it must be something the sandbox shows (use --no-sandbox)
     */
    public ProcessLauncher(LiveLog log, ChildJvmFlags flags, boolean sandbox, List<String> rendererCommandPrefix) {
        this.log = log;
        this.flags = flags;
        this.sandbox = sandbox;
        this.rendererCommandPrefix = List.copyOf(rendererCommandPrefix);
    }

    /** The java this JVM runs on: children and tools run on the same one. */
    static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    @Override
    public RunningChild start(ChildType type, String childId, List<String> switches, Path tempDir, SessionLayout session)
            throws IOException {
        // Absolute class-path entries: a sandboxed child starts in another directory, and sees only these.
        List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty()).map(entry -> Path.of(entry).toAbsolutePath()).toList();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(flags.forType(type));
        // The JDK's own temporary files (a font loaded from a stream is copied to one) go
        // where the browser removes them, even when the child is killed and cannot.
        command.add("-Djava.io.tmpdir=" + tempDir);
        boolean sandboxed = sandbox && type.sandboxed();
        if (sandboxed) {
            // No home directory and no /etc/passwd inside: the JDK's font cache would go to "?/.java".
            command.add("-Duser.home=" + tempDir);
            // No network interface to read a hardware address from: Netty would warn, then use random bytes anyway.
            command.add("-Dio.netty.machineId=" + NETTY_MACHINE_ID);
        }
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add("minibrowser.app.Main");
        command.addAll(switches);
        if (type == ChildType.RENDERER && !rendererCommandPrefix.isEmpty()) {
            List<String> prefixed = new ArrayList<>(rendererCommandPrefix);
            prefixed.addAll(command);
            command = prefixed;
        }
        if (sandboxed) {
            List<Path> readOnly = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"))));
            readOnly.addAll(classPath);
            flags.archive().ifPresent(readOnly::add);
            command = new ChildSandbox(readOnly, flags.classListDir().stream().toList())
                    .wrap(command, session.sockets(), session.childDir(childId));
        }
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectErrorStream(true) // stdout and stderr: one pipe, read on a thread of its own
                .start();
        RunningChild child = sandboxed ? new SandboxedProcess(process) : new ChildProcess(process);
        log.follow(type.label(), childId, child::pid, process.getInputStream());
        return child;
    }

    @Override
    public String browserAddress(Transport transport, Path sockets, String name) {
        return transport.addressFor(sockets, name);
    }

    /**
     * Where a child's exit is handled: named threads (the JDK completes {@code onExit} on an
     * unnamed one), so the trace and a thread dump say what runs there.
     */
    static final java.util.concurrent.Executor EXITS =
            java.util.concurrent.Executors.newCachedThreadPool(NamedThreads.numbered("browser-child-exit", true));

    /** A child in an OS process of its own, started directly (no sandbox). */
    private static final class ChildProcess implements RunningChild {
        private final Process process;
        private final CompletableFuture<Integer> exit;

        ChildProcess(Process process) {
            this.process = process;
            this.exit = process.onExit().thenApplyAsync(Process::exitValue, EXITS);
        }

        @Override public long pid() { return process.pid(); }
        @Override public boolean isAlive() { return process.isAlive(); }
        @Override public CompletableFuture<Integer> onExit() { return exit; }
        @Override public void kill() { process.destroyForcibly(); }
        @Override public OutputStream parentPipe() { return process.getOutputStream(); }
        @Override public boolean inProcess() { return false; }

        @Override
        public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
            return process.waitFor(timeout, unit);
        }
    }
}
