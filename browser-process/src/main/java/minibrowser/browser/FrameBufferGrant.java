package minibrowser.browser;

import minibrowser.common.frame.GpuMemoryLimits;

/** A shared-memory buffer the browser made for a renderer's frames. */
record FrameBufferGrant(int bufferId, String path, long bytes) {
    /**
     * Two slots of the largest frame the gpu holds with a screenshot of it
     * ({@link GpuMemoryLimits#maxBufferBytes()}: 30 MiB for the gpu's 256 MiB heap cap).
     * A renderer asking for more is killed for a bad message: it never draws frames of
     * a viewport larger than the browser gives, and the browser gives none larger.
     */
    static final long MAX_BYTES = GpuMemoryLimits.ofDefaultGpu().maxBufferBytes();
}
