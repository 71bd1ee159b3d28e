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
import minibrowser.common.frame.CellGrid;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.FrameFormat;
import minibrowser.proto.PluginSurface;

/**
 * The gpu's bookkeeping: frame sinks, the shared buffers registered for them and
 * the latest surface of each. Every frame is checked before it is believed: the
 * buffer must belong to the caller's sink, the frame must lie inside it, its
 * sequence number must grow and its size must be sane. A tab's ARGB pixels stay
 * where they are, in the renderer's slot ({@link Surface}); cells and plugin
 * surfaces are copied out here, so their caller may reuse its buffer at once.
 *
 * <p>Used only on the {@code gpu-display} thread, except {@link #sink}, which the
 * secret check calls on gRPC threads.
 */
final class SurfaceManager {
    static final int MAX_DIMENSION = 16_384;

    private record RegisteredBuffer(String token, SharedBuffer memory) {}

    private final Path sessionDir;
    /** Concurrent because the secret check reads it on gRPC threads; written only on gpu-display. */
    private final Map<String, FrameSinkRecord> sinks = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, RegisteredBuffer> buffers = new HashMap<>();
    private final Map<Integer, Surface> tabSurfaces = new HashMap<>();
    private final Map<Integer, Surface> pluginSurfaces = new HashMap<>();
    private final Set<Integer> crashedPluginInstances = new HashSet<>();

    SurfaceManager(Path sessionDir) {
        this.sessionDir = sessionDir.toAbsolutePath().normalize();
    }

    void createSink(FrameSinkRecord sink) {
        sinks.put(sink.token(), sink);
    }

    void destroySink(String token) {
        FrameSinkRecord sink = sinks.remove(token);
        if (sink == null) return;
        buffers.values().removeIf(b -> b.token().equals(token));
        if (sink.isTab()) tabSurfaces.remove(sink.tab());
        else pluginSurfaces.remove(sink.pluginInstance());
    }

    FrameSinkRecord sink(String token) {
        return sinks.get(token);
    }

    /** Maps a buffer the browser made for a sink. Only files inside the session directory. */
    void registerBuffer(String token, int bufferId, String path, long bytes) throws IOException {
        Path file = Path.of(path).toAbsolutePath().normalize();
        if (!file.startsWith(sessionDir)) throw new IOException("buffer outside the session directory: " + path);
        if (!sinks.containsKey(token)) throw new IOException("no such frame sink");
        buffers.put(bufferId, new RegisteredBuffer(token, SharedBuffer.open(file, bytes, false)));
    }

    /** Checks a renderer's frame and makes it the tab's surface. Returns null when it was accepted, else why not. */
    Status acceptCompositorFrame(FrameSinkRecord sink, CompositorFrame frame) {
        if (!sink.isTab()) return Status.PERMISSION_DENIED.withDescription("not a tab's frame sink");
        boolean cells = frame.getFormat() == FrameFormat.FRAME_FORMAT_CELLS;
        if (!cells && frame.getFormat() != FrameFormat.FRAME_FORMAT_ARGB) {
            return Status.INVALID_ARGUMENT.withDescription("unknown frame format");
        }
        long bytes = cells ? CellGrid.byteSize(frame.getWidth(), frame.getHeight()) : 4L * frame.getWidth() * frame.getHeight();
        Status problem = checkFrame(sink, frame.getBufferId(), frame.getOffset(), bytes, frame.getWidth(), frame.getHeight(),
                frame.getSequence(), tabSurfaces.get(sink.tab()));
        if (problem != null) return problem;
        ByteBuffer memory = buffers.get(frame.getBufferId()).memory().slice(frame.getOffset(), bytes);
        tabSurfaces.put(sink.tab(), cells
                ? new Surface(frame.getSequence(), frame.getWidth(), frame.getHeight(),
                        CellGrid.readFrom(memory, frame.getWidth(), frame.getHeight()), null, frame.getEmbedsList(),
                        frame.getScrollY())
                : new Surface(frame.getSequence(), frame.getWidth(), frame.getHeight(), null,
                        memory.asIntBuffer(), frame.getEmbedsList(), frame.getScrollY()));
        return null;
    }

    /** Checks and copies out a plugin instance's surface. */
    Status acceptPluginSurface(FrameSinkRecord sink, PluginSurface surface) {
        if (sink.isTab()) return Status.PERMISSION_DENIED.withDescription("not a plugin's frame sink");
        long bytes = 4L * surface.getWidth() * surface.getHeight();
        Status problem = checkFrame(sink, surface.getBufferId(), 0, bytes, surface.getWidth(), surface.getHeight(),
                surface.getSequence(), pluginSurfaces.get(sink.pluginInstance()));
        if (problem != null) return problem;
        ByteBuffer memory = buffers.get(surface.getBufferId()).memory().slice(0, bytes);
        pluginSurfaces.put(sink.pluginInstance(), new Surface(surface.getSequence(), surface.getWidth(), surface.getHeight(),
                null, IntBuffer.wrap(readArgb(memory, surface.getWidth() * surface.getHeight())), List.of(), 0));
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
        if (offset < 0 || offset + bytes > buffer.memory().size()) {
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
            if (!sink.isTab()) crashedPluginInstances.add(sink.pluginInstance());
        }
        pluginSurfaces.clear();
    }
}
