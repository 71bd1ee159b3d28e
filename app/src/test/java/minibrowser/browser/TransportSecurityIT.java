package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ExitCode;
import minibrowser.common.ipc.SessionLayout;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.ChildReadyRequest;
import minibrowser.proto.ProcessHostGrpc;
import minibrowser.proto.ListThreadsRequest;
import minibrowser.proto.PingRequest;
import minibrowser.proto.RendererGrpc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/** The sockets, the secret and the stdin pipe. */
class TransportSecurityIT {
    @TempDir Path work;

    @Test
    void aForeignClientWithoutTheSecretIsRefused() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, server.simplePage("/a", "A"))) {
            browser.waitForAllTabs();
            Path session = RunningBrowser.sessionDirectories(browser.process.pid()).get(0);
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(session)));
            List<Path> sockets;
            try (var files = Files.walk(session)) { // sockets/ and each child's own directory
                sockets = files.filter(p -> p.toString().endsWith(".sock")).toList();
            }
            if (RunningBrowser.childrenInProcess()) {
                // Single-process: children are reached through in-process gRPC; there is no socket to knock on.
                assertTrue(sockets.isEmpty(), sockets.toString());
                return;
            }
            assertTrue(sockets.stream().anyMatch(p -> p.getFileName().toString().startsWith("renderer-")), sockets.toString());

            Transport transport = new Transport("foreign");
            for (String secret : List.of("", "not-the-secret")) {
                for (Path socket : sockets) {
                    ManagedChannel channel = transport.connect("unix:" + socket, secret);
                    boolean browserSocket = socket.getFileName().toString().equals("browser.sock");
                    StatusRuntimeException refused = assertThrows(StatusRuntimeException.class, () -> {
                        if (browserSocket) {
                            ProcessHostGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .childReady(ChildReadyRequest.newBuilder().setAddress("unix:/tmp/evil.sock").build());
                        } else {
                            ChildProcessGrpc.newBlockingStub(channel).withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .listThreads(ListThreadsRequest.getDefaultInstance());
                        }
                    });
                    assertEquals(Status.Code.UNAUTHENTICATED, refused.getStatus().getCode(), socket.toString());
                    channel.shutdownNow();
                }
            }
            Path renderer = sockets.stream().filter(p -> p.getFileName().toString().startsWith("renderer-")).findFirst().get();
            ManagedChannel channel = transport.connect("unix:" + renderer, "guess");
            assertThrows(StatusRuntimeException.class, () -> RendererGrpc.newBlockingStub(channel)
                    .withDeadlineAfter(5, TimeUnit.SECONDS).ping(PingRequest.getDefaultInstance()));
            channel.shutdownNow();
            transport.close();
            assertEquals(TAB_STATE_READY, browser.tabs().get(0).getState(), "the browser carries on");
        }
    }

    @Test
    void aChildExitsWhenItsStdinPipeReachesEndOfFile() throws Exception {
        Path session = Files.createDirectory(work.resolve("session"));
        Files.createDirectories(new SessionLayout(session).childDir("renderer-9")); // as the browser makes it
        Process child = new ProcessBuilder(RunningBrowser.javaCommand()).command(List.of(
                System.getProperty("java.home") + "/bin/java", "-cp", RunningBrowser.jar().toString(),
                "minibrowser.app.Main", "--type=renderer", "--session-dir=" + session,
                "--browser-address=unix:" + session.resolve("nobody.sock"), "--child-id=renderer-9"))
                .redirectErrorStream(true).redirectOutput(work.resolve("child.out").toFile()).start();
        try {
            child.getOutputStream().write("0123456789abcdef\n".getBytes());
            child.getOutputStream().flush();
            Thread.sleep(500);
            child.getOutputStream().close(); // what the kernel does when the browser dies
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child still running after EOF");
            assertEquals(ExitCode.PARENT_GONE.code(), child.exitValue());
            assertTrue(!Files.exists(session), "the child removed the dead browser's session directory");
        } finally {
            child.destroyForcibly();
        }
    }
}
