package minibrowser.browser;

import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.proto.BrowserUi;
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
import minibrowser.proto.TabStripHitTestRequest;

/**
 * The browser side of the gpu process (Chromium's {@code GpuProcessHost}): frame
 * sinks and buffers are registered here, and the browser UI is sent from here.
 * Calls that only update what is shown do not wait; setup calls do.
 */
final class GpuProcessHost {
    final ChildProcessHost process;
    private final GpuGrpc.GpuBlockingStub gpu;
    private final GpuGrpc.GpuFutureStub asyncGpu;

    GpuProcessHost(ChildProcessHost process) {
        this.process = process;
        this.gpu = GpuGrpc.newBlockingStub(process.channel());
        this.asyncGpu = GpuGrpc.newFutureStub(process.channel());
    }

    String address() {
        return process.address();
    }

    void createTabSink(String token, int tab) {
        gpu.withDeadlineAfter(5, TimeUnit.SECONDS).createFrameSink(CreateFrameSinkRequest.newBuilder()
                .setToken(token).setTab(minibrowser.common.TabIds.of(tab)).build());
    }

    void createPluginSink(String token, int instance) {
        gpu.withDeadlineAfter(5, TimeUnit.SECONDS).createFrameSink(CreateFrameSinkRequest.newBuilder()
                .setToken(token).setPluginInstanceId(instance).build());
    }

    /** The gpu drops the sink's surface and unmaps its buffers. Does not wait. */
    void destroySink(String token) {
        asyncGpu.destroyFrameSink(DestroyFrameSinkRequest.newBuilder().setToken(token).build());
    }

    /** The gpu unmaps a buffer the sink moved on from (once no surface reads it). Does not wait. */
    void releaseBuffer(String token, int bufferId) {
        asyncGpu.releaseBuffer(ReleaseBufferRequest.newBuilder().setToken(token).setBufferId(bufferId).build());
    }

    void registerBuffer(String token, int bufferId, String path, long bytes) {
        gpu.withDeadlineAfter(5, TimeUnit.SECONDS).registerBuffer(RegisterBufferRequest.newBuilder()
                .setToken(token).setBufferId(bufferId).setPath(path).setBytes(bytes).build());
    }

    void configureDisplay(ConfigureDisplayRequest request) {
        gpu.withDeadlineAfter(5, TimeUnit.SECONDS).configureDisplay(request);
    }

    void updateUi(BrowserUi ui) {
        asyncGpu.updateBrowserUi(ui);
    }

    void pluginProcessGone(String reason) {
        asyncGpu.pluginProcessGone(PluginProcessGoneRequest.newBuilder().setReason(reason).build());
    }

    byte[] screenshot(int tab) {
        return gpu.withDeadlineAfter(10, TimeUnit.SECONDS).captureScreenshot(CaptureScreenshotRequest.newBuilder()
                .setTab(minibrowser.common.TabIds.of(tab)).build()).getPng().toByteArray();
    }

    /** Which tab the strip shows at a column: its index in the tab order, or -1. Blocks briefly. */
    int tabAt(int column) {
        return gpu.withDeadlineAfter(2, TimeUnit.SECONDS)
                .tabStripHitTest(TabStripHitTestRequest.newBuilder().setColumn(column).build()).getIndex();
    }

    void runDebugAction(GpuDebugAction action) {
        asyncGpu.runDebugAction(GpuDebugActionRequest.newBuilder().setAction(action).build());
    }
}
