package minibrowser.common.ipc;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ForwardingClientCallListener;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import minibrowser.common.trace.TracedCalls;
import minibrowser.proto.IpcCall;
import minibrowser.proto.IpcMethodStats;
import minibrowser.proto.IpcStatsReply;

/**
 * The gRPC calls one process makes, counted as its caller sees them: per callee and
 * method, the calls, the bytes each way, the errors and the round trip's p50 and p95
 * over the last {@value #LATENCIES} calls; and the last {@value #RECENT} calls. What
 * the IPC inspector ({@code I}, {@code about:ipc}) shows, collected by the browser
 * from every child ({@code ChildProcess.GetIpcStats}).
 *
 * <p>Always on, unlike tracing: a few stores under a lock per call, which is small
 * beside the call itself (tens of microseconds at best on this machine).
 */
public final class IpcStats {
    static final int LATENCIES = 256;
    static final int RECENT = 32;
    /** Asking for the stats is not counted, or the inspector would mostly show itself. */
    private static final String OWN_METHOD = "ChildProcess.GetIpcStats";

    private final Map<String, Method> methods = new LinkedHashMap<>(); // guarded by this, key peer + " " + method
    private final ArrayDeque<IpcCall> recent = new ArrayDeque<>(); // guarded by this

    /** Counts every call made on a channel to {@code peer} (the callee's server name). */
    ClientInterceptor counting(String peer) {
        return new ClientInterceptor() {
            @Override
            public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
                String name = TracedCalls.shortName(method);
                ClientCall<Q, A> call = next.newCall(method, options);
                if (name.equals(OWN_METHOD)) return call;
                return new Counted<>(call, peer, name);
            }
        };
    }

    private final class Counted<Q, A> extends ForwardingClientCall.SimpleForwardingClientCall<Q, A> {
        private final String peer;
        private final String method;
        private final long start = System.nanoTime();
        private long sent;
        private volatile long received;

        Counted(ClientCall<Q, A> call, String peer, String method) {
            super(call);
            this.peer = peer;
            this.method = method;
        }

        @Override
        public void start(Listener<A> listener, Metadata headers) {
            super.start(new ForwardingClientCallListener.SimpleForwardingClientCallListener<>(listener) {
                @Override
                public void onMessage(A message) {
                    received += TracedCalls.sizeOf(message);
                    super.onMessage(message);
                }

                @Override
                public void onClose(Status status, Metadata trailers) {
                    record(peer, method, sent, received, System.nanoTime() - start, status);
                    super.onClose(status, trailers);
                }
            }, headers);
        }

        @Override
        public void sendMessage(Q message) {
            sent += TracedCalls.sizeOf(message);
            super.sendMessage(message);
        }
    }

    private synchronized void record(String peer, String method, long sent, long received, long nanos, Status status) {
        methods.computeIfAbsent(peer + " " + method, key -> new Method(peer, method)).add(sent, received, nanos, status.isOk());
        if (recent.size() == RECENT) recent.removeFirst();
        recent.addLast(IpcCall.newBuilder().setTimeNanos(System.nanoTime()).setPeer(peer).setMethod(method)
                .setBytesSent(sent).setBytesReceived(received).setLatencyMicros(nanos / 1000)
                .setStatus(status.getCode().name()).build());
    }

    /** Everything counted so far. */
    public synchronized IpcStatsReply snapshot() {
        IpcStatsReply.Builder reply = IpcStatsReply.newBuilder().addAllRecent(recent);
        for (Method method : methods.values()) reply.addMethods(method.toProto());
        return reply.build();
    }

    /** The figures of one method of one callee. Guarded by the IpcStats that holds it. */
    private static final class Method {
        private final String peer;
        private final String name;
        private final long[] latencies = new long[LATENCIES];
        private long calls;
        private long sent;
        private long received;
        private long errors;

        Method(String peer, String name) {
            this.peer = peer;
            this.name = name;
        }

        void add(long sentBytes, long receivedBytes, long nanos, boolean ok) {
            latencies[(int) (calls % LATENCIES)] = nanos / 1000;
            calls++;
            sent += sentBytes;
            received += receivedBytes;
            if (!ok) errors++;
        }

        IpcMethodStats toProto() {
            long[] kept = Arrays.copyOf(latencies, (int) Math.min(calls, LATENCIES));
            Arrays.sort(kept);
            return IpcMethodStats.newBuilder().setPeer(peer).setMethod(name).setCalls(calls).setBytesSent(sent)
                    .setBytesReceived(received).setErrors(errors)
                    .setP50Micros(percentile(kept, 50)).setP95Micros(percentile(kept, 95)).build();
        }

        private static long percentile(long[] sorted, int percent) {
            if (sorted.length == 0) return 0;
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
        }
    }
}
