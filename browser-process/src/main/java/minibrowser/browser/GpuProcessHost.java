package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.TabIds;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.proto.Ack;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.CaptureScreenshotReply;
import minibrowser.proto.CaptureScreenshotRequest;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.CreateFrameSinkRequest;
import minibrowser.proto.DestroyFrameSinkRequest;
import minibrowser.proto.GpuDebugAction;
import minibrowser.proto.GpuDebugActionRequest;
import minibrowser.proto.GpuGrpc;
import minibrowser.proto.PluginProcessGoneRequest;
import minibrowser.proto.RegisterBufferRequest;
import minibrowser.proto.ReleaseBufferRequest;
import minibrowser.proto.TabStripHitTestReply;
import minibrowser.proto.TabStripHitTestRequest;

/**
 * The browser side of the gpu process (Chromium's {@code GpuProcessHost}): frame
 * sinks and buffers are registered here, and the browser UI is sent from here.
 * Every call returns at once (a gRPC future): browser-ui never waits for the gpu,
 * which may be hung (about:gpuhang) until its watchdog ends it. A caller that needs
 * the answer gets it posted back ({@link UiThread#whenDone}).
 */
final class GpuProcessHost {
    /** Setup calls: a gpu that has not answered by then is hung, and its watchdog ends it soon. */
    private static final long SETUP_SECONDS = 5;

    final ChildProcessHost process;
    private final GpuGrpc.GpuFutureStub gpu;

    GpuProcessHost(ChildProcessHost process) {
        this.process = process;
        this.gpu = GpuGrpc.newFutureStub(process.channel());
    }

    String address() {
        return process.address();
    }

    ListenableFuture<Ack> createTabSink(String token, int tab) {
        return setup().createFrameSink(CreateFrameSinkRequest.newBuilder()
                .setToken(token).setTab(TabIds.of(tab)).build());
    }

    ListenableFuture<Ack> createPluginSink(String token, int instance) {
        return setup().createFrameSink(CreateFrameSinkRequest.newBuilder()
                .setToken(token).setPluginInstanceId(instance).build());
    }

    /** The gpu drops the sink's surface and unmaps its buffers. */
    void destroySink(String token) {
        gpu.destroyFrameSink(DestroyFrameSinkRequest.newBuilder().setToken(token).build());
    }

    /** The gpu unmaps a buffer the sink moved on from (once no surface reads it). */
    void releaseBuffer(String token, int bufferId) {
        gpu.releaseBuffer(ReleaseBufferRequest.newBuilder().setToken(token).setBufferId(bufferId).build());
    }

    ListenableFuture<Ack> registerBuffer(String token, int bufferId, String path, long bytes) {
        return setup().registerBuffer(RegisterBufferRequest.newBuilder()
                .setToken(token).setBufferId(bufferId).setPath(path).setBytes(bytes).build());
    }

    ListenableFuture<Ack> configureDisplay(ConfigureDisplayRequest request) {
        return setup().configureDisplay(request);
    }

    void updateUi(BrowserUi ui) {
        gpu.updateBrowserUi(ui);
    }

    void pluginProcessGone(String reason) {
        gpu.pluginProcessGone(PluginProcessGoneRequest.newBuilder().setReason(reason).build());
    }

    ListenableFuture<CaptureScreenshotReply> screenshot(int tab) {
        return gpu.withDeadlineAfter(10, TimeUnit.SECONDS).captureScreenshot(CaptureScreenshotRequest.newBuilder()
                .setTab(TabIds.of(tab)).build());
    }

    /** Which tab the strip shows at a column: its index in the tab order, or -1. */
    ListenableFuture<TabStripHitTestReply> tabAt(int column) {
        return gpu.withDeadlineAfter(2, TimeUnit.SECONDS)
                .tabStripHitTest(TabStripHitTestRequest.newBuilder().setColumn(column).build());
    }

    void runDebugAction(GpuDebugAction action) {
        gpu.runDebugAction(GpuDebugActionRequest.newBuilder().setAction(action).build());
    }

    private GpuGrpc.GpuFutureStub setup() {
        return gpu.withDeadlineAfter(SETUP_SECONDS, TimeUnit.SECONDS);
    }
}
