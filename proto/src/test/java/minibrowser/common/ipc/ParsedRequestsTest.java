package minibrowser.common.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.StreamObserver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.proto.Ack;
import minibrowser.proto.CallerKind;
import minibrowser.proto.ChildReadyRequest;
import minibrowser.proto.ProcessHostGrpc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not a valid message, sent over a real Unix socket with a real
 * secret: refused before the handler runs, and reported as the caller's bad message.
 */
class ParsedRequestsTest {
    @TempDir Path dir;

    /** ProcessHost.ChildReady with the request's bytes written by hand. */
    private static final MethodDescriptor<byte[], byte[]> RAW_CHILD_READY = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName(ProcessHostGrpc.getChildReadyMethod().getFullMethodName())
            .setRequestMarshaller(new Bytes()).setResponseMarshaller(new Bytes()).build();

    private static final class Bytes implements MethodDescriptor.Marshaller<byte[]> {
        @Override public InputStream stream(byte[] value) { return new ByteArrayInputStream(value); }
        @Override public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void garbageAndInvalidUtf8AreBadMessagesOfTheirSender() throws Exception {
        List<String> reported = new CopyOnWriteArrayList<>();
        AtomicInteger handled = new AtomicInteger();
        Caller renderer = new Caller(CallerKind.CALLER_KIND_RENDERER, "renderer-1");
        ProcessHostGrpc.ProcessHostImplBase host = new ProcessHostGrpc.ProcessHostImplBase() {
            @Override
            public void childReady(ChildReadyRequest request, StreamObserver<Ack> reply) {
                handled.incrementAndGet();
                reply.onNext(Ack.getDefaultInstance());
                reply.onCompleted();
            }
        };
        try (Transport transport = new Transport("test")) {
            String address = "unix:" + dir.resolve("p.sock");
            Server server = transport.serve(address, Secrets.require(Secrets.only("s", renderer)),
                    (caller, reason) -> reported.add(caller.who() + ": " + reason), List.of(host));
            ManagedChannel channel = transport.connect(address, "s");
            try {
                // A well-formed request reaches the handler.
                ClientCalls.blockingUnaryCall(channel, RAW_CHILD_READY, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS),
                        ChildReadyRequest.newBuilder().setAddress("unix:/x").build().toByteArray());
                assertEquals(1, handled.get());

                // Field 1 (address, a string) holding the bytes C3 28, which are not UTF-8.
                byte[] notUtf8 = {0x0A, 0x02, (byte) 0xC3, 0x28};
                byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
                for (byte[] bad : List.of(notUtf8, garbage)) {
                    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () ->
                            ClientCalls.blockingUnaryCall(channel, RAW_CHILD_READY,
                                    CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), bad));
                    assertEquals(Status.Code.INVALID_ARGUMENT, refused.getStatus().getCode(), refused.toString());
                }
                assertEquals(1, handled.get(), "no handler ran for a message that does not parse");
                assertEquals(2, reported.size(), reported.toString());
                assertTrue(reported.get(0).startsWith("renderer-1: a ChildReady request that does not parse"), reported.get(0));
                assertTrue(reported.get(0).contains("UTF-8"), reported.get(0));
            } finally {
                channel.shutdownNow();
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }
}
