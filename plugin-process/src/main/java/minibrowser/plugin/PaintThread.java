package minibrowser.plugin;

import minibrowser.common.trace.Trace;
import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import minibrowser.common.NamedThreads;
import minibrowser.common.ipc.SharedBuffer;
import minibrowser.common.ipc.Transport;
import minibrowser.plugin.plugins.PluginInstance;
import minibrowser.proto.FrameSinkGrpc;
import minibrowser.proto.PluginSurface;

/**
 * The plugin process's paint thread, {@code plugin-paint}: owns every running
 * instance, paints each into its shared-memory surface and tells the gpu process
 * the surface is ready. Instances that animate are painted again on their schedule.
 *
 * <p>The thread never waits for the gpu: a surface is handed over asynchronously and
 * the gpu's answer is posted back here. While one surface of an instance is with the
 * gpu, that instance's next paints are skipped, so a hung gpu costs frames, never a
 * queue of calls or a stuck thread; the first paint after the answer (or its 5 s
 * deadline) goes through.
 */
final class PaintThread {
    /** One running plugin instance and where its pixels go. */
    private static final class Running {
        final PluginInstance plugin;
        final SharedBuffer surface;
        final int bufferId;
        final int width;
        final int height;
        final ManagedChannel gpuChannel;
        final FrameSinkGrpc.FrameSinkFutureStub gpu;
        long sequence;
        /** A surface is with the gpu and not yet acknowledged: the next paint waits for its turn. */
        boolean submitted;
        ScheduledFuture<?> repaint;

        Running(PluginInstance plugin, SharedBuffer surface, int bufferId, int width, int height, ManagedChannel gpuChannel) {
            this.plugin = plugin;
            this.surface = surface;
            this.bufferId = bufferId;
            this.width = width;
            this.height = height;
            this.gpuChannel = gpuChannel;
            this.gpu = FrameSinkGrpc.newFutureStub(gpuChannel);
        }
    }

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("plugin-paint", true));
    private final Transport transport;
    private final Map<Integer, Running> instances = new HashMap<>();

    PaintThread(Transport transport) {
        this.transport = transport;
    }

    /** Starts an instance: maps its surface, paints it once, and again on its schedule. */
    void start(int instanceId, PluginInstance plugin, int bufferId, Path surfacePath, int width, int height,
               String gpuAddress, String token) throws IOException {
        SharedBuffer surface = SharedBuffer.open(surfacePath, 4L * width * height, true);
        thread.execute(() -> {
            Running running = new Running(plugin, surface, bufferId, width, height, transport.connect(gpuAddress, token));
            instances.put(instanceId, running);
            paint(running);
            long interval = plugin.repaintIntervalMillis();
            if (interval > 0) {
                running.repaint = thread.scheduleAtFixedRate(() -> paint(running), interval, interval, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** Ends an instance: no more paints, and its surface is unmapped from this process. */
    void stop(int instanceId) {
        thread.execute(() -> {
            Running running = instances.remove(instanceId);
            if (running == null) return;
            if (running.repaint != null) running.repaint.cancel(false);
            running.gpuChannel.shutdownNow();
            // Paints run on this thread, and a cancelled repaint never runs again: nothing
            // touches the surface after this, so it can be unmapped.
            running.surface.close();
        });
    }

    private void paint(Running running) {
        if (running.submitted) return; // the gpu has not taken the last surface yet: skip this frame
        try (Trace.Slice slice = Trace.slice("plugin", "paint", "size", running.width + "x" + running.height)) {
            int[] pixels = new int[running.width * running.height];
            running.plugin.paint(pixels, running.width, running.height);
            running.surface.slice(0, pixels.length * 4L).asIntBuffer().put(pixels);
        }
        running.submitted = true;
        ListenableFuture<?> answer = running.gpu.withDeadlineAfter(5, TimeUnit.SECONDS).submitPluginSurface(
                PluginSurface.newBuilder().setBufferId(running.bufferId).setSequence(++running.sequence)
                        .setWidth(running.width).setHeight(running.height).build());
        // Answered, failed (the gpu restarted) or timed out: either way the next paint may go.
        // If the gpu restarted, that next paint goes to the same address once it is back.
        answer.addListener(() -> running.submitted = false, thread);
    }

    void shutdown() {
        thread.shutdownNow();
    }
}
