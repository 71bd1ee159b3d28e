package minibrowser.browser.children;

import java.io.IOException;
import java.util.List;

/**
 * How {@link ChildLauncher} starts a child: the only thing that differs between
 * the process models. {@link ProcessLauncher} starts {@code java ... Main --type=...}
 * as a new OS process; {@link ThreadLauncher} runs the same entry point on a thread
 * of the browser's JVM (Chromium's {@code --single-process}).
 */
public interface ChildStarter {
    /**
     * Starts a child of {@code type} with {@code switches} (--type, --session-dir,
     * --browser-address, --child-id...). The caller writes the secret down its parent pipe.
     *
     * @param tempDir the child's own temporary directory (its {@code java.io.tmpdir}), made
     *                and removed by the caller; a child thread of this JVM shares the browser's
     * @param session the session directory, whose {@code sockets/} and child's own directory
     *                (made by the caller) are all a sandboxed child sees of it
     */
    RunningChild start(ChildType type, String childId, List<String> switches, java.nio.file.Path tempDir,
                       minibrowser.common.ipc.SessionLayout session) throws IOException;

    /**
     * The address the browser serves its child-facing contracts on, for a server named
     * {@code name}: in {@code sockets} (the session's shared socket directory) for processes.
     */
    String browserAddress(minibrowser.common.ipc.Transport transport, java.nio.file.Path sockets, String name);
}
