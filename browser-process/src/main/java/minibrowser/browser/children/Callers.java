package minibrowser.browser.children;

import io.grpc.Context;
import io.grpc.ServerInterceptor;
import minibrowser.common.ipc.Secrets;

/**
 * Who is calling the browser: the child whose secret the call carries. The
 * browser's server admits no call without a live child's secret, and handlers
 * ask {@link #child()} instead of believing ids in messages.
 */
public final class Callers {
    static final Context.Key<ChildProcessHost> CALLER = Context.key("minibrowser-child");

    private Callers() {}

    /** The interceptor for the browser's child-facing server. */
    public static ServerInterceptor guard(java.util.Map<String, ChildProcessHost> children) {
        return Secrets.require(secret -> java.util.Optional.ofNullable(children.get(secret)), CALLER);
    }

    /** The child making the current call. */
    public static ChildProcessHost child() {
        return CALLER.get();
    }
}
