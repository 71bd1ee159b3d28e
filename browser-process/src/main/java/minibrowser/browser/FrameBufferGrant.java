package minibrowser.browser;

/** A shared-memory buffer the browser made for a renderer's frames. */
record FrameBufferGrant(int bufferId, String path, long bytes) {
    /** Two slots of a 8192 x 8192 ARGB frame at most. */
    static final long MAX_BYTES = 2L * 8192 * 8192 * 4;
}
