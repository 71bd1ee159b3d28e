package minibrowser.tools.fuzz;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.zip.CRC32;
import minibrowser.common.NamedThreads;

/**
 * The loopback server a fuzz run loads its documents from: {@code /doc/N} is document
 * N of the run's {@link HostileDocuments}, made when asked for (nothing is stored),
 * sent with the content type it was made with. The documents' own references land
 * under {@code /doc/res/}: broken images, an image whose header claims 100000 x 100000
 * pixels, garbage CSS, a slow answer, a redirect loop. Runs on {@code fuzz-server-N}.
 */
public final class FuzzServer implements AutoCloseable {
    private final HostileDocuments documents;
    private final HttpServer server;
    private final ExecutorService threads = NamedThreads.pool("fuzz-server", 4);

    public FuzzServer(HostileDocuments documents) throws IOException {
        this.documents = documents;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The URL of document {@code index}. */
    public String url(int index) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/doc/" + index;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            int res = path.indexOf("/res/");
            if (res >= 0) {
                resource(exchange, path.substring(res + 5));
                return;
            }
            if (path.startsWith("/doc/")) {
                int index;
                try {
                    index = Integer.parseInt(path.substring(5));
                } catch (NumberFormatException e) {
                    send(exchange, 404, "text/html", "<h1>no such document</h1>".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                HostileDocument doc = documents.generate(index);
                send(exchange, 200, doc.contentType(), doc.body());
                return;
            }
            send(exchange, 404, "text/html", "<h1>not found</h1>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException browserWentAway) {
            // The browser may close a connection early (a limit, a timeout): nothing to do.
        }
    }

    private void resource(HttpExchange exchange, String name) throws IOException {
        SplittableRandom random = new SplittableRandom(name.hashCode());
        switch (name) {
            case "garbage.png" -> {
                byte[] bytes = new byte[4096];
                random.nextBytes(bytes);
                send(exchange, 200, "image/png", bytes);
            }
            case "huge-dimensions.png" -> send(exchange, 200, "image/png", pngHeader(100_000, 100_000));
            case "empty.png" -> send(exchange, 200, "image/png", new byte[0]);
            case "not-an-image.png" -> send(exchange, 200, "image/png", "<h1>html</h1>".getBytes(StandardCharsets.UTF_8));
            case "garbage.css" -> send(exchange, 200, "text/css",
                    "p{width:1e9px;font-size:NaN}}}{{@import url(garbage.css);div div div{margin:-1e308px".getBytes(StandardCharsets.UTF_8));
            case "slow" -> {
                sleep(1_000);
                send(exchange, 200, "text/css", "p{color:blue}".getBytes(StandardCharsets.UTF_8));
            }
            case "redirect-loop" -> {
                exchange.getResponseHeaders().add("Location", "redirect-loop");
                exchange.sendResponseHeaders(302, -1);
            }
            default -> send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length == 0) return;
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A PNG signature and an IHDR chunk claiming {@code width} x {@code height}, and no pixels. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer chunk = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        png.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        png.writeBytes(chunk.array());
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return png.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
