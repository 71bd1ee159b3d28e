package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import com.google.protobuf.ByteString;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.proto.CrashRequest;
import minibrowser.proto.CreateInstanceRequest;
import minibrowser.proto.DestroyInstanceRequest;
import minibrowser.proto.PluginGrpc;

/**
 * The browser side of the plugin process. The browser starts it the first time a
 * page embeds a plugin, and again after it died when the next page needs one.
 * Every call returns at once (a gRPC future); nothing on browser-ui waits for it.
 */
final class PluginProcessHost {
    final ChildProcessHost process;
    private final PluginGrpc.PluginFutureStub plugin;

    PluginProcessHost(ChildProcessHost process) {
        this.process = process;
        this.plugin = PluginGrpc.newFutureStub(process.channel());
    }

    /** Starts an instance drawing into its surface; fails when no plugin takes the type. */
    ListenableFuture<?> createInstance(PluginInstanceRecord instance, byte[] data, Map<String, String> params,
                                       String gpuAddress) {
        return plugin.withDeadlineAfter(10, TimeUnit.SECONDS).createInstance(CreateInstanceRequest.newBuilder()
                .setInstanceId(instance.id()).setMimeType(instance.mimeType()).setData(ByteString.copyFrom(data))
                .putAllParams(params).setWidth(instance.width()).setHeight(instance.height())
                .setBufferId(instance.bufferId()).setBufferPath(instance.surface().toString())
                .setGpuAddress(gpuAddress).setFrameSinkToken(instance.token()).build());
    }

    /** Ends an instance: the plugin stops painting it and unmaps its surface. */
    void destroyInstance(int instanceId) {
        plugin.withDeadlineAfter(5, TimeUnit.SECONDS)
                .destroyInstance(DestroyInstanceRequest.newBuilder().setInstanceId(instanceId).build());
    }

    /** about:plugincrash: the process ends before it can answer, so the answer is not awaited. */
    void crash() {
        plugin.withDeadlineAfter(2, TimeUnit.SECONDS).crash(CrashRequest.getDefaultInstance());
    }
}
