package minibrowser.browser.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The network's {@link Limits} against a real loopback server: each one, when hit,
 * fails the fetch with its reason, and below it the fetch succeeds.
 */
class NetworkLimitsTest {
    private final Network network = new Network(new AboutPages(), new Limits(Duration.ofSeconds(1), Duration.ofSeconds(1)));
    private final HttpServer server;
    private final List<AutoCloseable> open = new ArrayList<>();

    NetworkLimitsTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hop/", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(5));
            if (n > 0) {
                exchange.getResponseHeaders().add("Location", "/hop/" + (n - 1));
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = "<title>arrived</title>".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] block = new byte[1 << 20];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 40; i++) out.write(block);
            } catch (IOException closedByTheBrowser) {
                // expected: the browser stops reading at the limit
            }
        });
        server.createContext("/stall-after-headers", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("<p>first part".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            sleep(5_000);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(0);
        network.shutdown();
        for (AutoCloseable c : open) c.close();
    }

    @Test
    void twentyRedirectsLoadAndTwentyOneDoNot() {
        Response twenty = network.fetchNow(url("/hop/20"));
        assertTrue(twenty.isOk(), twenty.error());
        assertEquals(url("/hop/0"), twenty.url(), "the final URL");
        Response twentyOne = network.fetchNow(url("/hop/21"));
        assertEquals("too many redirects (more than 20)", twentyOne.error());
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        Response huge = network.fetchNow(url("/huge"));
        assertEquals("page too large (over 32 MB)", huge.error());
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersTimesOut() throws Exception {
        ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        open.add(silent);
        long start = System.nanoTime();
        Response response = network.fetchNow("http://127.0.0.1:" + silent.getLocalPort() + "/");
        assertTrue(response.error().startsWith("timed out"), response.error());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(8).toNanos(), "within the read timeout, roughly");
    }

    @Test
    void aServerThatStallsAfterTheHeadersTimesOut() {
        long start = System.nanoTime();
        Response response = network.fetchNow(url("/stall-after-headers"));
        assertTrue(response.error().startsWith("timed out"), response.error());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(4).toNanos(), "before the server wakes up");
    }

    @Test
    void aFullAcceptQueueTimesTheConnectionOut() throws Exception {
        int port = FullAcceptQueue.open(open);
        Response response = network.fetchNow("http://127.0.0.1:" + port + "/");
        assertTrue(response.error().contains("timed out"), response.error());
    }

    @Test
    void endlessAndSpecialFilesAreNotRead() {
        assertEquals("cannot read file: not a regular file", network.fetchNow("file:///dev/zero").error());
        assertTrue(network.fetchNow("file:///nonexistent-minibrowser").error().startsWith("file not found"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
