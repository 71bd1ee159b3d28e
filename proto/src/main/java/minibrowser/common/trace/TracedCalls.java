package minibrowser.common.trace;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;

/**
 * Every gRPC call as two slices joined by a flow arrow: the caller's ({@code call
 * Renderer.Click}, on the thread that made the call, with {@code flow_out}) and the
 * callee's ({@code Renderer.Click}, on the thread that ran the handler, with
 * {@code flow_in}). The flow id travels in the {@value #HEADER} header.
 *
 * <p>A handler that hands its work on to another thread (the gpu's SubmitCompositorFrame
 * to gpu-display) may {@link #takeFlow take the flow}: the arrow then ends at the slice
 * where the work is done, not at the handler's.
 *
 * <p>The header comes from another process, so it is only ever parsed as a number; a
 * forged one can draw a wrong arrow in a trace and do nothing else.
 */
public final class TracedCalls {
    public static final String HEADER = "minibrowser-trace-flow";
    private static final Metadata.Key<String> FLOW = Metadata.Key.of(HEADER, Metadata.ASCII_STRING_MARSHALLER);

    /** The flow of the call whose handler runs on this thread, while it runs; 0 for none or taken. */
    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

    private TracedCalls() {}

    /**
     * Takes the current call's flow, so that the caller's arrow ends at a slice the
     * handler records later ({@link Trace#completeWithFlow} with {@code out = false});
     * 0 when no call is being handled here or nothing is recording.
     */
    public static long takeFlow() {
        long[] current = CURRENT.get();
        if (current == null) return 0;
        long flow = current[0];
        current[0] = 0;
        return flow;
    }

    /** "Renderer.Click" for "minibrowser.Renderer/Click". */
    public static String shortName(MethodDescriptor<?, ?> method) {
        String service = method.getServiceName();
        String simple = service == null ? "" : service.substring(service.lastIndexOf('.') + 1);
        return simple + "." + method.getBareMethodName();
    }

    /** The size of a message on the wire: a protobuf message's, or the bytes of a raw stream. */
    public static long sizeOf(Object message) {
        if (message instanceof com.google.protobuf.MessageLite) {
            return ((com.google.protobuf.MessageLite) message).getSerializedSize();
        }
        if (message instanceof java.io.InputStream) {
            try {
                return ((java.io.InputStream) message).available();
            } catch (java.io.IOException | RuntimeException unknown) {
                return 0;
            }
        }
        return 0;
    }

    /** The caller's side: one slice per call, on the calling thread, from start to the last message sent. */
    public static ClientInterceptor client(String peer) {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                ClientCall<Q, A> call = next.newCall(method, options);
                if (!Trace.on()) return call;
                return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
                    private long start;
                    private long flow;
                    private long bytes;

                    @Override
                    public void start(Listener<A> listener, Metadata headers) {
                        start = Trace.now();
                        flow = Trace.newFlowId();
                        headers.put(FLOW, Long.toHexString(flow));
                        super.start(listener, headers);
                    }

                    @Override
                    public void sendMessage(Q message) {
                        bytes += sizeOf(message);
                        super.sendMessage(message);
                    }

                    @Override
                    public void halfClose() {
                        super.halfClose();
                        Trace.completeWithFlow("ipc", "call " + shortName(method), start, flow, true,
                                "method", method.getFullMethodName(), "to", peer, "bytes", Long.toString(bytes));
                    }
                };
            }
        };
    }

    /** The callee's side: one slice per call, on the thread that runs the handler. */
    public static ServerInterceptor server() {
        return new ServerInterceptor() {
            @Override
            public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                                ServerCallHandler<Q, A> next) {
                ServerCall.Listener<Q> listener = next.startCall(call, headers);
                if (!Trace.on()) return listener;
                long flow = parseFlow(headers.get(FLOW));
                MethodDescriptor<Q, A> method = call.getMethodDescriptor();
                return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(listener) {
                    private long bytes;

                    @Override
                    public void onMessage(Q message) {
                        bytes += sizeOf(message);
                        super.onMessage(message);
                    }

                    @Override
                    public void onHalfClose() {
                        long start = Trace.now();
                        long[] current = {flow};
                        CURRENT.set(current);
                        try {
                            super.onHalfClose(); // a unary handler runs here
                        } finally {
                            CURRENT.remove();
                            Trace.completeWithFlow("ipc", shortName(method), start, current[0], false,
                                    "method", method.getFullMethodName(), "bytes", Long.toString(bytes));
                        }
                    }
                };
            }
        };
    }

    private static long parseFlow(String text) {
        if (text == null || text.isEmpty() || text.length() > 16) return 0;
        try {
            return Long.parseUnsignedLong(text, 16);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
