package minibrowser.common.ipc;

import io.grpc.Context;
import minibrowser.proto.CallerKind;

/**
 * Who is making the current call, as the server's secret check found it: the kind
 * of caller (the browser, a renderer, a tab's frame sink...) and the server's own
 * record of it (the browser's {@code ChildProcessHost}, the gpu's frame sink), or
 * null where the kind says all there is to know.
 *
 * <p>A server learns this from the credential the call carries, never from the
 * message. Every server puts it in the call's {@link Context} before anything else
 * runs, so {@link AllowedCallers}, {@link ParsedRequests} and the handlers read it
 * with {@link #current()}.
 */
public record Caller(CallerKind kind, Object who) {
    static final Context.Key<Caller> KEY = Context.key("minibrowser-caller");

    /** The browser calling one of its children (it presented that child's secret). */
    public static final Caller BROWSER = new Caller(CallerKind.CALLER_KIND_BROWSER, null);
    /** A local program on the control socket. */
    public static final Caller CONTROL_CLIENT = new Caller(CallerKind.CALLER_KIND_CONTROL_CLIENT, null);

    /** The caller of the call being handled on this thread. */
    public static Caller current() {
        return KEY.get();
    }

    /** The server's record of the caller, as {@code type}; fails when the caller is of another kind. */
    public <T> T who(Class<T> type) {
        return type.cast(who);
    }

    /** "a renderer", "the gpu"...: for messages. */
    public String describe() {
        return AllowedCallers.describe(kind);
    }
}
