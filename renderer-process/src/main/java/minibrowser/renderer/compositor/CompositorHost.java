package minibrowser.renderer.compositor;

import java.util.concurrent.CompletableFuture;
import minibrowser.proto.AllocateFrameBufferReply;

/**
 * What the compositor asks of the browser, and nothing more: shared memory for its
 * frames, and word that a page's first frame is with the gpu. The renderer's link to
 * the browser ({@code RendererHost} of renderer.proto) implements it, so this package
 * knows the browser only through these two calls.
 */
public interface CompositorHost {
    /**
     * A memory-mapped file of {@code bytes} bytes for frames of {@code tab}, created by
     * the browser. Does not wait: the future completes (on a gRPC thread) with its id and
     * path, or exceptionally when the browser refuses or does not answer in time; the
     * compositor handles the answer on its own thread.
     */
    CompletableFuture<AllocateFrameBufferReply> allocateFrameBuffer(int tab, long bytes);

    /** A navigation's first frame is with the gpu process. Does not wait. */
    void didFinishLoad(int tab, long navigationId, String title, int contentHeight);
}
