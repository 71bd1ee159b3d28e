package minibrowser.common.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minibrowser.proto.ProbeSandboxReply;
import minibrowser.proto.ProbeSandboxRequest;
import minibrowser.proto.SandboxProbeOutcome;
import minibrowser.proto.SandboxProbeResult;

/**
 * What about:sandbox shows: a sandboxed child (the renderer of that tab) tries, from
 * where it runs, each thing its sandbox is there to refuse, and says what happened. To
 * show that the kernel refuses them, it has to try: so this is code that opens files and
 * sockets on purpose, and it lives here, in the code every child shares, not in the
 * renderer, whose own code opens none (ArchitectureTest).
 *
 * <p>Each outcome is decided from what actually happened: an exception (its text is
 * the kernel's reason), or a result that shows only the sandbox's own processes and
 * files. Nothing here asks whether a sandbox is on. Runs on renderer-main; every
 * probe is local and quick (a loopback or Unix-socket connect, a small read).
 */
public final class SandboxProbe {
    /** Bounds on what one probe reads and reports, so an odd system cannot make the answer large. */
    private static final int MAX_DETAIL_CHARS = 300;
    private static final int MAX_LISTED = 2000;

    private final ProbeSandboxRequest targets;
    /** This process and its ancestors as its own /proc shows them: what "the sandbox's own processes" means. */
    private final Set<Long> ownLine;

    public SandboxProbe(ProbeSandboxRequest targets) {
        this.targets = targets;
        this.ownLine = Stream.iterate(java.util.Optional.of(ProcessHandle.current()), java.util.Optional::isPresent,
                        p -> p.get().parent())
                .map(p -> p.get().pid()).collect(Collectors.toSet());
    }

    /** Runs every probe, in order, on the calling thread; each is local and quick. */
    public ProbeSandboxReply run() {
        ProbeSandboxReply.Builder reply = ProbeSandboxReply.newBuilder();
        reply.addResults(openOtherFrameBuffer().toBuilder().setProbe("frame-buffer"));
        reply.addResults(listSharedMemory().toBuilder().setProbe("dev-shm"));
        reply.addResults(readCommandLine("read /proc/1/cmdline (the first process)", 1).toBuilder().setProbe("proc-1"));
        reply.addResults(readCommandLine("read the browser's /proc/PID/cmdline", targets.getBrowserPid())
                .toBuilder().setProbe("browser-cmdline"));
        reply.addResults(connectToControlSocket().toBuilder().setProbe("control-socket"));
        reply.addResults(connectOverTcp().toBuilder().setProbe("tcp"));
        reply.addResults(readHomeDirectory().toBuilder().setProbe("home"));
        if (!targets.getProfileDatabase().isEmpty()) reply.addResults(readProfile().toBuilder().setProbe("profile"));
        reply.addResults(writeOutsideTmp().toBuilder().setProbe("write"));
        return reply.build();
    }

    private SandboxProbeResult openOtherFrameBuffer() {
        String name = "open another tab's frame buffer";
        Path path = Path.of(targets.getOtherFrameBuffer());
        try (FileChannel buffer = FileChannel.open(path, StandardOpenOption.READ)) {
            return allowed(name, path.toString(), "opened it for reading: " + buffer.size() + " bytes of another tab's memory");
        } catch (IOException | RuntimeException e) {
            return refused(name, path.toString(), e);
        }
    }

    /** Allowed when /dev/shm shows anything besides this renderer's own directory and sockets/. */
    private SandboxProbeResult listSharedMemory() {
        String name = "list /dev/shm";
        Path own = Path.of(targets.getOwnDir());
        Path sockets = Path.of(targets.getSocketsDir());
        try (Stream<Path> walk = Files.walk(Path.of("/dev/shm"), 3)) {
            List<Path> seen = walk.limit(MAX_LISTED).toList();
            List<String> others = seen.stream()
                    .filter(p -> !p.startsWith(own) && !p.startsWith(sockets) && !own.startsWith(p) && !sockets.startsWith(p))
                    .map(Path::toString).toList();
            if (others.isEmpty()) {
                return refused(name, "/dev/shm", "saw only its own directory and sockets/ (" + seen.size() + " entries)");
            }
            return allowed(name, "/dev/shm", "saw " + others.size() + " entries not its own, e.g. "
                    + String.join(", ", others.subList(0, Math.min(4, others.size()))));
        } catch (IOException | RuntimeException e) {
            return refused(name, "/dev/shm", e);
        }
    }

