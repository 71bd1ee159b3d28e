package minibrowser.common.ipc;

import com.google.protobuf.Descriptors;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.grpc.protobuf.ProtoMethodDescriptorSupplier;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import minibrowser.proto.CallerKind;
import minibrowser.proto.Common;

/**
 * Who may call each method, as its {@code .proto} file says: every rpc carries a
 * {@code callers} option ({@code option (callers) = CALLER_KIND_BROWSER;}). Every
 * server checks it for every call, after the secret check found the {@link Caller}
 * and before anything else runs: the gpu's {@code Gpu} service admits the browser
 * alone, not a renderer's frame-sink token; {@code RendererHost} admits renderers,
 * not the plugin process. A method without the option admits nobody (the check
 * fails closed, and {@code AllowedCallersTest} finds such a method).
 *
 * <p>A refused call gets {@code PERMISSION_DENIED} and is a bad message: no honest
 * caller calls a method its contract does not give it ({@link BadMessages}).
 */
public final class AllowedCallers {
    private static final Map<String, Set<CallerKind>> BY_METHOD = new ConcurrentHashMap<>();

    private AllowedCallers() {}

    /** The kinds of caller {@code method} admits, from its {@code callers} option; empty when it has none. */
    public static Set<CallerKind> of(MethodDescriptor<?, ?> method) {
        return BY_METHOD.computeIfAbsent(method.getFullMethodName(), name -> {
            if (!(method.getSchemaDescriptor() instanceof ProtoMethodDescriptorSupplier)) return Set.of();
            Descriptors.MethodDescriptor schema = ((ProtoMethodDescriptorSupplier) method.getSchemaDescriptor())
                    .getMethodDescriptor();
            return of(schema);
        });
    }

    /** The kinds of caller a method of a {@code .proto} file admits. */
    public static Set<CallerKind> of(Descriptors.MethodDescriptor schema) {
        java.util.List<CallerKind> kinds = schema.getOptions().getExtension(Common.callers);
        return kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    }

    /** The interceptor every server runs right after its secret check. */
    public static ServerInterceptor check(BadMessages badMessages) {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                                ServerCallHandler<Q, A> next) {
                Caller caller = Caller.current();
                Set<CallerKind> allowed = of(call.getMethodDescriptor());
                if (caller != null && allowed.contains(caller.kind())) return next.startCall(call, headers);
                String reason = (caller == null ? "an unknown caller" : caller.describe()) + " called "
                        + call.getMethodDescriptor().getFullMethodName() + ", which only " + describe(allowed) + " may call";
                if (caller != null) badMessages.received(caller, reason);
                call.close(Status.PERMISSION_DENIED.withDescription(reason), new Metadata());
                return new ServerCall.Listener<>() {};
            }
        };
    }

    /** A kind of caller in words: "the browser", "a renderer", "a tab's frame sink"... */
    static String describe(CallerKind kind) {
        switch (kind) {
            case CALLER_KIND_BROWSER: return "the browser";
            case CALLER_KIND_RENDERER: return "a renderer";
            case CALLER_KIND_GPU: return "the gpu";
            case CALLER_KIND_PLUGIN: return "the plugin process";
            case CALLER_KIND_TAB_FRAME_SINK: return "a tab's frame sink";
            case CALLER_KIND_PLUGIN_FRAME_SINK: return "a plugin instance's frame sink";
            case CALLER_KIND_CONTROL_CLIENT: return "a control client";
            default: return "nobody";
        }
    }

    private static String describe(Set<CallerKind> kinds) {
        return kinds.isEmpty() ? "nobody"
                : kinds.stream().sorted().map(AllowedCallers::describe).collect(Collectors.joining(" or "));
    }
}
