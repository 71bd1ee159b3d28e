package minibrowser.browser;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import minibrowser.browser.children.Callers;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.net.Network;
import minibrowser.common.ipc.Replies;
import minibrowser.proto.Ack;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceReply;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceReply;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.RendererHostGrpc;

/**
 * The browser's side of renderer.proto: what renderers may ask of the browser.
 * The caller is the renderer whose secret the call carried. Every message is first
 * checked by {@link RendererMessageChecks}; a renderer that sends one no honest
 * renderer sends (a tab it does not draw, an impossible size...) is killed for a
 * bad message, with the reason recorded, and its call fails.
 */
final class RendererHostService extends RendererHostGrpc.RendererHostImplBase {
    private final java.util.function.Supplier<Browser> browsers;
    private final Network network;

    /** @param browser the browser, which may be made after this service's server started */
    RendererHostService(java.util.function.Supplier<Browser> browser, Network network) {
        this.browsers = browser;
        this.network = network;
    }

    @Override
    public void fetchSubresource(FetchSubresourceRequest request, StreamObserver<FetchSubresourceReply> reply) {
        String url = request.getUrl().getSpec();
        CompletableFuture<FetchSubresourceReply> answer = caller().thenCompose(renderer -> {
            refuseIfBad(renderer, RendererMessageChecks.fetch(renderer.tabs, request));
            if (!(url.startsWith("http:") || url.startsWith("https:") || url.startsWith("file:") || url.startsWith("data:"))) {
                throw Status.INVALID_ARGUMENT.withDescription("cannot fetch " + url).asRuntimeException();
            }
            if (!url.startsWith("file:")) return network.fetch(url);
            // Local files only for pages that are local files themselves, as in Chromium ("Not
            // allowed to load local resource"): a web page must not read /proc/self/environ.
            return browsers.get().tabSnapshot(request.getTab().getValue()).thenCompose(tab -> {
                if (!tab.url().startsWith("file:")) {
                    throw Status.PERMISSION_DENIED.withDescription("not allowed to load local resource " + url)
                            .asRuntimeException();
                }
                return network.fetch(url);
            });
        }).thenApply(response -> {
            if (!response.isOk()) throw Status.UNAVAILABLE.withDescription(response.error()).asRuntimeException();
            return FetchSubresourceReply.newBuilder().setBody(ByteString.copyFrom(response.body()))
                    .setContentType(response.contentType()).build();
        });
        reply(answer, r -> r, reply);
    }

    @Override
    public void allocateFrameBuffer(AllocateFrameBufferRequest request, StreamObserver<AllocateFrameBufferReply> reply) {
        reply(caller().thenCompose(renderer -> {
                    refuseIfBad(renderer, RendererMessageChecks.frameBuffer(renderer.tabs, request));
                    return browsers.get().allocateFrameBuffer(renderer, request.getTab().getValue(), request.getBytes());
                }),
                grant -> AllocateFrameBufferReply.newBuilder().setBufferId(grant.bufferId()).setPath(grant.path())
                        .setBytes(grant.bytes()).build(), reply);
    }

    @Override
    public void createPluginInstance(CreatePluginInstanceRequest request, StreamObserver<CreatePluginInstanceReply> reply) {
        reply(caller().thenCompose(renderer -> {
                    refuseIfBad(renderer, RendererMessageChecks.pluginInstance(renderer.tabs, request));
                    return browsers.get().createPluginInstance(renderer, request.getTab().getValue(),
                            request.getMimeType(), request.getSrc().getSpec(), request.getWidth(), request.getHeight(),
                            request.getParamsMap());
                }),
                id -> CreatePluginInstanceReply.newBuilder().setInstanceId(id).build(), reply);
    }

    @Override
    public void didFinishLoad(DidFinishLoadRequest request, StreamObserver<Ack> reply) {
        reply(caller().thenCompose(renderer -> browsers.get().latestNavigationOf(request.getTab().getValue())
                .thenAccept(latest -> {
                    refuseIfBad(renderer, RendererMessageChecks.didFinishLoad(request, latest));
                    browsers.get().didFinishLoad(renderer, request.getTab().getValue(), request.getNavigationId(),
                            request.getTitle());
                })), ignored -> Ack.getDefaultInstance(), reply);
    }

    /** Kills {@code renderer} for a bad message and fails the call, when {@code problem} names one. */
    private void refuseIfBad(RenderProcessHost renderer, Optional<String> problem) {
        if (problem.isEmpty()) return;
        browsers.get().killForBadMessage(renderer, problem.get());
        throw Status.PERMISSION_DENIED.withDescription("bad message: " + problem.get()).asRuntimeException();
    }

    /** The renderer making this call, found by its secret. Other children may not call RendererHost. */
    private CompletableFuture<RenderProcessHost> caller() {
        ChildProcessHost child = Callers.child();
        return browsers.get().rendererOf(child).thenApply((Optional<RenderProcessHost> renderer) -> renderer.orElseThrow(
                () -> Status.PERMISSION_DENIED.withDescription("not a renderer of this browser").asRuntimeException()));
    }

    private static <T, R> void reply(CompletableFuture<T> work, Function<T, R> toReply, StreamObserver<R> reply) {
        Replies.answer(work, toReply, reply, Status.Code.INVALID_ARGUMENT);
    }
}
