package minibrowser.browser.net;

import minibrowser.common.trace.Trace;
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
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import minibrowser.common.NamedThreads;

/**
 * Fetches URLs for the browser on its {@code browser-network-N} threads. Every
 * failure becomes a {@link Response} with a reason in words (DNS, refused,
 * timeout, HTTP status, unsupported scheme, a {@link Limits limit} passed); nothing
 * here throws at the caller.
 *
 * <pre>
 *   fetch(url) ─▶ browser-network-N: fetchNow ─▶ Redirects.follow ─▶ fetchOnce (one request)
 *                                                   ▲ 20 at most      │ sendAsync
 *                                                   └── 3xx + Location ◀┘ browser-http-N fill a LimitedBody
 * </pre>
 */
public final class Network {
    /** Callers' fetches wait here, so that the client's own threads are never all blocked by them. */
    private final ExecutorService threads = NamedThreads.grpcPool("browser-network", 4);
    /**
     * The JDK client's threads: they read responses and hand body bytes to {@link LimitedBody}.
     * Never the pool above: with every browser-network thread blocked in a send, the client
     * would have no thread left to finish any of them, and every fetch would wait forever
     * (five tabs loading at once did; found by chaos and by the fuzzer).
     */
    private final ExecutorService clientThreads = NamedThreads.grpcPool("browser-http", 2);
    private final Limits limits;
    /**
     * Made on the first http(s) fetch: the client's selector thread waits in native code
     * ({@code epoll_wait}) for as long as it lives, and a JVM that exits while a thread is
     * in native code waits 300 ms for it first. A screenshot of a data:, file: or about:
     * page (or a browser that never fetched over the network) exits without that wait.
     */
    private HttpClient http; // guarded by this
    private final AboutPages about;

    /** A network with the default {@link Limits}. */
    public Network(AboutPages about) {
        this(about, Limits.defaults());
    }

