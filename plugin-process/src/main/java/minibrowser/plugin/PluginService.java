package minibrowser.plugin;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.Optional;
import minibrowser.common.Bounds;
import minibrowser.common.ExitCode;
import minibrowser.common.frame.GpuMemoryLimits;
import minibrowser.plugin.plugins.PluginInstance;
import minibrowser.plugin.plugins.PluginRegistry;
import minibrowser.proto.CrashReply;
import minibrowser.proto.CrashRequest;
import minibrowser.proto.CreateInstanceReply;
import minibrowser.proto.CreateInstanceRequest;
import minibrowser.proto.DestroyInstanceReply;
import minibrowser.proto.DestroyInstanceRequest;
import minibrowser.proto.PluginGrpc;

/**
 * The plugin process's side of plugin.proto, called only by the browser.
 * Creating an instance builds the plugin for the embed's type and hands it to
 * the paint thread.
 */
final class PluginService extends PluginGrpc.PluginImplBase {
    static final int MAX_SIDE = 4096;
    /** The largest surface the gpu keeps a copy of (GpuMemoryLimits); the browser asks for no larger. */
    static final long MAX_PIXELS = GpuMemoryLimits.ofDefaultGpu().maxPluginSurfacePixels();

    private final PluginRegistry registry = new PluginRegistry();
    private final PaintThread painter;

    PluginService(PaintThread painter) {
        this.painter = painter;
    }

    @Override
    public void createInstance(CreateInstanceRequest request, StreamObserver<CreateInstanceReply> reply) {
        if (request.getWidth() <= 0 || request.getHeight() <= 0
                || request.getWidth() > MAX_SIDE || request.getHeight() > MAX_SIDE
                || Bounds.bytes(request.getWidth(), request.getHeight(), 1) > MAX_PIXELS) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription("bad surface size").asRuntimeException());
            return;
        }
        Optional<PluginInstance> plugin = registry.create(request.getMimeType(), request.getData().toByteArray(),
                request.getParamsMap());
        if (plugin.isEmpty()) {
            reply.onError(Status.UNIMPLEMENTED.withDescription("no plugin for " + request.getMimeType()).asRuntimeException());
            return;
        }
        try {
            painter.start(request.getInstanceId(), plugin.get(), request.getBufferId(), Path.of(request.getBufferPath()),
                    request.getWidth(), request.getHeight(), request.getGpuAddress(), request.getFrameSinkToken());
        } catch (java.io.IOException e) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException());
            return;
        }
        reply.onNext(CreateInstanceReply.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void destroyInstance(DestroyInstanceRequest request, StreamObserver<DestroyInstanceReply> reply) {
        painter.stop(request.getInstanceId());
        reply.onNext(DestroyInstanceReply.getDefaultInstance());
        reply.onCompleted();
    }

    /** about:plugincrash: the plugin process dies as a buggy plugin would take it down. */
    @Override
    public void crash(CrashRequest request, StreamObserver<CrashReply> reply) {
        Runtime.getRuntime().halt(ExitCode.FATAL_ERROR.code());
    }
}
