package minibrowser.browser.children;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS sandbox of renderers and the plugin process (Chromium's Linux sandbox puts
 * its renderers in new namespaces the same way), made with bubblewrap ({@code bwrap}):
 * <pre>
 *   bwrap --die-with-parent --new-session --unshare-user --unshare-pid --unshare-ipc
 *         --unshare-net --unshare-uts --unshare-cgroup-try --cap-drop ALL
 *         --proc /proc --dev /dev --tmpfs /tmp
 *         --ro-bind system libraries, fonts, the JDK's /etc/java-17-openjdk, ld.so.cache, localtime
 *         --ro-bind JDK --ro-bind every class-path entry --ro-bind minibrowser.jsa
 *         --ro-bind SESSION/sockets --bind SESSION/CHILD       (same paths as outside)
 *         --remount-ro / --remount-ro /dev --chdir SESSION/CHILD
 *         -- java ... minibrowser.app.Main --type=renderer ...
 * </pre>
 * Inside, the child is in a user, mount, PID, IPC, UTS and network namespace of its own:
 * its root is an empty tmpfs made read-only after the mounts above, so it sees no home
 * directory, no profile, no other child's directory, no control socket; its {@code /proc}
 * is a new one that lists only the sandbox's own two processes (bwrap's init and the JVM);
 * its network namespace holds nothing but a loopback of its own, so nothing outside the
 * sandbox can be reached over the network. It still reaches the
 * browser and the gpu through their sockets in {@code sockets/}: a Unix socket is
 * connected to through the file system, and connecting needs no write access to the mount.
 *
 * <p>bwrap forks: the JVM is a grandchild of the browser (browser, bwrap, bwrap as the
 * PID namespace's init, java), so the pid the browser shows is found among bwrap's
 * descendants ({@link SandboxedProcess}). {@code --die-with-parent} ends the sandbox with
 * the browser; the JVM also reads end-of-file on stdin, which bwrap passes through.
 *
 * <p>What it does not do (Chromium does): filter system calls (seccomp-bpf). A renderer
 * that runs code of its own can still make every system call the kernel allows an
 * unprivileged process in its own namespaces.
 */
public final class ChildSandbox {
    private static final String BWRAP = "bwrap";
    private static final List<String> NAMESPACES = List.of(BWRAP, "--die-with-parent", "--new-session",
            "--unshare-user", "--unshare-pid", "--unshare-ipc", "--unshare-net", "--unshare-uts",
            "--unshare-cgroup-try", "--cap-drop", "ALL");

    private final List<Path> readOnly;
    private final List<Path> writable;

    /**
     * @param readOnly what the child may read besides the system's libraries, fonts and the
     *                 JDK's configuration: the JDK, every class-path entry, the class-data archive
     * @param writable directories it may write to besides its own (the class lists of a training run)
     */
    public ChildSandbox(List<Path> readOnly, List<Path> writable) {
        this.readOnly = readOnly;
        this.writable = writable;
    }

    /**
     * {@code command}, to be run inside a new sandbox that sees {@code sockets} (read-only)
     * and {@code ownDir} (read-write) of the session directory, at the same paths.
     */
    List<String> wrap(List<String> command, Path sockets, Path ownDir) {
        List<String> wrapped = new ArrayList<>(NAMESPACES);
        // The new /proc, /dev and /tmp first: a bind below /tmp or /dev (a jar, the session) then lies on top.
        wrapped.addAll(List.of("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"));
        systemFiles(wrapped);
        for (Path path : readOnly) bind(wrapped, "--ro-bind", path);
        for (Path path : writable) bind(wrapped, "--bind", path);
        bind(wrapped, "--ro-bind", sockets);
        bind(wrapped, "--bind", ownDir);
        // The skeleton bwrap made for the mounts (/, and /dev where the session lies) cannot be written to.
        wrapped.addAll(List.of("--remount-ro", "/", "--remount-ro", "/dev", "--chdir", ownDir.toString(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * What a JVM needs of the system, found by trying: the dynamic libraries (and the
     * {@code /lib} links to them), {@code ld.so.cache}, the JDK's configuration in
     * {@code /etc} (Debian keeps {@code java.security} there), fontconfig and the fonts
     * (Java2D draws text), and the time zone. Not the rest of {@code /etc}, not
     * {@code /root} or any home directory.
     */
    private static void systemFiles(List<String> args) {
        for (String top : List.of("/lib", "/lib64", "/lib32", "/libx32")) {
            Path path = Path.of(top);
            if (Files.isSymbolicLink(path)) {
                symlink(args, path);
            } else if (Files.isDirectory(path)) {
                bind(args, "--ro-bind", path);
            }
        }
        try (DirectoryStream<Path> multiarch = Files.newDirectoryStream(Path.of("/usr/lib"), "*-linux-gnu*")) {
            multiarch.forEach(dir -> bind(args, "--ro-bind", dir));
        } catch (IOException none) {
            // A system without multiarch directories keeps its libraries in /usr/lib64 or /lib.
        }
        for (String path : List.of("/usr/lib64", "/etc/ld.so.cache",
                "/etc/java-" + Runtime.version().feature() + "-openjdk",
                "/etc/fonts", "/usr/share/fonts", "/usr/share/fontconfig", "/var/cache/fontconfig",
                "/etc/timezone")) {
            if (Files.exists(Path.of(path))) bind(args, "--ro-bind", Path.of(path));
        }
        Path localtime = Path.of("/etc/localtime");
        if (Files.isSymbolicLink(localtime)) {
            // The JDK reads the zone's name from where the link points; bind only that one file.
            symlink(args, localtime);
            try {
                bind(args, "--ro-bind", localtime.toRealPath());
            } catch (IOException dangling) {
                // No time zone file: the JVM uses GMT.
            }
        } else if (Files.exists(localtime)) {
            bind(args, "--ro-bind", localtime);
        }
    }

    private static void bind(List<String> args, String how, Path path) {
        String absolute = path.toAbsolutePath().normalize().toString();
        args.addAll(List.of(how, absolute, absolute));
    }

    private static void symlink(List<String> args, Path link) {
        try {
            args.addAll(List.of("--symlink", Files.readSymbolicLink(link).toString(), link.toString()));
        } catch (IOException unreadable) {
            // Not a link after all: nothing to copy.
        }
    }

    /**
     * Whether the sandbox can be used here: bwrap is installed and may make these
     * namespaces, and children reach the browser over Unix sockets. Run once at start.
     * Empty when it can, else why not, in words for the user.
     */
    public static Optional<String> unavailableBecause(boolean unixSockets) {
        if (!unixSockets) return Optional.of("children talk over loopback TCP here, which a sandboxed child cannot reach");
        List<String> probe = new ArrayList<>(NAMESPACES);
        probe.addAll(List.of("--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--", "true"));
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.of("bwrap did not finish");
            }
            return process.exitValue() == 0 ? Optional.empty()
                    : Optional.of("bwrap failed (exit code " + process.exitValue()
                            + "): this system does not let this user make user, PID and network namespaces");
        } catch (IOException e) {
            return Optional.of("bubblewrap (bwrap) is not installed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
