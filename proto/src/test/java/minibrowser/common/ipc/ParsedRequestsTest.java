package minibrowser.common.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
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
                String childReady = ProcessHostGrpc.getChildReadyMethod().getFullMethodName();
                assertEquals(Status.Code.OK, RawCalls.call(channel, childReady,
                        ChildReadyRequest.newBuilder().setAddress("unix:/x").build().toByteArray()));
                assertEquals(1, handled.get());

                // Field 1 (address, a string) holding the bytes C3 28, which are not UTF-8.
                byte[] notUtf8 = {0x0A, 0x02, (byte) 0xC3, 0x28};
                byte[] garbage = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
                for (byte[] bad : List.of(notUtf8, garbage)) {
                    assertEquals(Status.Code.INVALID_ARGUMENT, RawCalls.call(channel, childReady, bad));
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
