package minibrowser.common.ipc;

/**
 * What a server does with a message no honest caller sends: one that does not parse
 * ({@link ParsedRequests}), or a call to a method its caller may not call
 * ({@link AllowedCallers}). The call itself is refused either way; this decides what
 * happens to the caller. The browser kills the child that sent it ("killed for a bad
 * message: ..."), as Chromium's {@code bad_message::ReceivedBadMessage}; the gpu, which
 * cannot end another process, reports a frame sink's bad message to the browser; a
 * child whose only caller is the browser has nobody to punish.
 */
public interface BadMessages {
    /** Nobody is punished: the call is only refused. */
    BadMessages REFUSE_ONLY = (caller, reason) -> { };

    /** {@code caller} sent a message no honest caller sends; {@code reason} says what, in words. */
    void received(Caller caller, String reason);
}
