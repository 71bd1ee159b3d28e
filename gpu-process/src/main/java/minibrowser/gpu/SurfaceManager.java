package minibrowser.gpu;

import io.grpc.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minibrowser.common.Bounds;
import minibrowser.common.frame.CellGrid;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.FrameFormat;
import minibrowser.proto.PluginSurface;

/**
 * The gpu's bookkeeping: frame sinks, the shared buffers registered for them and
 * the latest surface of each. Every frame is checked before it is believed: the
 * buffer must belong to the caller's sink, the frame must lie inside it, its
 * sequence number must grow and its size must fit the gpu's heap ({@link GpuMemory}).
 * A tab's ARGB pixels stay where they are, in the renderer's slot ({@link Surface});
 * cells and plugin surfaces are copied out here, so their caller may reuse its buffer
 * at once.
 *
 * <p>Buffers are unmapped when the browser releases them, but never while a surface
 * still reads from them: touching an unmapped view would crash the gpu. A released
 * buffer that the sink's surface is a view of stays mapped until that surface moves
 * to another buffer or the sink is destroyed.
 *
 * <p>Used only on the {@code gpu-display} thread, except {@link #sink}, which the
 * secret check calls on gRPC threads.
 */
final class SurfaceManager {
    static final int MAX_DIMENSION = 16_384;

    private record RegisteredBuffer(String token, SharedBuffer memory) {}

    private final Path sessionDir;
    private final GpuMemory memory;
    /** Concurrent because the secret check reads it on gRPC threads; written only on gpu-display. */
    private final Map<String, FrameSinkRecord> sinks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, RegisteredBuffer> buffers = new HashMap<>();
    /** Buffers the browser released that a surface still reads: unmapped once it stops. */
    private final Map<Integer, RegisteredBuffer> releasedInUse = new HashMap<>();
    private final Map<Integer, Surface> tabSurfaces = new HashMap<>();
    private final Map<Integer, Surface> pluginSurfaces = new HashMap<>();
    private final Set<Integer> crashedPluginInstances = new HashSet<>();

    SurfaceManager(Path sessionDir, GpuMemory memory) {
        this.sessionDir = sessionDir.toAbsolutePath().normalize();
        this.memory = memory;
    }

    GpuMemory memory() {
        return memory;
    }

    void createSink(FrameSinkRecord sink) {
        sinks.put(sink.token(), sink);
    }

    /** Forgets the sink, its surface and its kept copy, and unmaps every buffer registered for it. */
    void destroySink(String token) {
        FrameSinkRecord sink = sinks.remove(token);
        if (sink == null) return;
        if (sink.isTab()) tabSurfaces.remove(sink.tab());
        else {
            pluginSurfaces.remove(sink.pluginInstance());
            crashedPluginInstances.remove(sink.pluginInstance());
        }
        memory.release(token);
        closeWhere(buffers, token);
        closeWhere(releasedInUse, token);
    }

    private static void closeWhere(Map<Integer, RegisteredBuffer> from, String token) {
        from.values().removeIf(buffer -> {
            if (!buffer.token().equals(token)) return false;
            buffer.memory().close(); // its sink's surface is gone: nothing reads it any more
            return true;
        });
    }

    FrameSinkRecord sink(String token) {
        return sinks.get(token);
    }

    /** Maps a buffer the browser made for a sink. Only files inside the session directory. */
    void registerBuffer(String token, int bufferId, String path, long bytes) throws IOException {
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (!file.startsWith(sessionDir)) throw new IOException("buffer outside the session directory: " + path);
        if (!sinks.containsKey(token)) throw new IOException("no such frame sink");
        RegisteredBuffer replaced = buffers.put(bufferId, new RegisteredBuffer(token, SharedBuffer.open(file, bytes, false)));
        if (replaced != null) release(bufferId, replaced);
    }

    /**
     * The browser released a sink's buffer: frames may not name it any more. Unmapped
     * now, or once the sink's surface no longer reads from it.
     */
    void releaseBuffer(String token, int bufferId) {
        RegisteredBuffer buffer = buffers.get(bufferId);
        if (buffer == null || !buffer.token().equals(token)) return; // never had it, or not that sink's
        buffers.remove(bufferId);
        release(bufferId, buffer);
    }

    private void release(int bufferId, RegisteredBuffer buffer) {
        if (isRead(bufferId)) releasedInUse.put(bufferId, buffer);
        else buffer.memory().close();
    }

    /** Whether a tab's surface is a view of this buffer. */
    private boolean isRead(int bufferId) {
        return tabSurfaces.values().stream().anyMatch(surface -> surface.viewOf() == bufferId);
    }

    /** A tab's surface changed: a released buffer it no longer reads is unmapped now. */
    private void showing(int tab, Surface surface) {
        Surface previous = tabSurfaces.put(tab, surface);
        if (previous == null || previous.viewOf() == 0 || previous.viewOf() == surface.viewOf()) return;
        RegisteredBuffer released = releasedInUse.get(previous.viewOf());
        if (released != null && !isRead(previous.viewOf())) {
            releasedInUse.remove(previous.viewOf());
            released.memory().close();
        }
    }

    /** How many buffers are mapped now, released or not (for tests and the maps count). */
    int mappedBuffers() {
        return buffers.size() + releasedInUse.size();
    }

