package minibrowser.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Pages served on loopback for the tests, so nothing needs the internet. */
final class TestServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "<h1>not found</h1>" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Serves {@code html} at {@code path}; returns its URL. */
    String page(String path, String html) {
        pages.put(path, html);
        return url(path);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A page with a title, a paragraph and a link. */
    String simplePage(String path, String title) {
        return page(path, "<html><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1><p>Some text on the page called " + title + ".</p><a href=\"/other\">other</a></body></html>");
    }

    /** A page embedding the chart plugin. */
    String pluginPage(String path) {
        return page(path, "<html><head><title>plugin</title></head><body style=\"background:#ffffff\"><p>chart:</p>"
                + "<embed type=\"application/x-minibrowser-chart\" width=\"200\" height=\"100\" values=\"3,1,4,1,5\">"
                + "<p>after the embed</p></body></html>");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
