package minibrowser.browser;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import minibrowser.common.ipc.SessionLayout;
import minibrowser.proto.ProbeSandboxReply;
import minibrowser.proto.ProbeSandboxRequest;
import minibrowser.proto.SandboxProbeOutcome;
import minibrowser.proto.SandboxProbeResult;

/**
 * {@code about:sandbox} (Chromium's {@code chrome://sandbox}): the tab's renderer tries
 * what its sandbox must refuse ({@code Renderer.ProbeSandbox}), and the browser shows the
 * answers as a page. Only a page the user typed: the browser refuses renderer-initiated
 * navigations to internal pages.
 *
 * <p>This class picks the targets (another renderer's frame buffer, or a decoy file
 * outside the renderer's directory; the browser's pid; the control socket; the home
 * directory; a file to write outside {@code /tmp}; a TCP port it listens on for the
 * probe's duration) and turns the answer into HTML. The
 * answer comes from a renderer, so every string of it is escaped.
 */
final class SandboxPage implements AutoCloseable {
    static final String URL = "about:sandbox";
    /** Stands in for another tab's frame buffer when no other renderer has one yet. */
    private static final String DECOY = "decoy-frame-buffer.shm";

    private final SessionLayout session;
    private final Path controlSocket;
    /** A loopback port to connect to, open while the probe runs ({@link #close} ends it); null if it could not open. */
    private final ServerSocket listener;

    /**
     * Stands in for the control socket of a run that serves none (no --remote-control),
     * listening while the probe runs where a real one lies: outside every child's sandbox.
     * Null when there is a real one, or it could not be opened.
     */
    private final ServerSocketChannel standIn;

    /** @param controlSocket the control API's socket, or null when this run serves none */
    SandboxPage(Path sessionDir, Path controlSocket) {
        this.session = new SessionLayout(sessionDir);
        this.standIn = controlSocket == null ? listenOn(session.root().resolve("control-stand-in.sock")) : null;
        this.controlSocket = controlSocket != null ? controlSocket
                : standIn != null ? session.root().resolve("control-stand-in.sock") : null;
        ServerSocket opened;
        try {
            // A connection completes in the backlog: nothing needs to accept it.
            opened = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        } catch (IOException noLoopback) {
            opened = null;
        }
        this.listener = opened;
    }

    private static ServerSocketChannel listenOn(Path socket) {
        try {
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException | UnsupportedOperationException cannot) {
            return null;
        }
    }

    /** Stops listening on the probe's port and the stand-in control socket. */
    @Override
    public void close() {
        try {
            if (listener != null) listener.close();
            if (standIn != null) {
                standIn.close();
                Files.deleteIfExists(session.root().resolve("control-stand-in.sock"));
            }
        } catch (IOException alreadyClosed) {
            // Nothing left to close.
        }
    }

    static boolean is(String url) {
        return URL.equals(url);
    }

    /**
     * What the renderer {@code childId} is to try.
     *
     * @param otherFrameBuffer a frame buffer of a tab another renderer draws, if there is one
     * @param profileDatabase  the browser's profile database, if it keeps one
     */
    ProbeSandboxRequest targets(String childId, Optional<Path> otherFrameBuffer, Optional<Path> profileDatabase) {
        Path buffer = otherFrameBuffer.orElseGet(this::decoy);
        return ProbeSandboxRequest.newBuilder()
                .setOtherFrameBuffer(buffer.toString())
                .setBrowserPid(ProcessHandle.current().pid())
                .setControlSocket(controlSocket == null ? "" : controlSocket.toString())
                .setHomeDir(System.getProperty("user.home"))
                .setWriteTarget(session.root().resolve("written-by-" + childId).toString())
                .setOwnDir(session.childDir(childId).toString())
                .setSocketsDir(session.sockets().toString())
                .setTcpPort(listener == null ? 0 : listener.getLocalPort())
                .setProfileDatabase(profileDatabase.map(Path::toString).orElse(""))
                .build();
    }

    /** A file in the session's root, which no child's sandbox shows; made once. */
    private Path decoy() {
        Path decoy = session.root().resolve(DECOY);
        try {
            if (!Files.exists(decoy)) Files.write(decoy, new byte[4096]);
        } catch (IOException unwritable) {
            // The renderer's probe then fails for a reason of ours; its text says which.
        }
        return decoy;
    }

    /**
     * The page: one row per probe, what was tried, on what, and what happened. Its title
     * sums the outcomes up by probe name ("about:sandbox: refused [frame-buffer, tcp];
     * allowed []; not tried [control-socket]"), which {@code ctl tabs} shows.
     */
    static byte[] html(ProbeSandboxReply reply, boolean sandboxed) {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>")
                .append(ErrorPages.escape(title(reply))).append("</title></head><body>");
        page.append("<h1>about:sandbox</h1><p>This tab's renderer ")
                .append(sandboxed ? "was started in the OS sandbox (bubblewrap: its own user, mount, PID, IPC and network"
                        + " namespaces)." : "was started without the OS sandbox (--no-sandbox, or not available here).")
                .append(" It tried each of these from inside its process; what happened:</p>");
        page.append("<table border=1><tr><th>tried</th><th>on</th><th>result</th><th>what happened</th></tr>");
        for (SandboxProbeResult result : reply.getResultsList()) {
            page.append("<tr><td>").append(ErrorPages.escape(result.getName())).append("</td><td>").append(ErrorPages.escape(result.getTarget()))
                    .append("</td><td><b>").append(word(result.getOutcome())).append("</b></td><td>")
                    .append(ErrorPages.escape(result.getDetail())).append("</td></tr>");
        }
        page.append("</table></body></html>");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String title(ProbeSandboxReply reply) {
        StringBuilder title = new StringBuilder("about:sandbox:");
        String separator = " ";
        for (SandboxProbeOutcome outcome : java.util.List.of(SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_REFUSED,
                SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_ALLOWED, SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_NOT_TRIED)) {
            title.append(separator).append(word(outcome)).append(" ").append(reply.getResultsList().stream()
                    .filter(r -> r.getOutcome() == outcome).map(SandboxProbeResult::getProbe).toList());
            separator = "; ";
        }
        return title.toString();
    }

    private static String word(SandboxProbeOutcome outcome) {
        switch (outcome) {
            case SANDBOX_PROBE_OUTCOME_REFUSED: return "refused";
            case SANDBOX_PROBE_OUTCOME_ALLOWED: return "allowed";
            case SANDBOX_PROBE_OUTCOME_NOT_TRIED: return "not tried";
            default: return "unknown";
        }
    }
}
