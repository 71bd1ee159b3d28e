package minibrowser.browser;

import java.nio.file.Path;
import minibrowser.common.Bounds;
import minibrowser.common.frame.GpuMemoryLimits;

/**
 * One plugin instance as the browser knows it: which tab embeds it, its surface
 * in shared memory, and the token its frames carry to the gpu process.
 */
record PluginInstanceRecord(int id, int tab, String mimeType, int width, int height,
                            int bufferId, Path surface, String token) {
    /** The surface's size in shared memory: ARGB pixels. */
    long surfaceBytes() {
        return Bounds.bytes(width, height, GpuMemoryLimits.BYTES_PER_PIXEL);
    }
}
