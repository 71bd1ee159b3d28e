package minibrowser.browser.children;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.common.Switches;
import minibrowser.common.ipc.Secrets;

/**
 * Starts child processes, the way Chromium does: the same program with a
 * {@code --type} switch. Each child is a direct child of the browser process:
 * <pre>
 *   java [child JVM flags] -cp minibrowser.jar minibrowser.browser.Main \
 *        --type=renderer --session-dir=... --browser-address=... --child-id=renderer-3
 * </pre>
 * Its stdin is a pipe from the browser: the first line is a fresh random secret,
 * and the browser keeps the pipe open for as long as it lives, so the child reads
 * end-of-file when the browser dies. Its stdout and stderr go to the browser's log.
 */
public final class ChildLauncher {
    /** Lean flags for children: a small heap and quick start-up (measured in build-notes.md). */
    static final List<String> CHILD_JVM_FLAGS = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:+ExitOnOutOfMemoryError",
            "-Djava.awt.headless=true");
    static final Map<ChildType, String> HEAP = Map.of(
            ChildType.RENDERER, "-Xmx256m", ChildType.GPU, "-Xmx256m", ChildType.PLUGIN, "-Xmx128m");

    private final Path sessionDir;
    private final String browserAddress;
    private final Path logFile;
    private final List<String> extraSwitches;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<String, ChildProcessHost> bySecret;

    /**
     * @param children       where each child's secret is recorded, for the browser's secret check
     * @param browserAddress where the browser serves ProcessHost and RendererHost
     */
    public ChildLauncher(Path sessionDir, String browserAddress, Path logFile, List<String> extraSwitches,
                         Map<String, ChildProcessHost> children) {
        this.sessionDir = sessionDir;
        this.browserAddress = browserAddress;
        this.logFile = logFile;
        this.extraSwitches = extraSwitches;
        this.bySecret = children;
    }

    /** Starts a child of {@code type}; it is ready when {@link ChildProcessHost#ready()} completes. */
    public ChildProcessHost launch(ChildType type, String childId) throws IOException {
        String id = childId != null ? childId : type.label() + "-" + nextId.getAndIncrement();
        Files.deleteIfExists(sessionDir.resolve(id + ".sock")); // a dead predecessor's socket
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(CHILD_JVM_FLAGS);
        command.add(HEAP.get(type));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("minibrowser.browser.Main");
        command.add(Switches.of(Switches.TYPE, type.label()));
        command.add(Switches.of(Switches.SESSION_DIR, sessionDir.toString()));
        command.add(Switches.of(Switches.BROWSER_ADDRESS, browserAddress));
        command.add(Switches.of(Switches.CHILD_ID, id));
        command.addAll(extraSwitches);

        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        String secret = Secrets.generate();
        ChildProcessHost host = new ChildProcessHost(type, id, process, secret);
        bySecret.put(secret, host);
        host.exited().thenRun(() -> bySecret.remove(secret));

        OutputStream pipe = process.getOutputStream();
        pipe.write((secret + "\n").getBytes(StandardCharsets.US_ASCII));
        pipe.flush();
        // The pipe stays open: closing it would tell the child its parent is gone.
        return host;
    }

    public Path sessionDir() {
        return sessionDir;
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
