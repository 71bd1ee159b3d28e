package minibrowser.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The command line a child process is started with, e.g.
 * {@code --type=renderer --session-dir=/dev/shm/minibrowser-123 --browser-address=unix:/...}.
 * Like Chromium's switches: {@code --name=value} pairs, read once at the entry point.
 */
public final class Switches {
    public static final String TYPE = "type";
    public static final String SESSION_DIR = "session-dir";
    public static final String BROWSER_ADDRESS = "browser-address";
    public static final String CHILD_ID = "child-id";
    /**
     * The directory a child serves its socket in: its own directory in the session
     * ({@link minibrowser.common.ipc.SessionLayout#childDir}), or the shared
     * {@code sockets/} one for a child every other child must reach (the gpu). Without
     * it, the child's own directory.
     */
    public static final String SOCKET_DIR = "socket-dir";
    public static final String DEVICE = "device";
    /**
     * Set when the child runs as threads of the browser's JVM (the single-process
     * model): when its parent pipe closes it stops its server and returns, instead of
     * halting the JVM (which is the browser's).
     */
    public static final String IN_PROCESS = "in-process";
    /**
     * With {@link #IN_PROCESS}: serve on a socket in the session directory rather than
     * gRPC's in-process transport, so that other processes can reach this child (the
     * gpu composited in the browser process still takes frames from renderer processes).
     */
    public static final String SERVE_ON_SOCKET = "serve-on-socket";

    /**
     * Set for a child started while the browser records a trace: the child records
     * from its first moment, keeping at most this many events.
     */
    public static final String TRACE_EVENTS = "trace-events";

    private final Map<String, String> values;

    private Switches(Map<String, String> values) {
        this.values = values;
    }

    public static Switches parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) continue;
            int eq = arg.indexOf('=');
            if (eq < 0) values.put(arg.substring(2), "");
            else values.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return new Switches(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a switch the process cannot run without. */
    public String require(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }

    public static String of(String name, String value) {
        return "--" + name + "=" + value;
    }
}
