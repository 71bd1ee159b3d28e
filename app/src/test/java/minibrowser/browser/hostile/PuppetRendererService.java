package minibrowser.browser.hostile;

import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import minibrowser.proto.Ack;
import minibrowser.proto.ClickReply;
import minibrowser.proto.ClickRequest;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConnectGpuRequest;
import minibrowser.proto.DetachTabRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.PingReply;
import minibrowser.proto.PingRequest;
import minibrowser.proto.Rect;
import minibrowser.proto.RendererGrpc;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.Url;
import minibrowser.proto.VisibleLink;
import minibrowser.proto.VisibleLinksReply;
import minibrowser.proto.VisibleLinksRequest;
import minibrowser.proto.WarmUpRequest;

/**
 * The puppet's Renderer contract: it answers the browser as a renderer would, draws
 * nothing, and remembers what a compromised renderer learns (each tab's frame-sink
 * token and the gpu's address). Every page "loads" at once: CommitNavigation is
 * answered with DidFinishLoad. The links it reports (on screen, under a click) are
 * whatever its test chose ({@link #reportLink}).
 */
final class PuppetRendererService extends RendererGrpc.RendererImplBase {
    /** What ConnectGpu told the puppet about one tab. */
    record GpuGrant(String gpuAddress, String token) {}

    private final RendererHostGrpc.RendererHostFutureStub browser;
    private final Map<Integer, GpuGrant> grants = new ConcurrentHashMap<>();
    private volatile String link = "";
    /** The navigation id of each tab's last CommitNavigation: what its page's script messages name. */
    private final Map<Integer, Long> navigations = new ConcurrentHashMap<>();

    PuppetRendererService(ManagedChannel browser) {
        this.browser = RendererHostGrpc.newFutureStub(browser);
    }

    GpuGrant grant(int tab) {
        return grants.get(tab);
    }

    /** The navigation id the browser last committed to {@code tab}, or 0. */
    long navigation(int tab) {
        return navigations.getOrDefault(tab, 0L);
    }

    /** From now on, the link on screen and under every click is {@code url}. */
    void reportLink(String url) {
        link = url;
    }

    @Override
    public void commitNavigation(CommitNavigationRequest request, StreamObserver<Ack> reply) {
        navigations.put(request.getTab().getValue(), request.getNavigationId());
        ack(reply);
        // Outside this call's context, which ends with the answer above.
        io.grpc.Context.ROOT.run(() -> browser.didFinishLoad(DidFinishLoadRequest.newBuilder().setTab(request.getTab())
                .setNavigationId(request.getNavigationId()).setTitle("puppet").setContentHeight(100).build()));
    }

    @Override
    public void connectGpu(ConnectGpuRequest request, StreamObserver<Ack> reply) {
        grants.put(request.getTab().getValue(), new GpuGrant(request.getGpuAddress(), request.getFrameSinkToken()));
        ack(reply);
    }

    /** Pings that came while "main" was busy, answered when it is free again. */
    private final java.util.List<Runnable> heldPings = new java.util.ArrayList<>();
    private boolean mainBusy; // guarded by heldPings

    /**
     * While {@code busy}, pings are not answered, as a real renderer's main thread answers
     * none while it waits (for a dialog's answer) or spins; then they all are.
     */
    void mainBusy(boolean busy) {
        java.util.List<Runnable> answers;
        synchronized (heldPings) {
            mainBusy = busy;
            if (busy) return;
            answers = new java.util.ArrayList<>(heldPings);
            heldPings.clear();
        }
        answers.forEach(Runnable::run);
    }

    @Override
    public void ping(PingRequest request, StreamObserver<PingReply> reply) {
        Runnable answer = () -> {
            reply.onNext(PingReply.newBuilder().setSequence(request.getSequence()).build());
            reply.onCompleted();
        };
        synchronized (heldPings) {
            if (mainBusy) {
                heldPings.add(answer);
                return;
            }
        }
        answer.run();
    }

    @Override
    public void visibleLinks(VisibleLinksRequest request, StreamObserver<VisibleLinksReply> reply) {
        VisibleLinksReply.Builder links = VisibleLinksReply.newBuilder();
        if (!link.isEmpty()) {
            links.addLinks(VisibleLink.newBuilder().setHref(Url.newBuilder().setSpec(link))
                    .addRects(Rect.newBuilder().setX(0).setY(0).setWidth(10).setHeight(1)));
        }
        reply.onNext(links.build());
        reply.onCompleted();
    }

    @Override
    public void click(ClickRequest request, StreamObserver<ClickReply> reply) {
        reply.onNext(ClickReply.newBuilder().setLink(Url.newBuilder().setSpec(link)).build());
        reply.onCompleted();
    }

    @Override
    public void detachTab(DetachTabRequest request, StreamObserver<Ack> reply) {
        ack(reply); // it keeps the tab's grant: a compromised renderer forgets nothing
    }

    @Override
    public void warmUp(WarmUpRequest request, StreamObserver<Ack> reply) {
        ack(reply);
    }

    private static void ack(StreamObserver<Ack> reply) {
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }
}
