package minibrowser.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void offsetsAndSizesThatWouldWrapAroundAreRefused() {
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab,
                frame(1).setOffset(Long.MAX_VALUE - 10).build()).getCode(), "offset + bytes wraps to a negative number");
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab,
                frame(1).setOffset(Long.MIN_VALUE).build()).getCode());
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab,
                frame(1).setWidth(Integer.MAX_VALUE).setHeight(Integer.MAX_VALUE).build()).getCode());
    }

    @Test
    void aCellsFrameLargerThanTheGpuHoldsIsRefusedNotCopied() throws IOException {
        // 1000 x 400 cells: 4.8 MB copied into the heap, more than a sink may keep.
        SharedBuffer big = SharedBuffer.create(session.resolve("big.shm"), CellGrid.byteSize(1000, 400));
        surfaces.registerBuffer("token-a", 8, big.path().toString(), big.size());
        Status refused = surfaces.acceptCompositorFrame(tab, frame(1).setBufferId(8).setWidth(1000).setHeight(400).build());
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, refused.getCode());
        assertEquals("frame of 1000x400 cells needs 5 MB, the gpu holds 4 MB for one", refused.getDescription());
        assertNull(surfaces.tabSurface(1), "nothing was copied");
        assertNull(surfaces.acceptCompositorFrame(tab, frame(2).build()), "the renderer carries on");
    }

    @Test
    void anArgbFrameLargerThanTheGpuCanScreenshotIsRefused() throws IOException {
        SharedBuffer big = SharedBuffer.create(session.resolve("big.shm"), 4L * 4096 * 2048);
        surfaces.registerBuffer("token-a", 8, big.path().toString(), big.size());
        assertEquals(Status.Code.RESOURCE_EXHAUSTED, surfaces.acceptCompositorFrame(tab, frame(1).setBufferId(8)
                .setFormat(FrameFormat.FRAME_FORMAT_ARGB).setWidth(4096).setHeight(2048).build()).getCode());
        assertNull(surfaces.acceptCompositorFrame(tab, frame(2).setBufferId(8)
                .setFormat(FrameFormat.FRAME_FORMAT_ARGB).setWidth(2048).setHeight(2048).build()));
    }

    @Test
    void manySinksTogetherCannotKeepMoreThanTheBudget() throws IOException {
        // A gpu of 8 MiB keeps 1 MiB of copies; 100 tabs of 32 x 32 cells (12 kB each) would take 1.2 MB.
        SurfaceManager small = new SurfaceManager(session, new GpuMemory(8L << 20));
        SharedBuffer buffer = SharedBuffer.create(session.resolve("cells.shm"), CellGrid.byteSize(32, 32));
        int refused = 0;
        for (int i = 1; i <= 100; i++) {
            FrameSinkRecord sink = new FrameSinkRecord("token-" + i, i, 0);
            small.createSink(sink);
            small.registerBuffer(sink.token(), 1000 + i, buffer.path().toString(), buffer.size());
            Status status = small.acceptCompositorFrame(sink, CompositorFrame.newBuilder().setBufferId(1000 + i)
                    .setSequence(1).setFormat(FrameFormat.FRAME_FORMAT_CELLS).setWidth(32).setHeight(32).build());
            if (status != null) {
                assertEquals(Status.Code.RESOURCE_EXHAUSTED, status.getCode());
                refused++;
            }
        }
        assertTrue(refused > 0);
        assertTrue(small.memory().keptTotal() <= small.memory().limits().keptBytes());
        small.destroySink("token-1");
        FrameSinkRecord next = new FrameSinkRecord("token-next", 500, 0);
        small.createSink(next);
        small.registerBuffer(next.token(), 2000, buffer.path().toString(), buffer.size());
        assertNull(small.acceptCompositorFrame(next, CompositorFrame.newBuilder().setBufferId(2000)
                .setSequence(1).setFormat(FrameFormat.FRAME_FORMAT_CELLS).setWidth(32).setHeight(32).build()),
                "a destroyed sink's copy is given back");
    }

    private CompositorFrame.Builder argbFrame(int bufferId, long sequence) {
        return CompositorFrame.newBuilder().setBufferId(bufferId).setSequence(sequence)
                .setFormat(FrameFormat.FRAME_FORMAT_ARGB).setWidth(4).setHeight(2);
    }

    private void registerArgb(int bufferId) throws IOException {
        SharedBuffer buffer = SharedBuffer.create(session.resolve("argb-" + bufferId + ".shm"), 2 * 4 * 4 * 2);
        buffer.slice(0, 4).putInt(0, 0xFF112233);
        surfaces.registerBuffer("token-a", bufferId, buffer.path().toString(), buffer.size());
        buffer.close();
    }

    @Test
    void aReleasedBufferIsUnmappedAtOnceWhenNoSurfaceReadsIt() throws IOException {
        registerArgb(9);
        assertEquals(2, surfaces.mappedBuffers());
        surfaces.releaseBuffer("token-a", 9);
        assertEquals(1, surfaces.mappedBuffers());
        assertEquals(Status.Code.PERMISSION_DENIED, surfaces.acceptCompositorFrame(tab, argbFrame(9, 1).build()).getCode(),
                "a frame may not name a released buffer");
    }

    @Test
    void aReleasedBufferStaysMappedWhileTheSurfaceIsAViewOfIt() throws IOException {
        registerArgb(9);
        assertNull(surfaces.acceptCompositorFrame(tab, argbFrame(9, 1).build()));
        surfaces.releaseBuffer("token-a", 9);
        assertEquals(2, surfaces.mappedBuffers(), "the surface still reads buffer 9");
        assertEquals(0xFF112233, surfaces.tabSurface(1).argbArray()[0], "and reading it does not crash");
        registerArgb(10);
        assertNull(surfaces.acceptCompositorFrame(tab, argbFrame(10, 2).build()));
        assertEquals(2, surfaces.mappedBuffers(), "buffer 9 went once the surface moved to 10: 7 and 10 are left");
        assertEquals(0xFF112233, surfaces.tabSurface(1).argbArray()[0]);
    }

    @Test
    void anotherSinksBufferCannotBeReleasedByItsToken() throws IOException {
        registerArgb(9);
        surfaces.releaseBuffer("token-b", 9);
        assertEquals(2, surfaces.mappedBuffers());
    }

    @Test
    void destroyingASinkUnmapsAllItsBuffers() throws IOException {
        registerArgb(9);
        assertNull(surfaces.acceptCompositorFrame(tab, argbFrame(9, 1).build()));
        surfaces.releaseBuffer("token-a", 9);
        surfaces.destroySink("token-a");
        assertEquals(0, surfaces.mappedBuffers());
        assertNull(surfaces.tabSurface(1));
    }

    @Test
    void aScreenshotLargerThanTheGpuHoldsIsRefusedAndTheFrameStaysShown() throws IOException {
        // 1000 x 300 cells may be shown (3.6 MB kept), but its screenshot is 8000 x 4800 pixels: 880 MB at its peak.
        SharedBuffer big = SharedBuffer.create(session.resolve("big.shm"), CellGrid.byteSize(1000, 300));
        surfaces.registerBuffer("token-a", 8, big.path().toString(), big.size());
        assertNull(surfaces.acceptCompositorFrame(tab, frame(1).setBufferId(8).setWidth(1000).setHeight(300).build()));
        DisplayThread display = new DisplayThread(surfaces);
        try {
            io.grpc.StatusRuntimeException refused = assertThrows(io.grpc.StatusRuntimeException.class,
                    () -> display.screenshot(1));
            assertEquals(Status.Code.RESOURCE_EXHAUSTED, refused.getStatus().getCode());
            assertEquals(1000, surfaces.tabSurface(1).width());
        } finally {
            display.shutdown();
        }
    }

    @Test
    void aFrameWithMoreEmbedsThanAnyRendererSendsIsRefused() {
        CompositorFrame.Builder crowded = frame(1);
        minibrowser.proto.EmbeddedSurface embed = minibrowser.proto.EmbeddedSurface.newBuilder().setPluginInstanceId(1)
                .setRect(minibrowser.proto.Rect.newBuilder().setWidth(1).setHeight(1)).build();
        for (int i = 0; i <= minibrowser.common.frame.GpuMemoryLimits.MAX_EMBEDS_PER_FRAME; i++) crowded.addEmbeds(embed);
        assertEquals(Status.Code.OUT_OF_RANGE, surfaces.acceptCompositorFrame(tab, crowded.build()).getCode());
        crowded.removeEmbeds(0);
        assertNull(surfaces.acceptCompositorFrame(tab, crowded.build()), "the limit itself is fine");
        assertEquals(CellGrid.byteSize(4, 2) + 1000L * minibrowser.common.frame.GpuMemoryLimits.EMBED_HEAP_BYTES,
                surfaces.memory().keptTotal(), "and counted");
    }
}
