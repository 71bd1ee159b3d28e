package minibrowser.common.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Server;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.common.trace.Trace;
import minibrowser.common.trace.TraceEvent;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.IpcMethodStats;
import minibrowser.proto.IpcStatsRequest;
import minibrowser.proto.ListThreadsRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A call over a real Unix socket while a trace records: the caller's slice starts a
 * flow, the handler's slice on another thread ends it; the caller's IpcStats count it.
 */
class TracedCallsTest {
    @TempDir Path dir;

    @AfterEach
    void stop() {
        Trace.stop();
    }

    @Test
    void aCallIsTwoSlicesJoinedByOneFlowAndIsCounted() throws Exception {
        try (Transport transport = new Transport("test")) {
            String address = "unix:" + dir.resolve("gpu.sock");
            Server server = transport.serve(address, Secrets.require(Secrets.only("s", Caller.BROWSER)),
                    BadMessages.REFUSE_ONLY, List.of(new ChildProcessService("test", transport)));
            ManagedChannel channel = transport.connect(address, "s");
            try {
                Trace.start("test", 1000);
                ChildProcessGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .listThreads(ListThreadsRequest.getDefaultInstance());
                // The handler's slice ends after its reply is sent: it may be recorded a moment after the answer.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (Trace.peek().events().stream().noneMatch(e -> e.name().equals("ChildProcess.ListThreads"))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                List<TraceEvent> events = Trace.stop().events();
                TraceEvent call = events.stream().filter(e -> e.name().equals("call ChildProcess.ListThreads"))
                        .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
                TraceEvent handled = events.stream().filter(e -> e.name().equals("ChildProcess.ListThreads"))
                        .findFirst().orElseThrow(() -> new AssertionError(events.toString()));
                assertTrue(call.flowOut() && handled.flowIn());
                assertNotEquals(0, call.bindId());
                assertEquals(call.bindId(), handled.bindId());
                assertNotEquals(call.threadId(), handled.threadId(), "the handler runs on a grpc thread");

                IpcMethodStats counted = transport.ipcStats().snapshot().getMethodsList().stream()
                        .filter(m -> m.getMethod().equals("ChildProcess.ListThreads")).findFirst().orElseThrow();
                assertEquals("gpu", counted.getPeer());
                assertEquals(1, counted.getCalls());
                assertTrue(counted.getBytesReceived() > 0 && counted.getP50Micros() > 0, counted.toString());

                ChildProcessGrpc.newBlockingStub(channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .getIpcStats(IpcStatsRequest.getDefaultInstance());
                assertTrue(transport.ipcStats().snapshot().getMethodsList().stream()
                        .noneMatch(m -> m.getMethod().equals("ChildProcess.GetIpcStats")), "asking is not counted");
            } finally {
                channel.shutdownNow();
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theCalleeIsNamedByItsServer() {
        assertEquals("gpu", Transport.peerName("unix:/dev/shm/minibrowser-1-x/sockets/gpu.sock"));
        assertEquals("renderer-3", Transport.peerName("inproc:/dev/shm/minibrowser-1-x/renderer-3"));
        assertEquals("tcp", Transport.peerName("tcp:127.0.0.1:4000"));
    }
}
