package minibrowser.browser.children;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.common.Switches;
import minibrowser.common.trace.Trace;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.SessionLayout;

/**
 * Starts child processes, the way Chromium does: the same program with a
 * {@code --type} switch. Each child is a descendant of the browser process: its child,
 * or, in the sandbox, the child of bwrap's init (as Chromium's renderers are children of
 * its zygote, not of the browser):
 * <pre>
 *   [bwrap ... --] java [child JVM flags] -cp minibrowser.jar minibrowser.app.Main \
 *        --type=renderer --session-dir=... --socket-dir=... --browser-address=... --child-id=renderer-3
 * </pre>
 * Its stdin is a pipe from the browser: the first line is a fresh random secret,
 * and the browser keeps the pipe open for as long as it lives, so the child reads
 * end-of-file when the browser dies. Its stdout and stderr go to the browser's log.
 *
 * <p>How the child is started is a {@link ChildStarter}: a new OS process
 * ({@link ProcessLauncher}, the default) or threads of this JVM ({@link ThreadLauncher},
 * the single-process model). The switches, the secret and the pipe are the same.
 */
public final class ChildLauncher {
    private final Path sessionDir;
    private final SessionLayout layout;
    private final String browserAddress;
    private final Path logFile;
    private final List<String> extraSwitches;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final Map<String, ChildProcessHost> bySecret;
    private final ChildStarter starter;
    /**
     * Set by {@link #endAll}: the browser is going, and no child may start after it.
     * Shared with the launchers {@link #withStarter} makes.
     */
    private final AtomicBoolean closed;

    /**
     * @param children       where each child's secret is recorded, for the browser's secret check
     * @param browserAddress where the browser serves ProcessHost and RendererHost
     * @param starter        how children are started: as processes, or as threads of this JVM
     */
    public ChildLauncher(Path sessionDir, String browserAddress, Path logFile, List<String> extraSwitches,
                         Map<String, ChildProcessHost> children, ChildStarter starter) {
        this(sessionDir, browserAddress, logFile, extraSwitches, children, starter, new AtomicBoolean());
    }

    private ChildLauncher(Path sessionDir, String browserAddress, Path logFile, List<String> extraSwitches,
                          Map<String, ChildProcessHost> children, ChildStarter starter, AtomicBoolean closed) {
        this.closed = closed;
        this.starter = starter;
        this.sessionDir = sessionDir;
        this.layout = new SessionLayout(sessionDir);
        this.browserAddress = browserAddress;
        this.logFile = logFile;
        this.extraSwitches = extraSwitches;
        this.bySecret = children;
    }

    /**
     * Starts a child of {@code type}; it is ready when {@link ChildProcessHost#ready()} completes.
     * Its directory in the session ({@link SessionLayout#childDir}) is made here: its socket
     * (the gpu's lies in {@code sockets/}), its temporary files, the shared memory the
     * browser makes for it. A sandboxed child sees only that directory and {@code sockets/}.
     */
    public ChildProcessHost launch(ChildType type, String childId) throws IOException {
        String id = childId != null ? childId : type.label() + "-" + nextId.getAndIncrement();
        Path ownDir = Files.createDirectories(layout.childDir(id));
        Path socketDir = type.reachedByEveryChild() ? layout.sockets() : ownDir;
        Files.deleteIfExists(socketDir.resolve(id + ".sock")); // a dead predecessor's socket
        List<String> switches = new ArrayList<>();
        switches.add(Switches.of(Switches.TYPE, type.label()));
        switches.add(Switches.of(Switches.SESSION_DIR, sessionDir.toString()));
        switches.add(Switches.of(Switches.SOCKET_DIR, socketDir.toString()));
        switches.add(Switches.of(Switches.BROWSER_ADDRESS, browserAddress));
        switches.add(Switches.of(Switches.CHILD_ID, id));
        switches.addAll(extraSwitches);
        // Started while a trace records: the child records from its first moment, with the same capacity.
        if (Trace.on()) switches.add(Switches.of(Switches.TRACE_EVENTS, Integer.toString(Trace.capacity())));
        // Unique per start: a reused id's predecessor may still be removing its own.
        Path tempDir = Files.createTempDirectory(ownDir, "tmp-");
        RunningChild process = starter.start(type, id, switches, tempDir, layout);
        String secret = Secrets.generate();
        ChildProcessHost host = new ChildProcessHost(type, id, process, secret, ownDir, new CrashReports(sessionDir));
        bySecret.put(secret, host);
        if (closed.get()) { // the browser began to exit while this child started: it must not outlive it
            host.killAndWait();
            throw new IOException("the browser is shutting down");
        }
        Trace.instant("process", "child started", "type", type.label(), "id", id, "pid", Long.toString(host.pid()));
        host.exited().thenRun(() -> {
            Trace.instant("process", "child exited", "type", type.label(), "id", id, "pid", Long.toString(host.pid()),
                    "cause", String.valueOf(host.deathReason()), "ended by the browser", Boolean.toString(host.killedOnPurpose()));
            bySecret.remove(secret);
            // What a dead child cannot remove itself: its temporary files, and its directory
            // (socket, shared memory) unless the id is reused (the gpu's or the plugin's
            // successor may already be using it).
            ChildEndpoint.deleteQuietly(tempDir);
            if (childId == null) ChildEndpoint.deleteQuietly(ownDir);
        });

        OutputStream pipe = process.parentPipe();
        pipe.write((secret + "\n").getBytes(StandardCharsets.US_ASCII));
        pipe.flush();
        // The pipe stays open: closing it would tell the child its parent is gone.
        return host;
    }

    /**
     * The browser's last step: ends every child still running, of this launcher and of
     * those {@link #withStarter} made (a spare renderer or a replacement may be starting
     * while the browser quits), and refuses to start more. A child is in {@code bySecret}
     * from its start until it exits, so none is missed.
     */
    public void endAll() {
        closed.set(true);
        List.copyOf(bySecret.values()).forEach(ChildProcessHost::killAndWait);
    }

    /**
     * A launcher like this one (same session, browser address and secret table) that
     * starts children with {@code other}: the browser starts its in-process gpu with it.
     */
    public ChildLauncher withStarter(ChildStarter other) {
        return new ChildLauncher(sessionDir, browserAddress, logFile, extraSwitches, bySecret, other, closed);
    }

    public Path sessionDir() {
        return sessionDir;
    }

    /** The directory of the child {@code childId} in the session (its socket, temp files, shared memory). */
    public Path childDir(String childId) {
        return layout.childDir(childId);
    }
}
