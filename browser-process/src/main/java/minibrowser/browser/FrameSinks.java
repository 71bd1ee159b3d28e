package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.SharedBuffer;

/**
 * Each tab's frame sink in the gpu process and the shared-memory buffers its frames
 * lie in. The browser makes both, so the gpu believes a frame only from the sink the
 * browser gave that tab, and only in buffers the browser registered for it. Used on
 * browser-ui only; the gpu's answers are posted back or go straight to the renderer.
 */
final class FrameSinks {
    private final UiThread ui;
    private final ChildProcesses children;
    private final GpuConnection gpu;
    private final TabStrip tabs;
    private final PluginInstances plugins;
    private final BufferIds bufferIds;

    FrameSinks(UiThread ui, ChildProcesses children, GpuConnection gpu, TabStrip tabs, PluginInstances plugins,
               BufferIds bufferIds) {
        this.bufferIds = bufferIds;
        this.ui = ui;
        this.children = children;
        this.gpu = gpu;
        this.tabs = tabs;
        this.plugins = plugins;
    }

    /**
     * Gives the tab (which has just got its renderer) a frame sink in the gpu and tells the
     * renderer where to send frames. Completes on browser-ui when that is done, or given up
     * (a gpu that fails now restarts and calls {@link #reconnect}). While the gpu is still
     * starting there is nothing to do yet: when it is ready, {@link #reconnect} gives every
     * tab with a renderer its sink, this one too. (Waiting here as well made two sinks for
     * one tab, and the renderer could be left with the one destroyed.)
     */
    CompletableFuture<Void> connect(Tab tab) {
        GpuProcessHost host = gpu.current();
        if (host == null) return CompletableFuture.completedFuture(null);
        return connect(tab, tab.renderer, host);
    }

    /** A new gpu process: every tab that has a renderer gets a sink in it again. */
    void reconnect(GpuProcessHost host) {
        for (Tab tab : tabs.all()) {
            if (tab.renderer != null) connect(tab, tab.renderer, host);
        }
    }

    private CompletableFuture<Void> connect(Tab tab, RenderProcessHost renderer, GpuProcessHost host) {
        String token = Secrets.generate();
        return ui.whenDone(host.createTabSink(token, tab.id)).handle((ack, gpuGone) -> {
            if (gpuGone != null) return null; // the gpu restarts and calls reconnect
            if (tab.renderer != renderer || !tabs.isOpen(tab) || gpu.current() != host) {
                host.destroySink(token); // the tab moved on while the gpu answered
                return null;
            }
            if (tab.frameSinkToken != null) host.destroySink(tab.frameSinkToken);
            tab.frameSinkToken = token;
            renderer.connectGpu(tab.id, host.address(), token);
            return null;
        });
    }

    /** The gpu forgets the tab's sink and unmaps its buffers; the files go. */
    void destroy(Tab tab) {
        GpuProcessHost host = gpu.current();
        if (tab.frameSinkToken != null && host != null) host.destroySink(tab.frameSinkToken);
        tab.frameSinkToken = null;
        tab.frameBuffers.forEach(buffer -> deleteQuietly(Path.of(buffer.path())));
        tab.frameBuffers.clear();
    }

    /**
     * Creates a frame buffer for a tab and registers it with the gpu. Runs on browser-ui,
     * in the same task as the check of the renderer's request ({@link RendererMessageChecks},
     * which made sure the renderer draws the tab). The grant completes when the gpu has the
     * buffer (so the renderer's first frame in it is one the gpu knows), on the gRPC thread
     * that got the gpu's answer: nothing is posted back, nothing here changes then.
     */
    CompletableFuture<FrameBufferGrant> allocate(RenderProcessHost from, int tabId, long bytes) {
        Tab tab = tabs.require(tabId);
        GpuProcessHost host = gpu.current();
        if (host == null) throw new IllegalStateException("the gpu process is restarting");
        SharedMemoryLimit.check(SharedMemoryLimit.inUse(tabs.all(), plugins.all()), bytes);
        int id = bufferIds.next();
        // In the directory of the renderer that draws it: the only renderer that can see it.
        Path path = children.childDir(from.process.childId()).resolve("frames-tab" + tabId + "-" + id + ".shm");
        createSharedFile(path, bytes);
        FrameBufferGrant grant = new FrameBufferGrant(id, path.toString(), bytes);
        tab.frameBuffers.add(grant);
        while (tab.frameBuffers.size() > 2) {
            FrameBufferGrant old = tab.frameBuffers.remove(0);
            deleteQuietly(Path.of(old.path()));
            host.releaseBuffer(tab.frameSinkToken, old.bufferId()); // unmapped once no surface reads it
        }
        return UiThread.answered(host.registerBuffer(tab.frameSinkToken, id, path.toString(), bytes))
                .thenApply(ack -> grant);
    }

    /** Makes a shared-memory file; the browser itself does not keep it mapped. */
    static void createSharedFile(Path path, long bytes) {
        try (SharedBuffer created = SharedBuffer.create(path, bytes)) {
            // Only the file is needed here: renderers, the gpu and the plugin map it.
        } catch (IOException e) {
            throw new IllegalStateException("cannot create shared memory: " + e.getMessage(), e);
        }
    }

    static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The session directory goes away at exit anyway.
        }
    }
}