    /**
     * Refused when the read fails, or when the pid is one of this sandbox's own line of
     * processes and /proc lists nothing else (a new PID namespace with a procfs of its own).
     */
    private SandboxProbeResult readCommandLine(String name, long pid) {
        String target = "/proc/" + pid + "/cmdline";
        try {
            String commandLine = new String(Files.readAllBytes(Path.of(target)), StandardCharsets.UTF_8)
                    .replace('\0', ' ').trim();
            List<Long> visible = visibleProcesses();
            boolean onlyOwn = ownLine.containsAll(visible);
            if (onlyOwn && ownLine.contains(pid)) {
                return refused(name, target, "pid " + pid + " here is this sandbox's own process (" + commandLine
                        + "); /proc lists only the " + visible.size() + " processes of this sandbox");
            }
            return allowed(name, target, "read \"" + commandLine + "\"; /proc lists " + visible.size() + " processes");
        } catch (IOException | RuntimeException e) {
            return refused(name, target, e);
        }
    }

    private static List<Long> visibleProcesses() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).toList();
        }
    }

    private SandboxProbeResult connectToControlSocket() {
        String name = "connect to the browser's control socket";
        if (targets.getControlSocket().isEmpty()) {
            return result(name, "", SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_NOT_TRIED,
                    "this browser serves no control socket (no --remote-control)");
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(targets.getControlSocket()));
            return allowed(name, targets.getControlSocket(), "connected: it could drive the browser through the control API");
        } catch (IOException | RuntimeException e) {
            return refused(name, targets.getControlSocket(), e);
        }
    }

    /**
     * Connects to the port the browser listens on at 127.0.0.1. In a network namespace of
     * its own the renderer's loopback is its own: nothing listens there, and nothing else
     * is reachable.
     */
    private SandboxProbeResult connectOverTcp() {
        String name = "connect over TCP to the browser's machine (127.0.0.1)";
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), targets.getTcpPort());
        String target = "127.0.0.1:" + targets.getTcpPort();
        try (Socket socket = new Socket()) {
            socket.connect(address, 1000);
            return allowed(name, target, "connected: the machine's network is reachable");
        } catch (IOException | RuntimeException e) {
            return refused(name, target, e);
        }
    }

    private SandboxProbeResult readHomeDirectory() {
        String name = "read the home directory";
        Path home = Path.of(targets.getHomeDir());
        try (Stream<Path> entries = Files.list(home)) {
            List<String> names = entries.limit(MAX_LISTED).map(p -> p.getFileName().toString()).toList();
            return allowed(name, home.toString(), "listed " + names.size() + " entries, e.g. "
                    + String.join(", ", names.subList(0, Math.min(5, names.size()))));
        } catch (IOException | RuntimeException e) {
            return refused(name, home.toString(), e);
        }
    }

    private SandboxProbeResult readProfile() {
        String name = "read the browser's profile (history, bookmarks)";
        Path database = Path.of(targets.getProfileDatabase());
        Path directory = database.getParent();
        try (Stream<Path> entries = Files.list(directory)) {
            return allowed(name, directory.toString(), "listed it: " + entries.limit(MAX_LISTED).count() + " entries");
        } catch (IOException | RuntimeException cannotList) {
            // Listing is refused; the file itself may still be reachable by its name.
        }
        try (FileChannel file = FileChannel.open(database, StandardOpenOption.READ)) {
            return allowed(name, database.toString(), "opened it for reading: " + file.size() + " bytes of the user's data");
        } catch (IOException | RuntimeException e) {
            return refused(name, database.toString(), e);
        }
    }

    private SandboxProbeResult writeOutsideTmp() {
        String name = "write a file outside /tmp";
        Path target = Path.of(targets.getWriteTarget());
        try {
            Files.write(target, "written by a renderer\n".getBytes(StandardCharsets.UTF_8));
            Files.deleteIfExists(target);
            return allowed(name, target.toString(), "created it (and removed it again)");
        } catch (IOException | RuntimeException e) {
            return refused(name, target.toString(), e);
        }
    }

    private static SandboxProbeResult refused(String name, String target, Exception why) {
        return refused(name, target, why.getClass().getSimpleName() + ": " + why.getMessage());
    }

    private static SandboxProbeResult refused(String name, String target, String detail) {
        return result(name, target, SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_REFUSED, detail);
    }

    private static SandboxProbeResult allowed(String name, String target, String detail) {
        return result(name, target, SandboxProbeOutcome.SANDBOX_PROBE_OUTCOME_ALLOWED, detail);
    }

    private static SandboxProbeResult result(String name, String target, SandboxProbeOutcome outcome, String detail) {
        String shown = detail.length() > MAX_DETAIL_CHARS ? detail.substring(0, MAX_DETAIL_CHARS) + "..." : detail;
        return SandboxProbeResult.newBuilder().setName(name).setTarget(target).setOutcome(outcome).setDetail(shown).build();
    }
}
