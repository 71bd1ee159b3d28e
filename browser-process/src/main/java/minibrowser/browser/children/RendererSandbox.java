package minibrowser.browser.children;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code --sandbox}: each renderer process starts in a network namespace of its own
 * that holds nothing but a loopback interface that is down, so it cannot open a
 * connection anywhere, not even to this machine (Chromium's renderer sandbox does the
 * same with a new network namespace on Linux). The ArchitectureTest already forbids
 * network code in the renderer; this makes the kernel enforce it.
 * <pre>
 *   unshare --net --map-root-user -- java ... minibrowser.browser.Main --type=renderer ...
 * </pre>
 * {@code unshare} makes the namespace and then execs the command in its own process,
 * so the pid the browser launched is the renderer JVM's pid ({@code ctl ps}, the task
 * manager and kill all see the JVM). {@code --map-root-user} makes a user namespace
 * too, which lets a user without privileges make a network namespace (root does not
 * need it, but it does no harm).
 *
 * <p>The renderer still reaches the browser and the gpu: their sockets are files in
 * the session directory, and a Unix socket file is reached through the file system,
 * which the namespace does not hide. Loopback TCP, the transport's fallback, would
 * not be reachable, so the sandbox needs Unix sockets.
 */
public final class RendererSandbox {
    private static final List<String> UNSHARE = List.of("unshare", "--net", "--map-root-user", "--");

    private RendererSandbox() {}

    /** {@code command}, to be run inside a new, empty network namespace. */
    static List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(UNSHARE);
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Whether the sandbox can be used here: unshare runs and may make a network
     * namespace, and children reach the browser over Unix sockets. Empty when it can,
     * else why not, in words for the user.
     */
    public static Optional<String> unavailableBecause(boolean unixSockets) {
        if (!unixSockets) return Optional.of("children talk over loopback TCP here, which a sandboxed renderer cannot reach");
        try {
            Process probe = new ProcessBuilder(wrap(List.of("true"))).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!probe.waitFor(10, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return Optional.of("unshare did not finish");
            }
            return probe.exitValue() == 0 ? Optional.empty()
                    : Optional.of("unshare --net --map-root-user failed (exit code " + probe.exitValue()
                            + "): this system does not let this user make network namespaces");
        } catch (IOException e) {
            return Optional.of("unshare (util-linux) is not installed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }
}
