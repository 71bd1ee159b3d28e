package minibrowser.common.ipc;

import io.grpc.BindableService;
import io.grpc.ClientInterceptor;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;
import minibrowser.common.trace.TracedCalls;

/**
 * gRPC over Netty for one process: servers and channels on Unix domain sockets
 * (epoll), or loopback TCP where domain sockets are unavailable, or gRPC's
 * in-process transport.
 *
 * <p>An address is text, so it can travel in a message or on a command line:
 * <pre>
 *   unix:/dev/shm/minibrowser-42-x/renderer-3.sock   a Unix domain socket
 *   tcp:127.0.0.1:40123                              loopback TCP (fallback)
 *   inproc:renderer-3                                in-process (single-process mode)
 * </pre>
 *
 * <p>One process owns one Transport: one small pool of Netty event-loop threads
 * named {@code <process>-io-N}, and one bounded executor {@code <process>-grpc-N}
 * that runs call handlers. Handlers only post work to the thread that owns it.
 */
public final class Transport implements AutoCloseable {
    /** Frames and screenshots can exceed gRPC's 4 MiB default. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

    /**
     * Netty warns on every Unix-socket connection that SO_KEEPALIVE does not apply to
     * it; harmless, so that one logger is quietened. Kept here so it is not collected.
     */
    private static final java.util.logging.Logger BOOTSTRAP_LOG = quiet("io.netty.bootstrap");

    private final boolean domainSockets;
    private final EventLoopGroup eventLoops;
    private final ExecutorService handlers;
    private final IpcStats ipcStats = new IpcStats();

    public Transport(String processName) {
        this.domainSockets = Epoll.isAvailable();
        this.eventLoops = domainSockets
                ? new EpollEventLoopGroup(1, NamedThreads.numbered(processName + "-io", true))
                : new NioEventLoopGroup(1, NamedThreads.numbered(processName + "-io", true));
        this.handlers = NamedThreads.grpcPool(processName + "-grpc", 4);
    }

    /** Whether this machine gives us Unix domain sockets (Linux epoll). */
    public boolean hasDomainSockets() {
        return domainSockets;
    }

    /**
     * The address to listen on for a server named {@code name} in {@code dir} (a directory
     * of the session, {@link SessionLayout}): a socket file there, or loopback TCP on a free port.
     */
    public String addressFor(java.nio.file.Path dir, String name) {
        return domainSockets ? "unix:" + dir.resolve(name + ".sock") : "tcp:127.0.0.1:0";
    }

    /**
     * The in-process address for a server named {@code name} of the browser whose
     * session directory is {@code sessionDir}: unique within the JVM, since in-process
     * names are global to it.
     */
    public static String inProcessAddress(java.nio.file.Path sessionDir, String name) {
        return "inproc:" + sessionDir.resolve(name);
    }

    /**
     * Starts a server for {@code services}. Every call passes three checks before a
     * handler runs: {@code guard} finds the {@link Caller} by the secret the call carries
     * (or refuses it), {@link AllowedCallers} admits only the kinds of caller the method's
     * contract names, and {@link ParsedRequests} parses the request where the caller is
     * known. A call that fails the last two is a bad message of its caller, handed to
     * {@code badMessages}. Returns the started server; {@link #boundAddress} tells where
     * it listens.
     */
    public Server serve(String address, ServerInterceptor guard, BadMessages badMessages, List<BindableService> services)
            throws IOException {
        return serve(address, guard, badMessages, services, false);
    }

