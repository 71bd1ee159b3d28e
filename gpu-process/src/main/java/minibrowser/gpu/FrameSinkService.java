package minibrowser.gpu;

import minibrowser.common.trace.Trace;
import minibrowser.common.trace.TracedCalls;
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
        long flow = TracedCalls.takeFlow(); // the renderer's arrow ends where gpu-display takes the frame
        GpuService.answer(display.post(() -> arrived("frame arrived", flow, "tab", sink.tab(), frame.getSequence(),
                () -> display.surfaces().acceptCompositorFrame(sink, frame))), a -> a, reply);
    }

    @Override
    public void submitPluginSurface(PluginSurface surface, StreamObserver<Ack> reply) {
        FrameSinkRecord sink = callerSink();
        long flow = TracedCalls.takeFlow();
        GpuService.answer(display.post(() -> arrived("plugin surface arrived", flow, "plugin instance", sink.pluginInstance(), surface.getSequence(),
                () -> display.surfaces().acceptPluginSurface(sink, surface))), a -> a, reply);
    }

    /**
     * On gpu-display: takes a frame or surface ({@code accept} says null, or why not) and
     * presents; in a trace, one slice that ends the sender's flow arrow, named by
     * the sink's tab or plugin instance (what the browser told the gpu, not what the frame says).
     */
    private Ack arrived(String what, long flow, String from, int fromId, long sequence,
                        java.util.function.Supplier<Status> accept) {
        long start = Trace.now();
        try {
            Status problem = accept.get();
            if (problem != null) throw problem.asRuntimeException();
            display.frameArrived();
            return Ack.getDefaultInstance();
        } finally {
            Trace.completeWithFlow("gpu", what, start, flow, false, from, Integer.toString(fromId),
                    "sequence", Long.toString(sequence));
        }
    }

    /** The sink whose token the call carried (the callers check admitted only frame sinks here). */
    private static FrameSinkRecord callerSink() {
        return Caller.current().who(FrameSinkRecord.class);
    }
}
