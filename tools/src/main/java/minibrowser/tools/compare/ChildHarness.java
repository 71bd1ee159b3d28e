package minibrowser.tools.compare;

import minibrowser.tools.harness.RunningBrowser;
import io.grpc.BindableService;
import io.grpc.Server;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.children.ChildMain;
import java.util.function.Function;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.Callers;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildStarter;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.children.ProcessHostService;
import minibrowser.browser.children.ThreadLauncher;
import minibrowser.browser.children.LiveLog;
import minibrowser.browser.children.ProcessLauncher;
import minibrowser.common.Switches;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.SessionLayout;
import minibrowser.common.ipc.Transport;

/**
 * Just enough of a browser to start real children and talk to them, for the
 * micro benchmarks: a session directory, the ProcessHost contract (ChildReady) and
 * the same {@link ChildLauncher} the browser uses, with processes or threads.
 */
final class ChildHarness implements AutoCloseable {
    private final Path session;
    private final Transport transport = new Transport("compare");
    private final Map<String, ChildProcessHost> children = new ConcurrentHashMap<>();
    private final List<ChildProcessHost> launched = new ArrayList<>();
    private final Server server;
    private final ChildLauncher launcher;

    /**
     * @param inProcess  the children's entry points, to run them as threads of this JVM;
     *                   null: start them as processes
     * @param jvmFlags   child JVM flags instead of the measured defaults, or null
     */
    ChildHarness(Function<ChildType, ChildMain> inProcess, List<String> jvmFlags) throws IOException {
        this(inProcess, jvmFlags, false);
    }

    /** @param sandbox renderers start inside the OS sandbox ({@code ChildSandbox}), as the browser starts them by default */
    ChildHarness(Function<ChildType, ChildMain> inProcess, List<String> jvmFlags, boolean sandbox) throws IOException {
        Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        session = Files.createTempDirectory(base, "minibrowser-compare-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path logs = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "minibrowser-logs"));
        Path log = logs.resolve("compare-" + ProcessHandle.current().pid() + ".log"); // the children's output
        ChildStarter starter = inProcess != null ? new ThreadLauncher(inProcess)
                : new ProcessLauncher(LiveLog.fileOnly(log), new ChildJvmFlags(jvmFlags, RunningBrowser.jar()), sandbox, List.of());
        Path sockets = Files.createDirectory(new SessionLayout(session).sockets());
        String requested = starter.browserAddress(transport, sockets, "browser");
        server = transport.serve(requested, Callers.guard(children), Callers.killTheSender(),
                List.<BindableService>of(new ProcessHostService(transport, session,
                        token -> java.util.concurrent.CompletableFuture.completedFuture(java.util.Optional.empty()))));
        launcher = new ChildLauncher(session, Transport.boundAddress(server, requested), log,
                List.of(Switches.of(Switches.DEVICE, "pixels")), children, starter);
    }

    /** Starts a child and waits until it said ChildReady. */
    ChildProcessHost launch(ChildType type) throws Exception {
        ChildProcessHost child = launcher.launch(type, null);
        launched.add(child);
        child.ready().get(60, TimeUnit.SECONDS);
        return child;
    }

    Transport transport() {
        return transport;
    }

    Path session() {
        return session;
    }

    @Override
    public void close() {
        launched.forEach(ChildProcessHost::killAndWait);
        server.shutdownNow();
        transport.close();
        ChildEndpoint.deleteQuietly(session);
    }
}
