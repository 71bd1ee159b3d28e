package minibrowser.browser.children;

import io.grpc.ServerInterceptor;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import minibrowser.common.ipc.BadMessages;
import minibrowser.common.ipc.Caller;
import minibrowser.common.ipc.Secrets;

/**
 * Who is calling the browser: the child whose secret the call carries. The
 * browser's child-facing server admits no call without a live child's secret, and
 * handlers ask {@link #child()} instead of believing ids in messages.
 */
public final class Callers {
    private Callers() {}

    /** The guard of the browser's child-facing server: only a live child's secret gets in. */
    public static ServerInterceptor guard(Map<String, ChildProcessHost> children) {
        return Secrets.require(bySecret(children));
    }

    /**
     * The guard of the control socket: every local program gets in as a control client,
     * except a call that presents a child's secret, which is that child's (and refused:
     * no child may call Control).
     */
    public static ServerInterceptor controlGuard(Map<String, ChildProcessHost> children) {
        return Secrets.identify(bySecret(children), Caller.CONTROL_CLIENT);
    }

    /** The browser's answer to a child's bad message: the child is killed, with the reason. */
    public static BadMessages killTheSender() {
        return (caller, reason) -> {
            if (caller.who() instanceof ChildProcessHost) ((ChildProcessHost) caller.who()).killForBadMessage(reason);
        };
    }

    /** The child making the current call. */
    public static ChildProcessHost child() {
        return Caller.current().who(ChildProcessHost.class);
    }

    private static Function<String, Optional<Caller>> bySecret(Map<String, ChildProcessHost> children) {
        return secret -> Optional.ofNullable(children.get(secret))
                .map(child -> new Caller(child.type().callerKind(), child));
    }
}
