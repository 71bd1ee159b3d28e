package minibrowser.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.grpc.Status;
import java.io.IOException;
import java.nio.file.Path;
import minibrowser.common.frame.CellGrid;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.FrameFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gpu believes no frame it has not checked. */
class SurfaceManagerTest {
    @TempDir Path session;
    private SurfaceManager surfaces;
    private final FrameSinkRecord tab = new FrameSinkRecord("token-a", 1, 0);
    private final FrameSinkRecord other = new FrameSinkRecord("token-b", 2, 0);

    @BeforeEach
    void setUp() throws IOException {
        surfaces = new SurfaceManager(session, new GpuMemory(256L << 20));
        surfaces.createSink(tab);
        surfaces.createSink(other);
        SharedBuffer buffer = SharedBuffer.create(session.resolve("frames.shm"), 2 * CellGrid.byteSize(4, 2));
        CellGrid grid = new CellGrid(4, 2);
        grid.set(0, 0, 'H', 0, 0xFFFFFF);
        grid.set(1, 0, 'i', 0, 0xFFFFFF);
        grid.writeTo(buffer.slice(0, CellGrid.byteSize(4, 2)));
        surfaces.registerBuffer("token-a", 7, buffer.path().toString(), buffer.size());
    }

    private static CompositorFrame.Builder frame(long sequence) {
        return CompositorFrame.newBuilder().setBufferId(7).setOffset(0).setSequence(sequence)
                .setFormat(FrameFormat.FRAME_FORMAT_CELLS).setWidth(4).setHeight(2);
    }

    @Test
    void aGoodFrameIsCopiedOutOfSharedMemory() {
        assertNull(surfaces.acceptCompositorFrame(tab, frame(1).build()));
        assertEquals("Hi", surfaces.tabSurface(1).cells().rowText(0).strip());
    }

    @Test
    void framesThatCannotBeRightAreRefused() {
        assertEquals(Status.Code.PERMISSION_DENIED, surfaces.acceptCompositorFrame(other, frame(1).build()).getCode(),
                "another tab's buffer");
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab, frame(1).setOffset(100).build()).getCode(),
                "outside the buffer");
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab, frame(1).setWidth(-3).build()).getCode(),
                "negative size");
        assertEquals(Status.Code.INVALID_ARGUMENT, surfaces.acceptCompositorFrame(tab,
                frame(1).setFormat(FrameFormat.FRAME_FORMAT_UNSPECIFIED).build()).getCode());
        assertNull(surfaces.acceptCompositorFrame(tab, frame(5).build()));
        assertEquals(Status.Code.FAILED_PRECONDITION, surfaces.acceptCompositorFrame(tab, frame(5).build()).getCode(),
                "a sequence number that does not grow");
    }

    @Test
    void buffersOutsideTheSessionDirectoryAreRefused() {
        assertThrows(IOException.class, () -> surfaces.registerBuffer("token-a", 8, "/etc/passwd", 10));
        assertThrows(IOException.class, () -> surfaces.registerBuffer("token-a", 8, session + "/../x.shm", 10));
    }
}
