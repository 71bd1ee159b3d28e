package minibrowser.tools.compare;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.stub.StreamObserver;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import minibrowser.common.ipc.BadMessages;
import minibrowser.common.ipc.Caller;
import minibrowser.common.ipc.Secrets;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.bench.FrameBenchGrpc;
import minibrowser.proto.bench.FrameBytes;
import minibrowser.proto.bench.FrameBytesReply;

/**
 * The other end of the "frame inside a gRPC message" rows of {@link IpcRows}: serves
 * {@code FrameBench} ({@code bench/frame_bench.proto}), which no production process
 * serves. It receives a frame's pixels inside the message and copies them out, as a
 * gpu would have to. {@link IpcRows} starts it as a process of its own (this class's
 * {@link #main}: a Unix socket between two JVMs) and as threads of its own JVM
 * ({@link #serve} on an in-process address), and it is served as the gpu serves
 * FrameSink: on the transport's event loop, one thread hop fewer per call.
 */
final class FrameBenchPeer extends FrameBenchGrpc.FrameBenchImplBase {
    /** What the peer process prints on stdout once it listens, followed by its address. */
    static final String READY = "frame-bench-peer listening at ";

    /** Serves the peer on {@code address} for the caller that presents {@code secret}. */
    static Server serve(Transport transport, String address, String secret) throws IOException {
        return transport.serve(address, Secrets.require(Secrets.only(secret, Caller.BROWSER)),
                BadMessages.REFUSE_ONLY, List.<BindableService>of(new FrameBenchPeer()), true);
    }

    /**
     * The peer as a process: {@code FrameBenchPeer <address>}, the secret on the first
     * line of stdin; prints {@link #READY} with the address it listens at, and serves
     * until stdin closes (its parent ended).
     */
    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String secret = stdin.readLine();
        try (Transport transport = new Transport("frame-bench-peer")) {
            Server server = serve(transport, args[0], secret);
            System.out.println(READY + Transport.boundAddress(server, args[0]));
            System.out.flush();
            while (stdin.read() >= 0) {
                // Nothing is sent after the secret; end of stdin ends the peer.
            }
            server.shutdownNow();
        }
    }

    @Override
    public void submitFrameBytes(FrameBytes frame, StreamObserver<FrameBytesReply> reply) {
        int[] copy = new int[frame.getPixels().size() / 4];
        frame.getPixels().asReadOnlyByteBuffer().asIntBuffer().get(copy);
        reply.onNext(FrameBytesReply.newBuilder().setPixelsCopied(copy.length).build());
        reply.onCompleted();
    }
}
