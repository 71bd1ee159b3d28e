package minibrowser.renderer;

import io.grpc.ManagedChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import minibrowser.common.TabIds;
import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceReply;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.Url;
import minibrowser.renderer.compositor.CompositorHost;

/**
 * The renderer's only way to the outside world: calls to the browser's
 * {@code RendererHost} (renderer.proto). Subresources, shared memory and plugin
 * instances all come from here. Safe to call from any renderer thread.
 */
final class BrowserLink implements CompositorHost {
    private final RendererHostGrpc.RendererHostBlockingStub host;
    private final RendererHostGrpc.RendererHostFutureStub asyncHost;

    BrowserLink(ManagedChannel browser) {
        this.host = RendererHostGrpc.newBlockingStub(browser);
        this.asyncHost = RendererHostGrpc.newFutureStub(browser);
    }

    /**
     * A stylesheet or image, fetched by the browser; empty when the fetch failed, or when
     * the URL is one the browser refuses as a bad message ({@link #fetchable}): a page's
     * bad URL must cost it the image, not the renderer.
     */
    Optional<byte[]> fetch(int tab, String pageUrl) {
        Optional<String> fetchable = fetchable(pageUrl);
        if (fetchable.isEmpty()) return Optional.empty();
        String url = fetchable.get();
        try {
            FetchSubresourceReply reply = host.withDeadlineAfter(30, TimeUnit.SECONDS).fetchSubresource(
                    FetchSubresourceRequest.newBuilder().setTab(TabIds.of(tab)).setUrl(Url.newBuilder().setSpec(url)).build());
            return Optional.of(reply.getBody().toByteArray());
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }

    /**
     * A URL from a page as the URL standard reads it, or empty when it is not one the
     * browser takes ({@link Urls#fromPage}: the same check the browser makes).
     */
    static Optional<String> fetchable(String url) {
        return Urls.fromPage(url);
    }

    /** A memory-mapped file of {@code bytes} bytes for frames, created by the browser. */
    @Override
    public AllocateFrameBufferReply allocateFrameBuffer(int tab, long bytes) {
        return host.withDeadlineAfter(10, TimeUnit.SECONDS).allocateFrameBuffer(
                AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab)).setBytes(bytes).build());
    }

    /** A plugin instance for an embed; 0 when there is none. */
    int createPluginInstance(int tab, String mimeType, String src, int width, int height, Map<String, String> params) {
        try {
            return host.withDeadlineAfter(30, TimeUnit.SECONDS).createPluginInstance(
                    CreatePluginInstanceRequest.newBuilder()
                            .setTab(TabIds.of(tab)).setMimeType(mimeType).setSrc(Url.newBuilder().setSpec(src))
                            .setWidth(width).setHeight(height).putAllParams(params).build()).getInstanceId();
        } catch (RuntimeException failed) {
            return 0;
        }
    }

    /** Tells the browser a navigation's first frame is with the gpu process. Does not wait. */
    @Override
    public void didFinishLoad(int tab, long navigationId, String title, int contentHeight) {
        asyncHost.didFinishLoad(DidFinishLoadRequest.newBuilder().setTab(TabIds.of(tab)).setNavigationId(navigationId)
                .setTitle(title).setContentHeight(contentHeight).build());
    }

    /** For about:badipc: a message no honest renderer sends (a tab it does not own, a huge size). */
    void sendBadMessage(int tab) {
        try {
            host.withDeadlineAfter(5, TimeUnit.SECONDS).allocateFrameBuffer(
                    AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab + 1_000_000)).setBytes(-1).build());
        } catch (RuntimeException expected) {
            // The browser answers by killing this process.
        }
    }
}
