package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.SessionLayout;

/**
 * The browser's private directory for one run: its sockets and shared-memory
 * files, laid out as {@link SessionLayout} says (a {@code sockets/} directory and one
 * directory per child, which {@code ChildLauncher} makes). Mode 0700, so no other user can connect to a socket or map a frame. On
 * {@code /dev/shm} (a tmpfs: memory, not disk) where there is one.
 *
 * <p>It is removed when the browser exits; if the browser is killed, its children
 * remove what they see of it as they exit (the gpu, not sandboxed, all of it; a
 * sandboxed child its own directory); and a new browser removes any left by dead browsers.
 */
final class SessionDirectory {
    static final String PREFIX = "minibrowser-";

    private SessionDirectory() {}

    static Path create() throws IOException {
        Path base = Files.isDirectory(Path.of("/dev/shm")) ? Path.of("/dev/shm") : Path.of(System.getProperty("java.io.tmpdir"));
        sweepStale(base);
        Path dir = base.resolve(PREFIX + ProcessHandle.current().pid() + "-" + Secrets.generate().substring(0, 8));
        Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.createDirectory(new SessionLayout(dir).sockets());
        return dir;
    }

    /** Removes directories of browsers that are no longer running. */
    private static void sweepStale(Path base) {
        try (Stream<Path> entries = Files.list(base)) {
            entries.filter(p -> p.getFileName().toString().startsWith(PREFIX)).forEach(p -> {
                String[] parts = p.getFileName().toString().split("-");
                try {
                    long pid = Long.parseLong(parts[1]);
                    if (ProcessHandle.of(pid).isEmpty()) ChildEndpoint.deleteQuietly(p);
                } catch (RuntimeException notOurs) {
                    // Not a session directory of ours.
                }
            });
        } catch (IOException unreadable) {
            // Nothing to sweep.
        }
    }

    /**
     * Removes the directory and everything in it. A child killed a moment ago may still
     * be closing its socket there, so a directory that is not empty yet is tried again
     * for up to a second.
     */
    static void delete(Path dir) {
        ChildEndpoint.deleteWithin(dir, 1000);
    }
}
