package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.List;
import minibrowser.common.frame.GpuMemoryLimits;
import org.junit.jupiter.api.Test;

/** What the browser grants is bounded by what the gpu holds, per buffer and in total. */
class SharedMemoryLimitTest {
    @Test
    void aBufferHoldsTwoOfTheLargestFramesTheGpuTakes() {
        assertEquals(2 * 4L * GpuMemoryLimits.ofDefaultGpu().maxFramePixels(), FrameBufferGrant.MAX_BYTES);
        assertEquals(30L << 20, FrameBufferGrant.MAX_BYTES);
    }

    @Test
    void everyFrameBufferAndPluginSurfaceCounts() {
        Tab tab = new Tab(1);
        tab.frameBuffers.add(new FrameBufferGrant(1, "/dev/shm/a", 1000));
        tab.frameBuffers.add(new FrameBufferGrant(2, "/dev/shm/b", 2000));
        PluginInstanceRecord clock = new PluginInstanceRecord(1, 1, "x", 10, 10, 3, Path.of("/dev/shm/c"), "t");
        assertEquals(3400, SharedMemoryLimit.inUse(List.of(tab, new Tab(2)), List.of(clock)));
    }

    @Test
    void pastTheTotalARequestIsRefusedNotFatal() {
        long total = SharedMemoryLimit.MAX_TOTAL_BYTES;
        assertDoesNotThrow(() -> SharedMemoryLimit.check(total - 10, 10));
        StatusRuntimeException refused = assertThrows(StatusRuntimeException.class,
                () -> SharedMemoryLimit.check(total - 10, 11));
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, refused.getStatus().getCode());
        assertThrows(StatusRuntimeException.class, () -> SharedMemoryLimit.check(total, Long.MAX_VALUE), "no wrap-around");
    }

    @Test
    void theLargestViewportMakesFramesTheGpuTakes() {
        assertTrue(BrowserOptions.MAX_VIEWPORT_PIXELS <= GpuMemoryLimits.ofDefaultGpu().maxFramePixels());
        BrowserOptions options = new BrowserOptions();
        options.windowSize = "2560,1440";
        assertDoesNotThrow(options::windowSize);
        options.windowSize = "8192,8192";
        assertThrows(IllegalArgumentException.class, options::windowSize);
    }
}
