package minibrowser.gpu;

import com.google.protobuf.UnsafeByteOperations;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import minibrowser.common.ExitCode;
import minibrowser.common.ipc.Replies;
import minibrowser.proto.Ack;
import minibrowser.proto.BrowserUi;
import minibrowser.proto.TabStripHitTestReply;
import minibrowser.proto.TabStripHitTestRequest;
import minibrowser.proto.CaptureScreenshotReply;
import minibrowser.proto.CaptureScreenshotRequest;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.CreateFrameSinkRequest;
import minibrowser.proto.DestroyFrameSinkRequest;
import minibrowser.proto.GpuDebugActionRequest;
import minibrowser.proto.GpuGrpc;
import minibrowser.proto.PluginProcessGoneRequest;
import minibrowser.proto.RegisterBufferRequest;
import minibrowser.proto.ReleaseBufferRequest;

/**
 * The gpu's side of gpu.proto, for the browser only: every method's {@code callers}
 * option names the browser, so a call with a frame-sink token never reaches these
 * handlers ({@link minibrowser.common.ipc.AllowedCallers}). Handlers post to
 * {@code gpu-display} and reply when it has answered.
 */
final class GpuService extends GpuGrpc.GpuImplBase {
    private final DisplayThread display;

    GpuService(DisplayThread display) {
        this.display = display;
    }

    @Override
    public void createFrameSink(CreateFrameSinkRequest request, StreamObserver<Ack> reply) {
        FrameSinkRecord sink = new FrameSinkRecord(request.getToken(), request.getTab().getValue(), request.getPluginInstanceId());
        ack(display.post(() -> { display.surfaces().createSink(sink); return null; }), reply);
    }

    @Override
    public void destroyFrameSink(DestroyFrameSinkRequest request, StreamObserver<Ack> reply) {
        ack(display.post(() -> { display.surfaces().destroySink(request.getToken()); return null; }), reply);
    }

    @Override
    public void registerBuffer(RegisterBufferRequest request, StreamObserver<Ack> reply) {
        ack(display.post(() -> {
            display.surfaces().registerBuffer(request.getToken(), request.getBufferId(), request.getPath(), request.getBytes());
            return null;
        }), reply);
    }

    @Override
    public void releaseBuffer(ReleaseBufferRequest request, StreamObserver<Ack> reply) {
        ack(display.post(() -> {
            display.surfaces().releaseBuffer(request.getToken(), request.getBufferId());
            return null;
        }), reply);
    }

    @Override
    public void configureDisplay(ConfigureDisplayRequest request, StreamObserver<Ack> reply) {
        ack(display.post(() -> { display.configure(request); return null; }), reply);
    }

    @Override
    public void updateBrowserUi(BrowserUi request, StreamObserver<Ack> reply) {
        ack(display.post(() -> { display.updateUi(request); return null; }), reply);
    }

    @Override
    public void pluginProcessGone(PluginProcessGoneRequest request, StreamObserver<Ack> reply) {
        ack(display.post(() -> { display.surfaces().pluginProcessGone(); display.present(); return null; }), reply);
    }

    @Override
    public void captureScreenshot(CaptureScreenshotRequest request, StreamObserver<CaptureScreenshotReply> reply) {
        answer(display.post(() -> display.screenshot(request.getTab().getValue())),
                // The array is not written again: wrapping it saves the screenshot one copy.
                png -> CaptureScreenshotReply.newBuilder().setPng(UnsafeByteOperations.unsafeWrap(png)).build(), reply);
    }

    @Override
    public void runDebugAction(GpuDebugActionRequest request, StreamObserver<Ack> reply) {
        switch (request.getAction()) {
            case GPU_DEBUG_ACTION_CRASH:
                Runtime.getRuntime().halt(ExitCode.FATAL_ERROR.code());
                break;
            case GPU_DEBUG_ACTION_HANG:
                display.hang();
                break;
            default:
                break;
        }
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void tabStripHitTest(TabStripHitTestRequest request, StreamObserver<TabStripHitTestReply> reply) {
        answer(display.post(() -> display.tabAt(request.getColumn())),
                index -> TabStripHitTestReply.newBuilder().setIndex(index).build(), reply);
    }

    private static void ack(CompletableFuture<?> work, StreamObserver<Ack> reply) {
        answer(work, ignored -> Ack.getDefaultInstance(), reply);
    }

    static <T, R> void answer(CompletableFuture<T> work, Function<T, R> toReply, StreamObserver<R> reply) {
        Replies.answer(work, toReply, reply, Status.Code.INVALID_ARGUMENT);
    }
}