    public Network(AboutPages about, Limits limits) {
        this.about = about;
        this.limits = limits;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER) // Redirects follows them, to count them
                    .connectTimeout(limits.connectTimeout())
                    .executor(clientThreads)
                    .build();
        }
        return http;
    }

    /** Fetches {@code url} off the caller's thread. */
    public CompletableFuture<Response> fetch(String url) {
        return CompletableFuture.supplyAsync(() -> fetchNow(url), threads);
    }

    /**
     * Makes a script's request ({@link Request}: a method, a body, redirects judged by its
     * predicate) off the caller's thread. An HTTP error status is an answer (its status and
     * body), as a script sees it; only a failure to get any answer is an error.
     */
    public CompletableFuture<Response> send(Request request) {
        return CompletableFuture.supplyAsync(() -> {
            long start = Trace.now();
            Response response = sendNow(request);
            traced("script request", start, response);
            return response;
        }, threads);
    }

    private Response sendNow(Request request) {
        URI uri;
        try {
            uri = new URI(request.url().trim());
        } catch (URISyntaxException e) {
            return Response.failed(request.url(), "not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Response.failed(request.url(), "a script may send requests over http and https only");
        }
        try {
            return fetchHttp(uri, new ScriptHop(request), request.mayRedirectTo());
        } catch (RuntimeException unexpected) {
            return Response.failed(request.url(), "could not load: " + unexpected.getMessage());
        }
    }

    /** One request of a script's redirect chain: its method and body change as {@link Request} says. */
    private final class ScriptHop implements Redirects.Hop<HttpResponse<byte[]>> {
        private String method;
        private byte[] body;
        private final String contentType;

        ScriptHop(Request request) {
            this.method = request.method();
            this.body = request.body();
            this.contentType = request.contentType();
        }

        @Override
        public Redirects.Answer<HttpResponse<byte[]>> fetch(URI uri) throws IOException, InterruptedException {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(limits.readTimeout())
                    .header("User-Agent", "minibrowser/0.1")
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (!contentType.isEmpty() && body.length > 0) builder.header("Content-Type", contentType);
            Redirects.Answer<HttpResponse<byte[]>> answer = fetchOnce(builder.build());
            int status = answer.status();
            boolean toGet = (status == 303 && !method.equals("HEAD")) || ((status == 301 || status == 302) && method.equals("POST"));
            if (Redirects.isRedirect(status) && toGet) {
                method = "GET";
                body = new byte[0];
            }
            return answer;
        }
    }

    /** Fetches {@code url} on the calling thread. */
    public Response fetchNow(String url) {
        long start = Trace.now();
        Response response = fetchUntraced(url);
        traced("fetch", start, response);
        return response;
    }

    /** A fetch as a slice of the network thread's time: its URL, status and size, or its error. */
    private static void traced(String what, long start, Response response) {
        if (!Trace.on()) return;
        Trace.complete("network", what, start, "url", response.url(), "status", Integer.toString(response.status()),
                "bytes", Integer.toString(response.body() == null ? 0 : response.body().length),
                "error", response.error() == null ? "" : response.error());
    }

    private Response fetchUntraced(String url) {
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
        return fetchHttp(uri, this::fetchOnce, target -> true);
    }

    /** {@code uri} through {@code hop}, redirects and all (each target must pass {@code mayRedirectTo}), as a Response. */
    private Response fetchHttp(URI uri, Redirects.Hop<HttpResponse<byte[]>> hop, java.util.function.Predicate<URI> mayRedirectTo) {
        if (uri.getHost() == null) return Response.failed(uri.toString(), "not a valid URL: no host");
        String host = uri.getHost();
        try {
            Redirects.End<HttpResponse<byte[]>> end = Redirects.follow(uri, hop, mayRedirectTo);
            if (end.failed()) return Response.failed(end.uri().toString(), end.error());
            HttpResponse<byte[]> response = end.answer().response();
            String type = response.headers().firstValue("content-type").orElse("text/html");
            byte[] body = response.body() == null ? new byte[0] : response.body();
            String finalUrl = end.uri().toString();
            if (response.statusCode() >= 400) {
                return new Response(finalUrl, response.statusCode(), type, body, "HTTP " + response.statusCode());
            }
            return Response.ok(finalUrl, response.statusCode(), type, body);
        } catch (LimitedBody.TooLarge e) {
            return Response.failed(uri.toString(), e.getMessage());
        } catch (HttpConnectTimeoutException e) {
            return Response.failed(uri.toString(), limits.connectTimedOut(host));
        } catch (HttpTimeoutException e) {
            return Response.failed(uri.toString(), limits.readTimedOut(host));
        } catch (ConnectException e) {
            if (unresolved(e)) return Response.failed(uri.toString(), "DNS: host not found: " + host);
            return Response.failed(uri.toString(), "connection refused: " + host
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        } catch (IOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (unresolved(e)) {
                return Response.failed(uri.toString(), "DNS: host not found: " + host);
            }
            if (cause instanceof ConnectException) {
                return Response.failed(uri.toString(), "connection refused: " + host);
            }
            return Response.failed(uri.toString(), "network error: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Response.failed(uri.toString(), "interrupted");
        }
    }

    /**
     * One request, no redirects followed. The headers must come within the read timeout
     * (the request's timeout); after them, the server may not fall silent for longer than
     * the read timeout either, which this thread checks while it waits for the body. The
     * body of a redirect is not read.
     */
    private Redirects.Answer<HttpResponse<byte[]>> fetchOnce(URI uri) throws IOException, InterruptedException {
        return fetchOnce(HttpRequest.newBuilder(uri).timeout(limits.readTimeout())
                .header("User-Agent", "minibrowser/0.1").GET().build());
    }

    private Redirects.Answer<HttpResponse<byte[]>> fetchOnce(HttpRequest request) throws IOException, InterruptedException {
        AtomicReference<LimitedBody> body = new AtomicReference<>();
        HttpResponse.BodyHandler<byte[]> handler = info -> {
            if (Redirects.isRedirect(info.statusCode()) && info.headers().firstValue("location").isPresent()) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            LimitedBody limited = new LimitedBody(Limits.MAX_BODY_BYTES);
            body.set(limited);
            return limited;
        };
        CompletableFuture<HttpResponse<byte[]>> pending = http().sendAsync(request, handler);
        long headersDeadline = System.nanoTime() + limits.connectTimeout().plus(limits.readTimeout()).toNanos()
                + TimeUnit.SECONDS.toNanos(5); // the client's own timeouts should have fired by then
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> response = pending.get(200, TimeUnit.MILLISECONDS);
                    return new Redirects.Answer<>(response.statusCode(), response.headers().firstValue("location"), response);
                } catch (TimeoutException stillWaiting) {
                    LimitedBody reading = body.get();
                    boolean stalled = reading != null ? reading.silentNanos() > limits.readTimeout().toNanos()
                            : System.nanoTime() > headersDeadline;
                    if (stalled) {
                        HttpTimeoutException timedOut = new HttpTimeoutException("read timed out");
                        if (reading != null) reading.cancel(timedOut);
                        pending.cancel(true);
                        throw timedOut;
                    }
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            throw new IOException(cause);
        } finally {
            if (!pending.isDone()) pending.cancel(true);
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

    /**
     * A file, read up to the size limit. Only regular files: a device or a pipe
     * ({@code file:///dev/zero}, {@code /dev/stdin}) could be endless or block forever,
     * and {@link Files#size} says nothing true about either.
     */
    private static Response fetchFile(URI uri) {
        try {
            Path path = Path.of(uri);
            if (Files.isDirectory(path)) return Response.failed(uri.toString(), "cannot read file: a directory");
            if (!Files.isRegularFile(path)) {
                if (!Files.exists(path)) throw new NoSuchFileException(path.toString());
                return Response.failed(uri.toString(), "cannot read file: not a regular file");
            }
            byte[] body;
            try (java.io.InputStream in = Files.newInputStream(path)) {
                body = in.readNBytes(Limits.MAX_BODY_BYTES + 1);
            }
            if (body.length > Limits.MAX_BODY_BYTES) return Response.failed(uri.toString(), Limits.tooLarge());
            String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase();
            return Response.ok(uri.toString(), 200, contentTypeOf(name), body);
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
        clientThreads.shutdownNow();
    }
}
