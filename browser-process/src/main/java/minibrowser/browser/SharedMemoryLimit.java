package minibrowser.browser;

import io.grpc.Status;
import java.util.Collection;
import minibrowser.common.Bounds;

/**
 * The bound on all shared memory the browser makes: frame buffers (at most two per
 * tab, {@link FrameBufferGrant#MAX_BYTES} each) and plugin surfaces. These files live
 * in the session directory on {@code /dev/shm}, a tmpfs: not heap, but RAM. A request
 * past the total is refused with RESOURCE_EXHAUSTED (the tab shows no new frame, its
 * renderer carries on), not killed: an honest renderer can meet it when the user opens
 * very many tabs.
 */
final class SharedMemoryLimit {
    /**
     * 1 GiB: 34 of the largest frame buffers, or 280 tabs of the default 800 x 600
     * viewport (3.8 MB each), or 70 tabs of 1920 x 1080 with a second buffer each.
     */
    static final long MAX_TOTAL_BYTES = 1L << 30;

    private SharedMemoryLimit() {}

    /** The bytes of every tab's frame buffers and every plugin surface. */
    static long inUse(Collection<Tab> tabs, Collection<PluginInstanceRecord> plugins) {
        long total = 0;
        for (Tab tab : tabs) {
            for (FrameBufferGrant buffer : tab.frameBuffers) total = Bounds.sum(total, buffer.bytes());
        }
        for (PluginInstanceRecord plugin : plugins) total = Bounds.sum(total, plugin.surfaceBytes());
        return total;
    }

    /** Throws RESOURCE_EXHAUSTED when {@code more} bytes on top of {@code inUse} would pass the total. */
    static void check(long inUse, long more) {
        if (Bounds.sum(inUse, more) <= MAX_TOTAL_BYTES) return;
        throw Status.RESOURCE_EXHAUSTED.withDescription("shared memory of " + more + " bytes: " + inUse
                + " in use, at most " + MAX_TOTAL_BYTES + " for all frame buffers and plugin surfaces").asRuntimeException();
    }
}
