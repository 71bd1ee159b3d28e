package minibrowser.common.ipc;

import io.grpc.BindableService;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import minibrowser.common.ChildLog;
import minibrowser.common.ExitCode;
import minibrowser.common.Switches;
import minibrowser.common.trace.Trace;
import minibrowser.proto.ChildReadyRequest;
import minibrowser.proto.ProcessHostGrpc;

/**
 * The child side of the bootstrap every child process goes through, in order:
 * <ol>
 *   <li>read the secret from stdin ({@link ParentPipe});</li>
 *   <li>watch stdin: end-of-file means the browser died, so remove what this child
 *       sees of the session directory and exit with {@link ExitCode#PARENT_GONE};</li>
 *   <li>serve the child's own contract on a socket in {@link Switches#SOCKET_DIR} (its own
 *       directory, or {@code sockets/} for the gpu; {@link SessionLayout}), admitting
 *       only calls that carry the secret (or a secret {@code extraCallers} accepts);</li>
 *   <li>say {@code ChildReady} to the browser, giving that socket's address.</li>
 * </ol>
 *
 * <p>A child running as threads of the browser ({@code --in-process}, the
 * single-process model) serves on an in-process address instead of a socket, and
 * when its pipe closes it only stops its server: halting would end the browser.
 */
public final class ChildEndpoint implements AutoCloseable {
    private final String processName;
    private final Path sessionDir;
    private final Path socketDir;
    private final String childId;
    private final String secret;
    private final Transport transport;
    private final ManagedChannel browser;
    private final boolean inProcess;
    /** An in-process child other processes must reach ({@link Switches#SERVE_ON_SOCKET}). */
    private final boolean serveOnSocket;
    /** Set by the parent-watch thread of an in-process child; the server may not exist yet. */
    private volatile boolean stopped;
    private boolean closed; // guarded by this
    private volatile Server server;

    private ChildEndpoint(String processName, Path sessionDir, Path socketDir, String childId, String secret, Transport transport,
                          ManagedChannel browser, boolean inProcess, boolean serveOnSocket) {
        this.processName = processName;
        this.socketDir = socketDir;
        this.inProcess = inProcess;
        this.serveOnSocket = serveOnSocket;
        this.sessionDir = sessionDir;
        this.childId = childId;
        this.secret = secret;
        this.transport = transport;
        this.browser = browser;
    }

    /**
     * Steps 1 and 2, and a channel to the browser: everything a child needs before it
     * builds its threads. {@code processName} names the threads ("renderer-io-1"...).
     */
    public static ChildEndpoint connect(String processName, Switches switches, InputStream stdin) throws IOException {
        Path sessionDir = Path.of(switches.require(Switches.SESSION_DIR));
        // Started while the browser records a trace: record from the first moment.
        switches.get(Switches.TRACE_EVENTS).ifPresent(capacity -> Trace.start(processName, parseCapacity(capacity)));
        ParentPipe pipe = new ParentPipe(stdin);
        String secret = pipe.readSecret();
        boolean inProcess = switches.get(Switches.IN_PROCESS).isPresent();
        if (!inProcess) ChildLog.install(); // its log lines go to the stderr the browser reads
        Transport transport = new Transport(processName);
        ManagedChannel browser = transport.connect(switches.require(Switches.BROWSER_ADDRESS), secret);
        browser.getState(true); // connect now, while the child sets up its server, not at its first call
        Path ownDir = new SessionLayout(sessionDir).childDir(switches.require(Switches.CHILD_ID));
        Path socketDir = switches.get(Switches.SOCKET_DIR).map(Path::of).orElse(ownDir);
        ChildEndpoint endpoint = new ChildEndpoint(processName, sessionDir, socketDir, switches.require(Switches.CHILD_ID), secret, transport,
                browser, inProcess, switches.get(Switches.SERVE_ON_SOCKET).isPresent());
        pipe.watch(processName, inProcess ? endpoint::stopServing : () -> {
            // A sandboxed child sees only its own directory and sockets/ (read-only): it
            // removes its own directory; the gpu, which is not sandboxed, sees and removes
            // the rest. Whatever is left, the next browser's SessionDirectory sweeps away.
            deleteWithin(ownDir, 300); // another thread of ours may be binding its socket there just now
            deleteQuietly(sessionDir);
            Runtime.getRuntime().halt(ExitCode.PARENT_GONE.code());
        });
        return endpoint;
    }

