package minibrowser.common.ipc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Descriptors;
import io.grpc.ManagedChannel;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import minibrowser.proto.CallerKind;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.ListThreadsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every method of every service names who may call it, and a server refuses anyone
 * else before the handler runs, reporting the caller for a bad message.
 */
class AllowedCallersTest {
    @TempDir Path dir;

    /** Every file of contracts, through a class generated from each. */
    private static List<Descriptors.FileDescriptor> contracts() {
        return List.of(minibrowser.proto.RendererOuterClass.getDescriptor(), minibrowser.proto.GpuOuterClass.getDescriptor(),
                minibrowser.proto.PluginOuterClass.getDescriptor(), minibrowser.proto.ControlOuterClass.getDescriptor(),
                minibrowser.proto.FrameSinkOuterClass.getDescriptor(), minibrowser.proto.ProcessHostOuterClass.getDescriptor());
    }

    @Test
    void everyMethodOfEveryServiceNamesItsCallers() {
        int methods = 0;
        for (Descriptors.FileDescriptor file : contracts()) {
            for (Descriptors.ServiceDescriptor service : file.getServices()) {
                for (Descriptors.MethodDescriptor method : service.getMethods()) {
                    assertFalse(AllowedCallers.of(method).isEmpty(), method.getFullName() + " names no callers");
                    assertFalse(AllowedCallers.of(method).contains(CallerKind.CALLER_KIND_UNSPECIFIED), method.getFullName());
                    methods++;
                }
            }
        }
        assertTrue(methods > 40, "found " + methods + " methods");
        assertEquals(java.util.Set.of(CallerKind.CALLER_KIND_BROWSER),
                AllowedCallers.of(minibrowser.proto.GpuGrpc.getCreateFrameSinkMethod()));
    }

    /** Every service of every contract, with no handlers: a call that gets through answers UNIMPLEMENTED. */
    private static List<io.grpc.BindableService> everyService() {
        return List.of(new minibrowser.proto.RendererGrpc.RendererImplBase() {},
                new minibrowser.proto.RendererHostGrpc.RendererHostImplBase() {},
                new minibrowser.proto.GpuGrpc.GpuImplBase() {}, new minibrowser.proto.FrameSinkGrpc.FrameSinkImplBase() {},
                new minibrowser.proto.PluginGrpc.PluginImplBase() {}, new minibrowser.proto.ControlGrpc.ControlImplBase() {},
                new minibrowser.proto.ProcessHostGrpc.ProcessHostImplBase() {}, new ChildProcessGrpc.ChildProcessImplBase() {});
    }

    /**
     * Every method of every service, called over a real Unix socket with every kind of
     * credential: the kinds its contract names reach the handler; every other kind is
     * refused with PERMISSION_DENIED before it, and reported as a bad message.
     */
    @Test
    void everyMethodRefusesEveryOtherKindOfCaller() throws Exception {
        List<String> reported = new CopyOnWriteArrayList<>();
        List<CallerKind> kinds = java.util.Arrays.stream(CallerKind.values())
                .filter(k -> k != CallerKind.CALLER_KIND_UNSPECIFIED && k != CallerKind.UNRECOGNIZED).toList();
        try (Transport transport = new Transport("test")) {
            String address = "unix:" + dir.resolve("all.sock");
            // The credential names its kind: this test is about the second check, not the first.
            Server server = transport.serve(address,
                    Secrets.require(secret -> Optional.of(new Caller(CallerKind.valueOf(secret), secret))),
                    (caller, reason) -> reported.add(reason), everyService());
            int refused = 0;
            int calls = 0;
            try {
                for (io.grpc.BindableService service : everyService()) {
                    for (io.grpc.ServerMethodDefinition<?, ?> method : service.bindService().getMethods()) {
                        java.util.Set<CallerKind> allowed = AllowedCallers.of(method.getMethodDescriptor());
                        for (CallerKind kind : kinds) {
                            ManagedChannel channel = transport.connect(address, kind.name());
                            try {
                                // An empty request parses as every message type.
                                Status.Code code = RawCalls.call(channel, method.getMethodDescriptor().getFullMethodName(), new byte[0]);
                                calls++;
                                Status.Code expected = allowed.contains(kind) ? Status.Code.UNIMPLEMENTED
                                        : Status.Code.PERMISSION_DENIED;
                                if (expected == Status.Code.PERMISSION_DENIED) refused++;
                                assertEquals(expected, code, kind + " calling " + method.getMethodDescriptor().getFullMethodName());
                            } finally {
                                channel.shutdownNow();
                            }
                        }
                    }
                }
            } finally {
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
            assertTrue(calls > 40 * kinds.size() - 1, calls + " calls");
            assertEquals(refused, reported.size(), "every refusal is reported as a bad message");
        }
    }

    @Test
    void aCallerOfAnotherKindIsRefusedBeforeTheHandlerAndReported() throws Exception {
        List<String> reported = new CopyOnWriteArrayList<>();
        Caller sink = new Caller(CallerKind.CALLER_KIND_TAB_FRAME_SINK, "tab 1's sink");
        try (Transport transport = new Transport("test")) {
            String address = "unix:" + dir.resolve("c.sock");
            Server server = transport.serve(address, Secrets.require(presented -> presented.equals("browser-secret")
                            ? Optional.of(Caller.BROWSER) : presented.equals("token") ? Optional.of(sink) : Optional.empty()),
                    (caller, reason) -> reported.add(caller.who() + ": " + reason), List.of(new ChildProcessService("test", transport)));
            ManagedChannel browser = transport.connect(address, "browser-secret");
            ManagedChannel token = transport.connect(address, "token");
            try {
                assertFalse(ChildProcessGrpc.newBlockingStub(browser).withDeadlineAfter(10, TimeUnit.SECONDS)
                        .listThreads(ListThreadsRequest.getDefaultInstance()).getNamesList().isEmpty());
                StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () ->
                        ChildProcessGrpc.newBlockingStub(token).withDeadlineAfter(10, TimeUnit.SECONDS)
                                .listThreads(ListThreadsRequest.getDefaultInstance()));
                assertEquals(Status.Code.PERMISSION_DENIED, refused.getStatus().getCode());
                assertEquals(List.of("tab 1's sink: a tab's frame sink called minibrowser.ChildProcess/ListThreads, "
                        + "which only the browser may call"), reported);
            } finally {
                browser.shutdownNow();
                token.shutdownNow();
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        }
    }
}
