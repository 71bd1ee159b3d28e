package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sandbox}: a renderer in a network namespace of its own. The test reads
 * what the kernel says about the renderer JVM (its namespace, its interfaces) and
 * then tries a TCP connection to the test's own loopback server from inside that
 * namespace ({@code nsenter}, so the renderer's code stays free of network code):
 * it fails there, while the same attempt from the browser's namespace succeeds.
 */
class SandboxIT {
    @TempDir Path work;

    /** Runs bash's /dev/tcp connect to 127.0.0.1:port, inside pid's network namespace when pid > 0. */
    private static int connect(long pid, int port) throws Exception {
        String attempt = "exec 3<>/dev/tcp/127.0.0.1/" + port;
        List<String> command = pid > 0
                ? List.of("nsenter", "--target", String.valueOf(pid), "--net", "--", "bash", "-c", attempt)
                : List.of("bash", "-c", attempt);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        System.out.println("SandboxIT: connect from " + (pid > 0 ? "renderer " + pid : "outside") + ": exit " + exit
                + (said.isEmpty() ? "" : " (" + said + ")"));
        return exit;
    }

    private static boolean available(String program) {
        try {
            return new ProcessBuilder(program, "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (Exception missing) {
            return false;
        }
    }

    @Test
    void aSandboxedRendererHasNoNetworkAndStillDrawsItsPage() throws Exception {
        assumeFalse(RunningBrowser.childrenInProcess(), "renderers are threads of the browser: no sandbox of their own");
        assumeTrue(available("unshare") && available("nsenter"), "util-linux unshare and nsenter");
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, "--sandbox", server.simplePage("/a", "Alpha"))) {
            browser.waitForAllTabs();
            TabInfo tab = browser.tabs().get(0);
            assertEquals("ready", tab.getState(), "the page loads: the renderer reaches the browser and gpu sockets");
            assertEquals("Alpha", tab.getTitle());
            long renderer = tab.getRendererPid();
            long self = browser.process.pid();

            // The pid the browser knows is the renderer JVM itself (unshare execs it).
            String cmdline = Files.readString(Path.of("/proc", String.valueOf(renderer), "cmdline")).replace('\0', ' ');
            assertTrue(cmdline.contains("java") && cmdline.contains("--type=renderer"), cmdline);
            assertTrue(!cmdline.startsWith("unshare"), cmdline);

            // Its network namespace is not the browser's, and has nothing but loopback.
            String rendererNet = Files.readSymbolicLink(Path.of("/proc", String.valueOf(renderer), "ns", "net")).toString();
            String browserNet = Files.readSymbolicLink(Path.of("/proc", String.valueOf(self), "ns", "net")).toString();
            assertNotEquals(browserNet, rendererNet);
            List<String> devices = Files.readAllLines(Path.of("/proc", String.valueOf(renderer), "net", "dev")).stream()
                    .skip(2).map(line -> line.strip().split(":")[0]).toList();
            assertEquals(List.of("lo"), devices);

            // A connection to the test's loopback server: refused inside, accepted outside.
            int port = URI.create(server.url("/")).getPort();
            assertEquals(0, connect(0, port), "from the test's own namespace the server answers");
            assertNotEquals(0, connect(renderer, port), "from the renderer's namespace nothing is reachable");
        }
    }
}
