package minibrowser.common.ipc;

import java.nio.file.Path;

/**
 * Where things lie in a browser's session directory, the one place that says so:
 * <pre>
 *   /dev/shm/minibrowser-PID-xxxxxxxx/      mode 0700, the browser's
 *     sockets/                              what every child must reach
 *       browser.sock                        the browser's child-facing server
 *       gpu.sock                            the gpu's (renderers and the plugin send it frames)
 *     renderer-3/                           one directory per child, made by the browser
 *       renderer-3.sock                     the child's own server (the browser calls it)
 *       tmp-XXXX/                           its java.io.tmpdir
 *       frames-tab1-7.shm                   shared memory the browser made for it
 *     plugin/  plugin.sock  plugin-2.shm ...
 *     gpu/     tmp-XXXX/
 *     crashes/                              the browser's copies of dead children's crash reports
 *       renderer-3-4242.txt                 (a child writes its own as crash-report.txt in its directory)
 * </pre>
 * A sandboxed child sees {@code sockets/} (read-only) and its own directory, and
 * nothing else of the session: not another tab's frames, not another child's socket.
 */
public record SessionLayout(Path root) {
    /** The directory of sockets every child may connect to. */
    public Path sockets() {
        return root.resolve("sockets");
    }

    /** The browser's directory of the crash reports of this session's children (about:crashes). */
    public Path crashes() {
        return root.resolve("crashes");
    }

    /** The directory of one child: its socket (unless it serves in {@link #sockets()}), temp files, shared memory. */
    public Path childDir(String childId) {
        return root.resolve(childId);
    }
}
