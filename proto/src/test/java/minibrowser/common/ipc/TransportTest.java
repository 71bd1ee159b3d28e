package minibrowser.common.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.ListThreadsReply;
import minibrowser.proto.ListThreadsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same secret-checked server over each transport: Unix socket, loopback TCP (the fallback), in-process. */
class TransportTest {
    @TempDir Path dir;

    private void checkTransport(String requested) throws Exception {
        try (Transport transport = new Transport("test")) {
            Server server = transport.serve(requested,
                    Secrets.require(Secrets.only("s3cret", Caller.BROWSER)), BadMessages.REFUSE_ONLY,
                    List.of(new ChildProcessService("test", transport)));
            String address = Transport.boundAddress(server, requested);
            ManagedChannel good = transport.connect(address, "s3cret");
            ListThreadsReply reply = ChildProcessGrpc.newBlockingStub(good).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .listThreads(ListThreadsRequest.getDefaultInstance());
            assertTrue(reply.getNamesList().stream().anyMatch(n -> n.startsWith("test-grpc-")), reply.toString());

            ManagedChannel bad = transport.connect(address, "guess");
            StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () ->
                    ChildProcessGrpc.newBlockingStub(bad).withDeadlineAfter(10, TimeUnit.SECONDS)
                            .listThreads(ListThreadsRequest.getDefaultInstance()));
            assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode());
            good.shutdownNow();
            bad.shutdownNow();
            server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void unixDomainSocket() throws Exception {
        checkTransport("unix:" + dir.resolve("t.sock"));
    }

    @Test
    void loopbackTcpFallback() throws Exception {
        checkTransport("tcp:127.0.0.1:0");
    }

    @Test
    void inProcess() throws Exception {
        checkTransport("inproc:transport-test");
    }

    @Test
    void theSecretTravelsAsTheFirstLineOfThePipe() throws Exception {
        ParentPipe pipe = new ParentPipe(new java.io.ByteArrayInputStream("abc123\nrest".getBytes()));
        assertEquals("abc123", pipe.readSecret());
        assertThrows(java.io.IOException.class, () -> new ParentPipe(new java.io.ByteArrayInputStream(new byte[0])).readSecret());
    }
}