    private static int parseCapacity(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0; // the default
        }
    }

    /** An in-process child's answer to its pipe closing: stop serving, so its entry point returns. */
    private synchronized void stopServing() {
        stopped = true;
        Server running = server;
        if (running != null && !closed) running.shutdownNow(); // after close() the server is down already
    }

    /**
     * Steps 3 and 4: serve {@code services} and tell the browser where. Calls that
     * carry this child's secret are the browser's ({@link Caller#BROWSER}).
     *
     * @param extraCallers other secrets this child admits (the gpu admits frame-sink
     *                     tokens): the caller for a secret, or empty
     * @param badMessages  what to do with a caller that sends a message no honest caller
     *                     sends ({@link BadMessages#REFUSE_ONLY} when only the browser calls)
     * @param onEventLoop  handle calls on the event-loop thread
     *                     ({@link Transport#serve(String, io.grpc.ServerInterceptor, BadMessages, List, boolean)}):
     *                     only for services whose handlers never block
     */
    public void serve(List<BindableService> services, Function<String, Optional<Caller>> extraCallers,
                      BadMessages badMessages, boolean onEventLoop) throws IOException {
        String requested = inProcess && !serveOnSocket ? Transport.inProcessAddress(sessionDir, childId)
                : transport.addressFor(socketDir, childId);
        List<BindableService> all = new java.util.ArrayList<>(services);
        all.add(new ChildProcessService(processName, transport));
        server = transport.serve(requested,
                Secrets.require(presented -> Secrets.same(presented, secret)
                        ? Optional.of(Caller.BROWSER) : extraCallers.apply(presented)),
                badMessages, all, onEventLoop);
        if (stopped) server.shutdownNow(); // the browser let go while we were starting
        String address = Transport.boundAddress(server, requested);
        ProcessHostGrpc.newBlockingStub(browser).withWaitForReady().withDeadlineAfter(60, TimeUnit.SECONDS)
                .childReady(ChildReadyRequest.newBuilder()
                        .setAddress(address)
                        .setPid(ProcessHandle.current().pid())
                        .build());
        ChildLog.say(processName + " ready: serving on " + address);
    }

    /** Steps 3 and 4 for a child whose only caller is the browser (a renderer, the plugin process). */
    public void serve(List<BindableService> services) throws IOException {
        serve(services, presented -> Optional.empty(), BadMessages.REFUSE_ONLY, false);
    }

    public Transport transport() { return transport; }

    /** The channel to the browser process, carrying this child's secret. */
    public ManagedChannel browser() { return browser; }


    /** Blocks until the server stops (the child is told to quit, or dies). */
    public void awaitTermination() throws InterruptedException {
        Server running = server;
        if (running != null) running.awaitTermination();
    }

    public void shutdown() {
        if (server != null) server.shutdown();
    }

    /**
     * Shuts the channel, the server and the transport down. Synchronized with
     * {@link #stopServing}: the parent-watch thread must not shut a server down again once
     * its transport's handler threads are gone (the server would hand them work).
     */
    @Override
    public synchronized void close() {
        closed = true;
        browser.shutdownNow();
        if (server != null) server.shutdownNow();
        transport.close();
    }

    /**
     * Removes a directory tree, trying again for up to {@code millis} while something
     * still puts files into it (a child binding its socket, one killed a moment ago).
     */
    public static void deleteWithin(Path dir, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (true) {
            deleteQuietly(dir);
            if (!Files.exists(dir) || System.nanoTime() > deadline) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Removes a directory tree, ignoring what is already gone (several children race here). */
    public static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Another child removed it first.
                }
            });
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // The directory is already gone.
        }
    }
}
