package minibrowser.browser.children;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.Transport;

/**
 * Starts each child as an OS process of its own (the per-tab and per-site models):
 * <pre>
 *   java [child JVM flags] -cp minibrowser.jar minibrowser.browser.Main --type=renderer ...
 * </pre>
 * Its stdin is a pipe from the browser; its stdout and stderr go to the browser's log.
 * The kernel keeps the processes apart: a child's crash, exit or exhausted heap is its own.
 */
public final class ProcessLauncher implements ChildStarter {
    private final Path logFile;
    private final ChildJvmFlags flags;
    private final boolean sandboxRenderers;
    private final List<String> rendererCommandPrefix;

    public ProcessLauncher(Path logFile, ChildJvmFlags flags) {
        this(logFile, flags, false, List.of());
    }

    /**
     * @param sandboxRenderers      start renderers with no network at all ({@link RendererSandbox}, {@code --sandbox})
     * @param rendererCommandPrefix a program (and its arguments) that each renderer's command line is handed to,
     *                              Chromium's {@code --renderer-cmd-prefix}: to run renderers under a debugger or a
     *                              tracer, or, in the tests, to swap in a hostile renderer; empty for none
     */
    public ProcessLauncher(Path logFile, ChildJvmFlags flags, boolean sandboxRenderers, List<String> rendererCommandPrefix) {
        this.logFile = logFile;
        this.flags = flags;
        this.sandboxRenderers = sandboxRenderers;
        this.rendererCommandPrefix = List.copyOf(rendererCommandPrefix);
    }

    @Override
    public RunningChild start(ChildType type, String childId, List<String> switches, Path tempDir)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        command.addAll(flags.forType(type));
        // The JDK's own temporary files (a font loaded from a stream is copied to one) go
        // where the browser removes them, even when the child is killed and cannot.
        command.add("-Djava.io.tmpdir=" + tempDir);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("minibrowser.browser.Main");
        command.addAll(switches);
        if (type == ChildType.RENDERER && !rendererCommandPrefix.isEmpty()) {
            List<String> prefixed = new ArrayList<>(rendererCommandPrefix);
            prefixed.addAll(command);
            command = prefixed;
        }
        if (sandboxRenderers && type == ChildType.RENDERER) command = RendererSandbox.wrap(command);
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        return new ChildProcess(process);
    }

    @Override
    public String browserAddress(Transport transport, Path sessionDir, String name) {
        return transport.addressFor(sessionDir, name);
    }

    /** A child in an OS process of its own. */
    private static final class ChildProcess implements RunningChild {
        private final Process process;
        private final CompletableFuture<Integer> exit;

        ChildProcess(Process process) {
            this.process = process;
            this.exit = process.onExit().thenApply(Process::exitValue);
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
