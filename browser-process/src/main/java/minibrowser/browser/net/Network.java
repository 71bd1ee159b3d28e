package minibrowser.browser.net;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import minibrowser.common.NamedThreads;

/**
 * Fetches URLs for the browser on its {@code browser-network-N} threads. Every
 * failure becomes a {@link Response} with a reason in words (DNS, refused,
 * timeout, HTTP status, unsupported scheme); nothing here throws at the caller.
 */
public final class Network {
    /** The largest document or subresource we accept. */
    public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** Where fetches wait: {@link #fetchNow} blocks its thread until the response is in. */
    private final ExecutorService threads = NamedThreads.grpcPool("browser-network", 4);
    /**
     * Where the HTTP client completes its own work (reading a response, following a
     * redirect). Never the pool above: with every browser-network thread blocked in a
     * send, the client would have no thread left to finish any of them, and every
     * fetch would wait forever (five tabs loading at once did; found by chaos).
     */
    private final ExecutorService httpThreads = NamedThreads.pool("browser-http", 2);
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(CONNECT_TIMEOUT)
            .executor(httpThreads)
            .build();
    private final AboutPages about;

    public Network(AboutPages about) {
        this.about = about;
    }

    /** Fetches {@code url} off the caller's thread. */
    public CompletableFuture<Response> fetch(String url) {
        return CompletableFuture.supplyAsync(() -> fetchNow(url), threads);
    }

    /** Fetches {@code url} on the calling thread. */
    public Response fetchNow(String url) {
        if (url.regionMatches(true, 0, "data:", 0, 5)) return fetchData(url); // data: URLs need no URI syntax
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Response.failed(url, "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        try {
            switch (scheme) {
                case "http":
                case "https":
                    return fetchHttp(uri);
                case "file":
                    return fetchFile(uri);
                case "data":
                    return fetchData(url);
                case "about":
                    return about.page(uri.getSchemeSpecificPart())
                            .map(html -> Response.ok(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8)))
                            .orElse(Response.failed(url, "no such page: " + url));
                default:
                    return Response.failed(url, "unsupported scheme: " + (scheme.isEmpty() ? "(none)" : scheme));
            }
        } catch (RuntimeException unexpected) {
            return Response.failed(url, "could not load: " + unexpected.getMessage());
        }
    }

    private Response fetchHttp(URI uri) {
        if (uri.getHost() == null) return Response.failed(uri.toString(), "not a valid URL: no host");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(READ_TIMEOUT)
                .header("User-Agent", "minibrowser/0.1").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("content-type").orElse("text/html");
            if (response.body().length > MAX_BODY_BYTES) {
                return Response.failed(uri.toString(), "page too large: " + response.body().length + " bytes");
            }
            if (response.statusCode() >= 400) {
                return new Response(response.uri().toString(), response.statusCode(), type, response.body(),
                        "HTTP " + response.statusCode());
            }
            return Response.ok(response.uri().toString(), response.statusCode(), type, response.body());
        } catch (HttpConnectTimeoutException e) {
            return Response.failed(uri.toString(), "connection timed out: " + uri.getHost());
        } catch (HttpTimeoutException e) {
            return Response.failed(uri.toString(), "timed out waiting for " + uri.getHost());
        } catch (ConnectException e) {
            if (unresolved(e)) return Response.failed(uri.toString(), "DNS: host not found: " + uri.getHost());
            return Response.failed(uri.toString(), "connection refused: " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (unresolved(e)) {
                return Response.failed(uri.toString(), "DNS: host not found: " + uri.getHost());
            }
            if (cause instanceof ConnectException) {
                return Response.failed(uri.toString(), "connection refused: " + uri.getHost());
            }
            return Response.failed(uri.toString(), "network error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failed(uri.toString(), "interrupted");
        }
    }

    /** Whether a connection failed because the host name did not resolve (DNS). */
    private static boolean unresolved(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }

    private static Response fetchFile(URI uri) {
        try {
            Path path = Path.of(uri);
            if (Files.size(path) > MAX_BODY_BYTES) return Response.failed(uri.toString(), "file too large");
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
            return Response.ok(uri.toString(), 200, contentTypeOf(name), Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            return Response.failed(uri.toString(), "file not found: " + uri.getPath());
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed(uri.toString(), "cannot read file: " + e.getMessage());
        }
    }

    /** {@code data:[type][;base64],payload} (RFC 2397). */
    private static Response fetchData(String url) {
        int comma = url.indexOf(',');
        if (comma < 0) return Response.failed(url, "not a valid data: URL");
        String meta = url.substring(5, comma);
        String payload = url.substring(comma + 1);
        boolean base64 = meta.endsWith(";base64");
        String type = base64 ? meta.substring(0, meta.length() - 7) : meta;
        try {
            byte[] body = base64 ? Base64.getDecoder().decode(payload)
                    : URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8);
            return Response.ok(url, 200, type.isEmpty() ? "text/plain" : type, body);
        } catch (IllegalArgumentException e) {
            return Response.failed(url, "not a valid data: URL: " + e.getMessage());
        }
    }

    static String contentTypeOf(String name) {
        if (name.endsWith(".html") || name.endsWith(".htm")) return "text/html";
        if (name.endsWith(".css")) return "text/css";
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
        if (name.endsWith(".gif")) return "image/gif";
        if (name.endsWith(".txt")) return "text/plain";
        return "application/octet-stream";
    }

    public void shutdown() {
        threads.shutdownNow();
        httpThreads.shutdownNow();
    }
}