    /**
     * As {@link #serve(String, ServerInterceptor, BadMessages, List)}; with {@code onEventLoop}, calls
     * are handled on the event-loop thread itself, one thread hop fewer per call. Only for
     * services whose handlers never block (the gpu's: they post to gpu-display and answer
     * from there). Each hop wakes a sleeping thread: tens of microseconds on this machine.
     */
    public Server serve(String address, ServerInterceptor guard, BadMessages badMessages, List<BindableService> services,
                        boolean onEventLoop) throws IOException {
        java.util.concurrent.Executor calls = onEventLoop ? com.google.common.util.concurrent.MoreExecutors.directExecutor()
                : handlers;
        List<ServerServiceDefinition> checked = new java.util.ArrayList<>();
        for (BindableService service : services) {
            // The last interceptor runs first: the guard, then the callers check; the parse is in the service.
            // ... and last, just before the handler, the call's slice in a trace (TracedCalls).
            checked.add(ServerInterceptors.intercept(ParsedRequests.of(service.bindService(), badMessages),
                    TracedCalls.server(), AllowedCallers.check(badMessages), guard));
        }
        if (address.startsWith("inproc:")) {
            InProcessServerBuilder builder = InProcessServerBuilder.forName(address.substring(7)).executor(calls);
            checked.forEach(builder::addService);
            return builder.build().start();
        }
        NettyServerBuilder builder = NettyServerBuilder.forAddress(socketAddress(address))
                .bossEventLoopGroup(eventLoops)
                .workerEventLoopGroup(eventLoops)
                .channelType(domainSockets && address.startsWith("unix:")
                        ? EpollServerDomainSocketChannel.class : serverTcpChannel())
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .executor(calls);
        checked.forEach(builder::addService);
        return builder.build().start();
    }

    /** Where {@code server} listens, as an address another process can connect to. */
    public static String boundAddress(Server server, String requested) {
        if (!requested.startsWith("tcp:")) return requested;
        SocketAddress bound = server.getListenSockets().get(0);
        return "tcp:127.0.0.1:" + ((InetSocketAddress) bound).getPort();
    }

    /**
     * A channel to {@code address} whose every call carries {@code secret}, is counted
     * in {@link #ipcStats} and, while a trace records, appears in it ({@link TracedCalls}).
     */
    public ManagedChannel connect(String address, String secret) {
        String peer = peerName(address);
        ClientInterceptor[] interceptors = {Secrets.attach(secret), ipcStats.counting(peer), TracedCalls.client(peer)};
        if (address.startsWith("inproc:")) {
            return InProcessChannelBuilder.forName(address.substring(7))
                    .intercept(interceptors).executor(handlers).build();
        }
        return NettyChannelBuilder.forAddress(socketAddress(address))
                .eventLoopGroup(eventLoops)
                .channelType(address.startsWith("unix:") ? EpollDomainSocketChannel.class : clientTcpChannel())
                .usePlaintext()
                .maxInboundMessageSize(MAX_MESSAGE_BYTES)
                .intercept(interceptors)
                .executor(handlers)
                .build();
    }

    /** The calls this process made on its channels, per callee and method. */
    public IpcStats ipcStats() {
        return ipcStats;
    }

    /**
     * The callee's name in an address: its server's file name ("gpu" for
     * {@code unix:/dev/shm/minibrowser-42-x/sockets/gpu.sock}, "renderer-3" for
     * {@code inproc:/dev/shm/.../renderer-3}); "tcp" for loopback TCP, which names no one.
     */
    static String peerName(String address) {
        if (address.startsWith("tcp:")) return "tcp";
        String name = address.substring(address.lastIndexOf('/') + 1);
        if (name.endsWith(".sock")) name = name.substring(0, name.length() - 5);
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    static SocketAddress socketAddress(String address) {
        if (address.startsWith("unix:")) return new DomainSocketAddress(address.substring(5));
        if (address.startsWith("tcp:")) {
            String hostPort = address.substring(4);
            int colon = hostPort.lastIndexOf(':');
            return new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
        }
        throw new IllegalArgumentException("not an address: " + address);
    }

    private Class<? extends io.netty.channel.ServerChannel> serverTcpChannel() {
        return domainSockets ? io.netty.channel.epoll.EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }

    private Class<? extends io.netty.channel.Channel> clientTcpChannel() {
        return domainSockets ? io.netty.channel.epoll.EpollSocketChannel.class : NioSocketChannel.class;
    }

    /**
     * Stops the event loops and handler threads; servers and channels must be shut down
     * first. Waits (up to a second) until the event-loop thread has left {@code epoll_wait}:
     * a JVM that exits while a thread is in native code waits 300 ms for it first.
     */
    @Override
    public void close() {
        io.netty.util.concurrent.Future<?> stopped = eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        handlers.shutdownNow();
        stopped.awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
}