    /** Checks a renderer's frame and makes it the tab's surface. Returns null when it was accepted, else why not. */
    Status acceptCompositorFrame(FrameSinkRecord sink, CompositorFrame frame) {
        if (!sink.isTab()) return Status.PERMISSION_DENIED.withDescription("not a tab's frame sink");
        boolean cells = frame.getFormat() == FrameFormat.FRAME_FORMAT_CELLS;
        if (!cells && frame.getFormat() != FrameFormat.FRAME_FORMAT_ARGB) {
            return Status.INVALID_ARGUMENT.withDescription("unknown frame format");
        }
        int width = frame.getWidth();
        int height = frame.getHeight();
        long bytes = cells ? CellGrid.byteSize(width, height) : Bounds.bytes(width, height, GpuMemoryLimits.BYTES_PER_PIXEL);
        Status problem = checkFrame(sink, frame.getBufferId(), frame.getOffset(), bytes, width, height,
                frame.getSequence(), tabSurfaces.get(sink.tab()));
        if (problem == null) problem = cells ? memory.checkCellsFrame(width, height) : memory.checkPixelFrame(width, height);
        if (problem == null && frame.getEmbedsCount() > GpuMemoryLimits.MAX_EMBEDS_PER_FRAME) {
            problem = Status.OUT_OF_RANGE.withDescription("frame with " + frame.getEmbedsCount() + " embeds (at most "
                    + GpuMemoryLimits.MAX_EMBEDS_PER_FRAME + ")");
        }
        // Kept: the cells copied out (an ARGB surface is a view: no copy) and the frame's embeds.
        long kept = (cells ? bytes : 0) + (long) frame.getEmbedsCount() * GpuMemoryLimits.EMBED_HEAP_BYTES;
        if (problem == null) problem = memory.reserve(sink.token(), kept);
        if (problem != null) return problem;
        ByteBuffer pixels = buffers.get(frame.getBufferId()).memory().slice(frame.getOffset(), bytes);
        showing(sink.tab(), cells
                ? new Surface(frame.getSequence(), width, height, CellGrid.readFrom(pixels, width, height), null,
                        frame.getEmbedsList(), frame.getScrollY(), 0)
                : new Surface(frame.getSequence(), width, height, null, pixels.asIntBuffer(), frame.getEmbedsList(),
                        frame.getScrollY(), frame.getBufferId()));
        return null;
    }

    /** Checks and copies out a plugin instance's surface. */
    Status acceptPluginSurface(FrameSinkRecord sink, PluginSurface surface) {
        if (sink.isTab()) return Status.PERMISSION_DENIED.withDescription("not a plugin's frame sink");
        long bytes = Bounds.bytes(surface.getWidth(), surface.getHeight(), GpuMemoryLimits.BYTES_PER_PIXEL);
        Status problem = checkFrame(sink, surface.getBufferId(), 0, bytes, surface.getWidth(), surface.getHeight(),
                surface.getSequence(), pluginSurfaces.get(sink.pluginInstance()));
        if (problem == null) problem = memory.checkPluginSurface(surface.getWidth(), surface.getHeight());
        if (problem == null) problem = memory.reserve(sink.token(), bytes);
        if (problem != null) return problem;
        ByteBuffer pixels = buffers.get(surface.getBufferId()).memory().slice(0, bytes);
        pluginSurfaces.put(sink.pluginInstance(), new Surface(surface.getSequence(), surface.getWidth(), surface.getHeight(),
                null, IntBuffer.wrap(readArgb(pixels, surface.getWidth() * surface.getHeight())), List.of(), 0, 0));
        return null;
    }

    private Status checkFrame(FrameSinkRecord sink, int bufferId, long offset, long bytes, int width, int height,
                              long sequence, Surface previous) {
        RegisteredBuffer buffer = buffers.get(bufferId);
        if (buffer == null || !buffer.token().equals(sink.token())) {
            return Status.PERMISSION_DENIED.withDescription("buffer " + bufferId + " is not this sink's");
        }
        if (width <= 0 || height <= 0 || width > MAX_DIMENSION || height > MAX_DIMENSION) {
            return Status.OUT_OF_RANGE.withDescription("frame size " + width + "x" + height);
        }
        if (!Bounds.fitsWithin(offset, bytes, buffer.memory().size())) {
            return Status.OUT_OF_RANGE.withDescription("frame outside its buffer");
        }
        if (previous != null && sequence <= previous.sequence()) {
            return Status.FAILED_PRECONDITION.withDescription("sequence " + sequence + " after " + previous.sequence());
        }
        return null;
    }

    private static int[] readArgb(ByteBuffer memory, int count) {
        int[] pixels = new int[count];
        memory.asIntBuffer().get(pixels);
        return pixels;
    }

    Surface tabSurface(int tab) {
        return tabSurfaces.get(tab);
    }

    /** A plugin instance's latest surface, or null when it has none (or its process crashed). */
    Surface pluginSurface(int instance) {
        return crashedPluginInstances.contains(instance) ? null : pluginSurfaces.get(instance);
    }

    boolean pluginCrashed(int instance) {
        return crashedPluginInstances.contains(instance);
    }

    /** The plugin process died: every instance it had shows a placeholder from now on. */
    void pluginProcessGone() {
        for (FrameSinkRecord sink : sinks.values()) {
            if (!sink.isTab()) {
                crashedPluginInstances.add(sink.pluginInstance());
                memory.release(sink.token());
            }
        }
        pluginSurfaces.clear();
    }
}
