package minibrowser.browser.children;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import minibrowser.common.ipc.Replies;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.Ack;
import minibrowser.proto.BadMessageReport;
import minibrowser.proto.ChildReadyRequest;
import minibrowser.proto.ProcessHostGrpc;

/**
 * The browser's side of process_host.proto: a child says it is ready. The caller
 * is the child whose secret the call carried (never what the message claims);
 * the address it gives must be a socket in the session directory or loopback
 * (or, for a child running as threads of the browser, an in-process name under it).
 */
public final class ProcessHostService extends ProcessHostGrpc.ProcessHostImplBase {
    private final Transport transport;
    private final Path sessionDir;
    private final Function<String, CompletableFuture<Optional<ChildProcessHost>>> senderOfSink;

    /**
     * @param senderOfSink the process a frame-sink token belongs to now (a tab's renderer,
     *                     the plugin process), for the bad messages the gpu reports
     */
    public ProcessHostService(Transport transport, Path sessionDir,
                              Function<String, CompletableFuture<Optional<ChildProcessHost>>> senderOfSink) {
        this.transport = transport;
        this.sessionDir = sessionDir.toAbsolutePath().normalize();
        this.senderOfSink = senderOfSink;
    }

    /**
     * The gpu saw a bad message from a frame sink. Only the gpu may call this (its
     * {@code callers} option); the browser believes it as far as it believes the gpu,
     * which is more privileged than the renderer it reports: it could refuse that
     * renderer's frames anyway.
     */
    @Override
    public void reportBadMessage(BadMessageReport request, StreamObserver<Ack> reply) {
        String reason = request.getReason().length() > 1000 ? request.getReason().substring(0, 1000) : request.getReason();
        Replies.answer(senderOfSink.apply(request.getFrameSinkToken()).thenApply(sender -> {
            ChildProcessHost child = sender.orElseThrow(
                    () -> Status.NOT_FOUND.withDescription("no frame sink has that token now").asRuntimeException());
            child.killForBadMessage(reason + " (seen by the gpu)");
            return Ack.getDefaultInstance();
        }), ack -> ack, reply, Status.Code.INTERNAL);
    }

    @Override
    public void childReady(ChildReadyRequest request, StreamObserver<Ack> reply) {
        ChildProcessHost child = Callers.child();
        if (child.ready().isDone()) {
            reply.onError(Status.FAILED_PRECONDITION.withDescription("already ready").asRuntimeException());
            return;
        }
        String address = request.getAddress();
        boolean inSession = address.startsWith("unix:")
                && Path.of(address.substring(5)).toAbsolutePath().normalize().startsWith(sessionDir);
        // An in-process child (single-process model) serves under this session's in-process names.
        boolean inProcess = child.inProcess() && address.startsWith("inproc:")
                && Path.of(address.substring(7)).toAbsolutePath().normalize().startsWith(sessionDir);
        boolean loopback = address.startsWith("tcp:127.0.0.1:");
        if (!inSession && !loopback && !inProcess) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription("address outside the session").asRuntimeException());
            child.kill("killed for a bad message: ready at address " + address + ", outside the session", false);
            return;
        }
        io.grpc.ManagedChannel channel = transport.connect(address, child.secret());
        channel.getState(true); // connect now: the first call (a tab's navigation, often) should not wait for it
        child.markReady(address, channel);
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }
}
