package minibrowser.browser.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A script's request on the browser's network ({@link Network#send}): its method, body and
 * content type reach the server, an HTTP error is an answer, a 303 turns a POST into a GET,
 * and a redirect the request's predicate refuses ends it.
 */
class ScriptRequestsTest {
    private HttpServer server;
    private Network network;
    private String base;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> {
            String seen = exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = seen.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain");
            exchange.sendResponseHeaders(201, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/missing", exchange -> {
            byte[] body = "no such thing".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/see-other", exchange -> {
            exchange.getResponseHeaders().add("Location", "/echo");
            exchange.sendResponseHeaders(303, -1);
            exchange.close();
        });
        server.createContext("/away", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.2:1/elsewhere");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        network = new Network(new AboutPages());
    }

    @AfterEach
    void stop() {
        network.shutdown();
        server.stop(0);
    }

    private Response send(String path, String method, String body) throws Exception {
        return network.send(new Request(base + path, method, body.getBytes(StandardCharsets.UTF_8), "application/json",
                target -> target.getHost().equals("127.0.0.1"))).get(20, TimeUnit.SECONDS);
    }

    @Test
    void theMethodBodyAndTypeReachTheServer() throws Exception {
        Response response = send("/echo", "PUT", "{\"a\":1}");
        assertEquals(201, response.status());
        assertEquals("PUT application/json {\"a\":1}", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(base + "/echo", response.url());
    }

    @Test
    void anHttpErrorIsAnAnswer() throws Exception {
        Response response = send("/missing", "GET", "");
        assertEquals(404, response.status());
        assertEquals("no such thing", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("Not Found", ReasonPhrases.of(response.status()));
    }

    @Test
    void seeOtherTurnsAPostIntoAGet() throws Exception {
        Response response = send("/see-other", "POST", "{}");
        assertEquals("GET null ", new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRedirectThePredicateRefusesEndsTheRequest() throws Exception {
        Response response = send("/away", "GET", "");
        assertEquals(0, response.status());
        assertTrue(response.error().startsWith("redirect refused: to http://127.0.0.2:1/elsewhere"), response.error());
    }
}
