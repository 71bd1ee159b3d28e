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
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();

    TestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] image = images.get(exchange.getRequestURI().getPath());
            if (image != null) {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, image.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(image);
                }
                return;
            }
            String body = pages.get(exchange.getRequestURI().getPath());
            byte[] bytes = (body == null ? "<h1>not found</h1>" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        // A handler may stall on purpose (LimitsIT): each exchange gets a thread of its own.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(
                minibrowser.common.NamedThreads.numbered("test-server", true)));
        server.start();
    }

    /** Answers requests under {@code path} with {@code handler}; returns the URL of {@code path}. */
    String handle(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
        return url(path);
    }

    /** Serves {@code html} at {@code path}; returns its URL. */
    String page(String path, String html) {
        pages.put(path, html);
        return url(path);
    }

    /** Serves a solid {@code rgb} PNG of the given size at {@code path}. */
    String solidPng(String path, int width, int height, int rgb) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, rgb);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        images.put(path, png.toByteArray());
        return url(path);
    }

    /**
     * {@link #simplePage} served under another site: {@code localhost} instead of
     * {@code 127.0.0.1} (same server, but a different site for the per-site model).
     */
    String simplePageOnOtherSite(String path, String title) {
        return simplePage(path, title).replace("://127.0.0.1:", "://localhost:");
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
