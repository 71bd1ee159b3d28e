package minibrowser.tools.chaos;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import minibrowser.common.NamedThreads;

/**
 * The pages a chaos run browses, served on loopback so it needs no network: short
 * pages, a long page, and a page with an {@code <embed>} (so a plugin process exists
 * to be killed). Each is reachable under two sites, {@code 127.0.0.1} and
 * {@code localhost}, so the per-site model moves tabs between renderers too.
 * Every page has a heading in dark text: a screenshot with dark pixels shows it drawn.
 */
final class ChaosPages implements AutoCloseable {
    private static final List<String> PATHS = List.of("/page/1", "/page/2", "/page/3", "/long", "/embed");
    private final ExecutorService threads = NamedThreads.pool("chaos-pages", 2);
    private final HttpServer server;

    ChaosPages() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String html = html(path);
            byte[] body = (html == null ? "<h1>not found</h1>" : html).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(html == null ? 404 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The page at {@code path}, or null. */
    private static String html(String path) {
        if (path.startsWith("/page/")) {
            String n = path.substring(6);
            return "<html><head><title>chaos page " + n + "</title></head><body><h1>Chaos page " + n + "</h1>"
                    + "<p>A short page. <a href=\"/page/1\">one</a> <a href=\"/long\">long</a></p></body></html>";
        }
        if (path.equals("/long")) {
            StringBuilder html = new StringBuilder("<html><head><title>chaos long</title></head><body><h1>A long page</h1>");
            for (int i = 1; i <= 200; i++) html.append("<p>Paragraph ").append(i).append(" of a long page.</p>");
            return html.append("</body></html>").toString();
        }
        if (path.equals("/embed")) {
            return "<html><head><title>chaos embed</title></head><body><h1>A plugin</h1>"
                    + "<embed type=\"application/x-minibrowser-chart\" width=\"200\" height=\"100\" values=\"3,1,4,1,5\">"
                    + "<p>after the embed</p></body></html>";
        }
        return null;
    }

    /** The first page of tab {@code n} (1-based): the embed page for the first tab, so a plugin runs from the start. */
    String startPage(int n) {
        return n == 1 ? url("127.0.0.1", "/embed") : url(n % 2 == 0 ? "localhost" : "127.0.0.1", "/page/" + (1 + n % 3));
    }

    /** A page drawn at random, on either site. */
    String anyPage(Random random) {
        return url(random.nextBoolean() ? "127.0.0.1" : "localhost", PATHS.get(random.nextInt(PATHS.size())));
    }

    /** The page with a plugin, on either site. */
    String embedPage(Random random) {
        return url(random.nextBoolean() ? "127.0.0.1" : "localhost", "/embed");
    }

    private String url(String host, String path) {
        return "http://" + host + ":" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
