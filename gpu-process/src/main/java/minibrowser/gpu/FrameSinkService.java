package minibrowser.gpu;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import minibrowser.common.ipc.Caller;
import minibrowser.proto.Ack;
import minibrowser.proto.CompositorFrame;
import minibrowser.proto.FrameSinkGrpc;
import minibrowser.proto.PluginSurface;

/**
 * The frame path's receiving end (frame_sink.proto), called by renderer
 * compositors and the plugin process. The caller is the frame sink its token
 * names (set by the secret check; each method's {@code callers} option admits only
 * the right kind of sink); the frame is checked on {@code gpu-display} before the
 * call is answered.
 */
final class FrameSinkService extends FrameSinkGrpc.FrameSinkImplBase {
    private final DisplayThread display;

    FrameSinkService(DisplayThread display) {
        this.display = display;
    }

    @Override
    public void submitCompositorFrame(CompositorFrame frame, StreamObserver<Ack> reply) {
        FrameSinkRecord sink = callerSink();
        GpuService.answer(display.post(() -> {
            Status problem = display.surfaces().acceptCompositorFrame(sink, frame);
            if (problem != null) throw problem.asRuntimeException();
            display.frameArrived();
            return Ack.getDefaultInstance();
        }), a -> a, reply);
    }

    @Override
    public void submitPluginSurface(PluginSurface surface, StreamObserver<Ack> reply) {
        FrameSinkRecord sink = callerSink();
        GpuService.answer(display.post(() -> {
            Status problem = display.surfaces().acceptPluginSurface(sink, surface);
            if (problem != null) throw problem.asRuntimeException();
            display.frameArrived();
            return Ack.getDefaultInstance();
        }), a -> a, reply);
    }

    /** The sink whose token the call carried (the callers check admitted only frame sinks here). */
    private static FrameSinkRecord callerSink() {
        return Caller.current().who(FrameSinkRecord.class);
    }
}
