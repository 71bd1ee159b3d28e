package minibrowser.browser;

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
 */
final class PluginProcessHost {
    final ChildProcessHost process;
    private final PluginGrpc.PluginBlockingStub plugin;
    private final PluginGrpc.PluginFutureStub asyncPlugin;

    PluginProcessHost(ChildProcessHost process) {
        this.process = process;
        this.plugin = PluginGrpc.newBlockingStub(process.channel());
        this.asyncPlugin = PluginGrpc.newFutureStub(process.channel());
    }

    /** Starts an instance drawing into {@code surface}; throws when no plugin takes the type. */
    void createInstance(PluginInstanceRecord instance, byte[] data, Map<String, String> params, String gpuAddress) {
        plugin.withDeadlineAfter(10, TimeUnit.SECONDS).createInstance(CreateInstanceRequest.newBuilder()
                .setInstanceId(instance.id()).setMimeType(instance.mimeType()).setData(ByteString.copyFrom(data))
                .putAllParams(params).setWidth(instance.width()).setHeight(instance.height())
                .setBufferId(instance.bufferId()).setBufferPath(instance.surface().toString())
                .setGpuAddress(gpuAddress).setFrameSinkToken(instance.token()).build());
    }

    /** Ends an instance: the plugin stops painting it and unmaps its surface. Does not wait. */
    void destroyInstance(int instanceId) {
        asyncPlugin.withDeadlineAfter(5, TimeUnit.SECONDS)
                .destroyInstance(DestroyInstanceRequest.newBuilder().setInstanceId(instanceId).build());
    }

    void crash() {
        try {
            plugin.withDeadlineAfter(2, TimeUnit.SECONDS).crash(CrashRequest.getDefaultInstance());
        } catch (RuntimeException expected) {
            // The process is gone before it can answer.
        }
    }
}
