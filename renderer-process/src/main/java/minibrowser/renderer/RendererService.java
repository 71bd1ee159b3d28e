package minibrowser.renderer;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import minibrowser.proto.Ack;
import minibrowser.proto.ClickReply;
import minibrowser.proto.ClickRequest;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConnectGpuRequest;
import minibrowser.proto.DebugActionRequest;
import minibrowser.proto.PingReply;
import minibrowser.proto.PingRequest;
import minibrowser.proto.RendererGrpc;
import minibrowser.proto.ResizeRequest;
import minibrowser.proto.ScrollReply;
import minibrowser.proto.ScrollRequest;
import minibrowser.proto.Url;

/**
 * The renderer's side of renderer.proto, called only by the browser. Each handler
 * runs on a gRPC thread and does nothing but post to the thread that owns the
 * work: main for documents, clicks and pings, the compositor for scroll and resize.
 */
final class RendererService extends RendererGrpc.RendererImplBase {
    private final MainThread main;
    private final Compositor compositor;

    /** The one tab this renderer serves; fixed by its first navigation. */
    private volatile int tab = -1;

    RendererService(MainThread main, Compositor compositor) {
        this.main = main;
        this.compositor = compositor;
    }

    @Override
    public void commitNavigation(CommitNavigationRequest request, StreamObserver<Ack> reply) {
        tab = request.getTab().getValue();
        main.commitNavigation(request);
        done(reply);
    }

    @Override
    public void resize(ResizeRequest request, StreamObserver<Ack> reply) {
        compositor.resize(request.getViewportWidth(), request.getViewportHeight());
        done(reply);
    }

    @Override
    public void scroll(ScrollRequest request, StreamObserver<ScrollReply> reply) {
        answer(compositor.scroll(request.getDeltaY(), request.getAbsolute()), r -> r, reply);
    }

    @Override
    public void click(ClickRequest request, StreamObserver<ClickReply> reply) {
        CompletableFuture<ClickReply> answer = compositor.scrollOffset()
                .thenCompose(scrollY -> main.click(request.getX(), request.getY(), scrollY))
                .thenApply(link -> link.map(url -> ClickReply.newBuilder().setLink(Url.newBuilder().setSpec(url)).build())
                        .orElse(ClickReply.getDefaultInstance()));
        answer(answer, r -> r, reply);
    }

    @Override
    public void connectGpu(ConnectGpuRequest request, StreamObserver<Ack> reply) {
        compositor.connectGpu(request.getGpuAddress(), request.getFrameSinkToken());
        done(reply);
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingReply> reply) {
        answer(main.ping(request.getSequence()), seq -> PingReply.newBuilder().setSequence(seq).build(), reply);
    }

    @Override
    public void runDebugAction(DebugActionRequest request, StreamObserver<Ack> reply) {
        main.runDebugAction(request.getAction(), tab);
        done(reply);
    }

    private static void done(StreamObserver<Ack> reply) {
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }

    /** Replies when the owning thread has answered, without blocking the gRPC thread. */
    private static <T, R> void answer(CompletableFuture<T> result, Function<T, R> toReply, StreamObserver<R> reply) {
        result.whenComplete((value, error) -> {
            if (error != null) {
                reply.onError(Status.INTERNAL.withDescription(error.toString()).asRuntimeException());
            } else {
                reply.onNext(toReply.apply(value));
                reply.onCompleted();
            }
        });
    }
}
