package minibrowser.renderer;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.ManagedChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.TabIds;
import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.Url;
import minibrowser.renderer.compositor.CompositorHost;

/**
 * The renderer's only way to the outside world: calls to the browser's
 * {@code RendererHost} (renderer.proto). Subresources, shared memory and plugin
 * instances all come from here. Safe to call from any renderer thread.
 *
 * <p>No call here waits for the browser: each starts the call and returns a future of its
 * answer. The renderer's owner threads ({@code renderer-main}, {@code renderer-compositor})
 * must never block on another process, or one slow or hung browser call would freeze
 * the page. A caller attaches its continuation with its own thread's queue as the
 * executor ({@code future.thenAcceptAsync(answer -> ..., queue)}), so the answer is
 * handled on the thread that owns the state it touches, and checks there that the
 * answer is still wanted (the same navigation, the tab still here).
 */
final class BrowserLink implements CompositorHost {
    private final RendererHostGrpc.RendererHostFutureStub host;

    BrowserLink(ManagedChannel browser) {
        this.host = RendererHostGrpc.newFutureStub(browser);
    }

    /**
     * A stylesheet or image, fetched by the browser. Completes (on a gRPC thread) with the
     * bytes, or empty when the fetch failed, timed out (30 s), or when the URL is one the
     * browser refuses as a bad message ({@link #fetchable}): a page's bad URL must cost it
     * the image, not the renderer. Never completes exceptionally.
     */
    CompletableFuture<Optional<byte[]>> fetch(int tab, String pageUrl) {
        Optional<String> fetchable = fetchable(pageUrl);
        if (fetchable.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
        FetchSubresourceRequest request = FetchSubresourceRequest.newBuilder().setTab(TabIds.of(tab))
                .setUrl(Url.newBuilder().setSpec(fetchable.get())).build();
        return answer(host.withDeadlineAfter(30, TimeUnit.SECONDS).fetchSubresource(request))
                .handle((reply, failed) -> failed == null ? Optional.of(reply.getBody().toByteArray()) : Optional.empty());
    }

    /**
     * A URL from a page as the URL standard reads it, or empty when it is not one the
     * browser takes ({@link Urls#fromPage}: the same check the browser makes).
     */
    static Optional<String> fetchable(String url) {
        return Urls.fromPage(url);
    }

    /**
     * A memory-mapped file of {@code bytes} bytes for frames, created by the browser.
     * Completes (on a gRPC thread) with its id and path, or exceptionally when the browser
     * could not make one (the gpu is restarting, the memory limit) or did not answer in 10 s.
     */
    @Override
    public CompletableFuture<AllocateFrameBufferReply> allocateFrameBuffer(int tab, long bytes) {
        return answer(host.withDeadlineAfter(10, TimeUnit.SECONDS).allocateFrameBuffer(
                AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab)).setBytes(bytes).build()));
    }

    /**
     * A plugin instance for an embed. Completes (on a gRPC thread) with its id, or 0 when
     * there is none (no plugin for the type, the browser refused, no answer in 30 s: the
     * plugin process may have to start first). Never completes exceptionally.
     */
    CompletableFuture<Integer> createPluginInstance(int tab, String mimeType, String src, int width, int height,
                                                    Map<String, String> params) {
        CreatePluginInstanceRequest request = CreatePluginInstanceRequest.newBuilder()
                .setTab(TabIds.of(tab)).setMimeType(mimeType).setSrc(Url.newBuilder().setSpec(src))
                .setWidth(width).setHeight(height).putAllParams(params).build();
        return answer(host.withDeadlineAfter(30, TimeUnit.SECONDS).createPluginInstance(request))
                .handle((reply, failed) -> failed == null ? reply.getInstanceId() : 0);
    }

    /** Tells the browser a navigation's first frame is with the gpu process. Does not wait. */
    @Override
    public void didFinishLoad(int tab, long navigationId, String title, int contentHeight) {
        host.didFinishLoad(DidFinishLoadRequest.newBuilder().setTab(TabIds.of(tab)).setNavigationId(navigationId)
                .setTitle(title).setContentHeight(contentHeight).build());
    }

    /**
     * For about:badipc: a message no honest renderer sends (a tab it does not own, a huge
     * size). Does not wait: the browser answers by killing this process.
     */
    void sendBadMessage(int tab) {
        host.withDeadlineAfter(5, TimeUnit.SECONDS).allocateFrameBuffer(
                AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab + 1_000_000)).setBytes(-1).build());
    }

    /** A gRPC future as a {@link CompletableFuture}, completed on the gRPC thread that got the answer. */
    private static <T> CompletableFuture<T> answer(ListenableFuture<T> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Futures.addCallback(call, new FutureCallback<>() {
            @Override public void onSuccess(T reply) {
                answer.complete(reply);
            }

            @Override public void onFailure(Throwable failed) {
                answer.completeExceptionally(failed);
            }
        }, MoreExecutors.directExecutor());
        return answer;
    }


}
