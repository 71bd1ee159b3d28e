package minibrowser.common.ipc;

import io.grpc.Attributes;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerMethodDefinition;
import io.grpc.ServerServiceDefinition;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Requests parsed where the caller is known, so that bytes which are not a valid
 * message are a bad message of that caller, not an anonymous transport error.
 *
 * <p>gRPC normally parses a request before any interceptor's listener sees it: a
 * child that sends garbage, or a string field that is not UTF-8, gets an error and
 * nobody learns who sent it. {@link #of} rewrites a service so that its methods take
 * the raw bytes and parse them here, inside the call's context (after the secret
 * check set the {@link Caller}): a request that does not parse is refused with
 * {@code INVALID_ARGUMENT} and reported to {@link BadMessages}, and the handler
 * never runs. A request that parses reaches the handler as before (with the
 * in-process transport, the message object itself, never serialised).
 */
public final class ParsedRequests {
    /** Hands the request's bytes over as they came; the real parse happens in the listener below. */
    private static final MethodDescriptor.Marshaller<InputStream> RAW = new MethodDescriptor.Marshaller<>() {
        @Override public InputStream stream(InputStream value) { return value; }
        @Override public InputStream parse(InputStream stream) { return stream; }
    };

    private ParsedRequests() {}

    /** {@code service} with every request parsed by us, in the caller's context. */
    public static ServerServiceDefinition of(ServerServiceDefinition service, BadMessages badMessages) {
        ServiceDescriptor original = service.getServiceDescriptor();
        List<ServerMethodDefinition<InputStream, ?>> methods = new ArrayList<>();
        ServiceDescriptor.Builder descriptor = ServiceDescriptor.newBuilder(original.getName())
                .setSchemaDescriptor(original.getSchemaDescriptor());
        for (ServerMethodDefinition<?, ?> method : service.getMethods()) {
            ServerMethodDefinition<InputStream, ?> raw = raw(method, badMessages);
            methods.add(raw);
            descriptor.addMethod(raw.getMethodDescriptor());
        }
        ServerServiceDefinition.Builder rewritten = ServerServiceDefinition.builder(descriptor.build());
        methods.forEach(rewritten::addMethod);
        return rewritten.build();
    }

    private static <Q, A> ServerMethodDefinition<InputStream, A> raw(ServerMethodDefinition<Q, A> method,
                                                                     BadMessages badMessages) {
        MethodDescriptor<Q, A> typed = method.getMethodDescriptor();
        MethodDescriptor<InputStream, A> untyped = typed.toBuilder(RAW, typed.getResponseMarshaller()).build();
        ServerCallHandler<InputStream, A> handler = (call, headers) -> {
            ServerCall.Listener<Q> delegate = method.getServerCallHandler().startCall(new Typed<>(call, typed), headers);
            return new Listener<>(call, typed, delegate, badMessages);
        };
        return ServerMethodDefinition.create(untyped, handler);
    }

    /** Parses each message; a message that does not parse ends the call before the handler hears of it. */
    private static final class Listener<Q, A> extends ServerCall.Listener<InputStream> {
        private final ServerCall<InputStream, A> call;
        private final MethodDescriptor<Q, A> method;
        private final ServerCall.Listener<Q> delegate;
        private final BadMessages badMessages;
        private boolean refused;

        Listener(ServerCall<InputStream, A> call, MethodDescriptor<Q, A> method, ServerCall.Listener<Q> delegate,
                 BadMessages badMessages) {
            this.call = call;
            this.method = method;
            this.delegate = delegate;
            this.badMessages = badMessages;
        }

        @Override
        public void onMessage(InputStream bytes) {
            if (refused) return;
            Q request;
            try {
                request = method.parseRequest(bytes);
            } catch (RuntimeException unparsable) {
                refused = true;
                String reason = "a " + method.getBareMethodName() + " request that does not parse ("
                        + rootMessage(unparsable) + ")";
                Caller caller = Caller.current();
                if (caller != null) badMessages.received(caller, reason);
                call.close(Status.INVALID_ARGUMENT.withDescription("bad message: " + reason), new Metadata());
                return;
            }
            delegate.onMessage(request);
        }

        @Override public void onHalfClose() { if (!refused) delegate.onHalfClose(); }
        @Override public void onCancel() { delegate.onCancel(); }
        @Override public void onComplete() { delegate.onComplete(); }
        @Override public void onReady() { if (!refused) delegate.onReady(); }

        private static String rootMessage(Throwable failure) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
            return cause.getMessage() == null ? cause.toString() : cause.getMessage();
        }
    }

    /** The call as the handler expects it: of its own request type (only the descriptor differs). */
    private static final class Typed<Q, A> extends ServerCall<Q, A> {
        private final ServerCall<InputStream, A> call;
        private final MethodDescriptor<Q, A> method;

        Typed(ServerCall<InputStream, A> call, MethodDescriptor<Q, A> method) {
            this.call = call;
            this.method = method;
        }

        @Override public void request(int count) { call.request(count); }
        @Override public void sendHeaders(Metadata headers) { call.sendHeaders(headers); }
        @Override public void sendMessage(A message) { call.sendMessage(message); }
        @Override public boolean isReady() { return call.isReady(); }
        @Override public void close(Status status, Metadata trailers) { call.close(status, trailers); }
        @Override public boolean isCancelled() { return call.isCancelled(); }
        @Override public void setMessageCompression(boolean enabled) { call.setMessageCompression(enabled); }
        @Override public void setCompression(String compressor) { call.setCompression(compressor); }
        @Override public Attributes getAttributes() { return call.getAttributes(); }
        @Override public String getAuthority() { return call.getAuthority(); }
        @Override public MethodDescriptor<Q, A> getMethodDescriptor() { return method; }
    }
}
