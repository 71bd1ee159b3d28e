package minibrowser.browser.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class NetworkTest {
    /**
     * More fetches at once than the network has threads: each must still finish. (The
     * HTTP client once shared those threads, and five tabs loading together hung forever.)
     */
    @Test
    void moreFetchesAtOnceThanThreadsAllFinish() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = "<h1>slow</h1>".getBytes();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Network network = new Network(new AboutPages());
        try {
            List<CompletableFuture<Response>> fetches = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                fetches.add(network.fetch("http://127.0.0.1:" + server.getAddress().getPort() + "/" + i));
            }
            for (CompletableFuture<Response> fetch : fetches) assertEquals(200, fetch.get(20, TimeUnit.SECONDS).status());
        } finally {
            network.shutdown();
            server.stop(0);
        }
    }
}
