package minibrowser.renderer;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import minibrowser.common.ipc.Replies;
import minibrowser.proto.Ack;
import minibrowser.proto.ClickReply;
import minibrowser.proto.ClickRequest;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConnectGpuRequest;
import minibrowser.proto.DebugActionRequest;
import minibrowser.proto.DetachTabRequest;
import minibrowser.proto.FindReply;
import minibrowser.proto.FindRequest;
import minibrowser.proto.FocusReply;
import minibrowser.proto.FocusRequest;
import minibrowser.proto.KeyInputReply;
import minibrowser.proto.KeyInputRequest;
import minibrowser.proto.PingReply;
import minibrowser.proto.PingRequest;
import minibrowser.proto.RendererGrpc;
import minibrowser.proto.ResizeRequest;
import minibrowser.proto.ScrollReply;
import minibrowser.proto.ScrollRequest;
import minibrowser.proto.TabId;
import minibrowser.proto.VisibleLinksReply;
import minibrowser.proto.VisibleLinksRequest;
import minibrowser.proto.WarmUpRequest;
import minibrowser.renderer.script.KeyPress;

/**
 * The renderer's side of renderer.proto, called only by the browser. Each handler
 * runs on a gRPC thread and does nothing but post to the thread that owns the
 * work: main for documents, clicks and pings, the compositor for scroll, resize,
 * visible links and find in page (so those keep working while main hangs).
 *
 * <p>Every call names its tab; a renderer may draw several (the per-site model),
 * each in its own {@link RenderView}.
 */
final class RendererService extends RendererGrpc.RendererImplBase {
    private final RenderViews views;

    RendererService(RenderViews views) {
        this.views = views;
    }

    /** The view of the tab a call names (made on first use: the browser decides which tabs we draw). */
    private RenderView view(TabId tab) {
        return views.of(tab.getValue());
    }

    @Override
    public void commitNavigation(CommitNavigationRequest request, StreamObserver<Ack> reply) {
        RenderView view = view(request.getTab());
        view.compositor().prepareFrameBuffer(request.getTab().getValue(), request.getViewportWidth(),
                request.getViewportHeight());
        view.main().commitNavigation(request);
        done(reply);
    }

    @Override
    public void resize(ResizeRequest request, StreamObserver<Ack> reply) {
        RenderView view = view(request.getTab());
        view.compositor().resize(request.getViewportWidth(), request.getViewportHeight()); // at once, from rastered layout
        view.main().resize(request.getViewportWidth(), request.getViewportHeight());       // then a new layout
        done(reply);
    }

    @Override
    public void scroll(ScrollRequest request, StreamObserver<ScrollReply> reply) {
        answer(view(request.getTab()).compositor().scroll(request.getDeltaY(), request.getAbsolute()), r -> r, reply);
    }

    @Override
    public void click(ClickRequest request, StreamObserver<ClickReply> reply) {
        RenderView view = view(request.getTab());
        CompletableFuture<ClickReply> answer = view.compositor().scrollOffset()
                .thenCompose(scrollY -> view.main().click(request.getX(), request.getY(), scrollY));
        answer(answer, r -> r, reply);
    }

    @Override
    public void focus(FocusRequest request, StreamObserver<FocusReply> reply) {
        answer(view(request.getTab()).main().focus(request.getFocusIndex()), r -> r, reply);
    }

    @Override
    public void keyInput(KeyInputRequest request, StreamObserver<KeyInputReply> reply) {
        KeyPress key = new KeyPress(request.getKey(), request.getText(), request.getModifiers());
        answer(view(request.getTab()).main().keyInput(key), r -> r, reply);
    }

    @Override
    public void connectGpu(ConnectGpuRequest request, StreamObserver<Ack> reply) {
        view(request.getTab()).compositor().connectGpu(request.getGpuAddress(), request.getFrameSinkToken());
        done(reply);
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingReply> reply) {
        answer(views.ping(request.getSequence()), seq -> PingReply.newBuilder().setSequence(seq).build(), reply);
    }

    @Override
    public void warmUp(WarmUpRequest request, StreamObserver<Ack> reply) {
        answer(views.warmUp(), ignored -> Ack.getDefaultInstance(), reply);
    }

    @Override
    public void runDebugAction(DebugActionRequest request, StreamObserver<Ack> reply) {
        RenderView view = view(request.getTab());
        view.main().runDebugAction(request.getAction(), view.tab());
        done(reply);
    }

    @Override
    public void probeSandbox(minibrowser.proto.ProbeSandboxRequest request,
                             StreamObserver<minibrowser.proto.ProbeSandboxReply> reply) {
        answer(views.probeSandbox(request), r -> r, reply);
    }

    @Override
    public void detachTab(DetachTabRequest request, StreamObserver<Ack> reply) {
        views.detach(request.getTab().getValue());
        done(reply);
    }

    @Override
    public void visibleLinks(VisibleLinksRequest request, StreamObserver<VisibleLinksReply> reply) {
        answer(view(request.getTab()).compositor().visibleLinks(), r -> r, reply);
    }

    @Override
    public void find(FindRequest request, StreamObserver<FindReply> reply) {
        answer(view(request.getTab()).compositor().find(request.getText(), request.getIndex(), request.getKeepScroll()), r -> r, reply);
    }

    private static void done(StreamObserver<Ack> reply) {
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }

    private static <T, R> void answer(CompletableFuture<T> result, Function<T, R> toReply, StreamObserver<R> reply) {
        Replies.answer(result, toReply, reply, Status.Code.INTERNAL);
    }
}
