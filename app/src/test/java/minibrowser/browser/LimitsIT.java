package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * Every limit of {@code net.Limits} and {@code engine.EngineLimits}, hit by a real
 * browser against a real loopback server: the tab shows what happened (an error page
 * naming the limit and its value, or the page with what was over the limit left out),
 * the tab that was open before keeps its renderer, and the browser loads pages as
 * before afterwards. One browser for all of them, started with short network timeouts.
 */
class LimitsIT {
    @TempDir Path work;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeSockets() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    @Test
    void eachLimitShowsWhatHappenedAndNothingElseIsLost() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, "--network-timeout-seconds=2",
                     server.simplePage("/bystander", "Bystander"))) {
            browser.waitForAllTabs();
            TabInfo bystander = browser.tabs().get(0);
            assertEquals(TAB_STATE_READY, bystander.getState());

            // Redirects: twenty are followed, the twenty-first is ERR_TOO_MANY_REDIRECTS.
            server.handle("/hop/", LimitsIT::hop);
            TabInfo twenty = load(browser, server.url("/hop/20"));
            assertEquals("", twenty.getLoadError());
            assertEquals("arrived", twenty.getTitle());
            assertShowsError(load(browser, server.url("/hop/21")), "too many redirects (more than 20)");

            // Document size: over 32 MB the browser stops reading.
            server.handle("/huge", LimitsIT::huge);
            assertShowsError(load(browser, server.url("/huge")), "page too large (over 32 MB)");

            // Read timeout: a server that accepts and never answers, and one that stalls after its headers.
            ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            open.add(silent);
            assertShowsError(load(browser, "http://127.0.0.1:" + silent.getLocalPort() + "/"), "timed out");
            server.handle("/stall", LimitsIT::stallAfterHeaders);
            assertShowsError(load(browser, server.url("/stall")), "timed out");

            // Connect timeout: a listening socket whose accept queue is full drops our SYN.
            assertShowsError(load(browser, "http://127.0.0.1:" + minibrowser.browser.net.FullAcceptQueue.open(open) + "/"), "connection timed out");

            // DOM depth: 10000 nested elements render (deeper ones are flattened), in the same renderer.
            TabInfo deep = load(browser, server.page("/deep", "<title>Deep</title>"
                    + "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000)));
            assertEquals("Deep", deep.getTitle());
            assertEquals("", deep.getLoadError());

            // Style sheets: 40 linked, 32 fetched, the page still renders.
            AtomicInteger sheetsFetched = new AtomicInteger();
            server.handle("/sheet/", exchange -> {
                sheetsFetched.incrementAndGet();
                send(exchange, 200, "text/css", "p { color: blue }".getBytes(StandardCharsets.UTF_8));
            });
            StringBuilder sheets = new StringBuilder("<title>Sheets</title>");
            for (int i = 0; i < 40; i++) sheets.append("<link rel=stylesheet href=\"/sheet/").append(i).append(".css\">");
            TabInfo styled = load(browser, server.page("/sheets", sheets + "<p>styled</p>"));
            assertEquals("Sheets", styled.getTitle());
            assertEquals(32, sheetsFetched.get(), "EngineLimits.MAX_STYLESHEETS");

            // Image pixels: a 5000 x 4000 image (20 M pixels, over 16 M) is broken, not a crash.
            server.solidPng("/huge.png", 5000, 4000, 0x3366cc);
            TabInfo pictured = load(browser, server.page("/picture", "<title>Picture</title>"
                    + "<p>before<img src=\"/huge.png\" alt=\"too many pixels\">after</p>"));
            assertEquals("Picture", pictured.getTitle());
            Thread.sleep(2_000); // the image is fetched and refused after the first frame
            TabInfo afterImage = tab(browser, pictured.getId());
            assertEquals(TAB_STATE_READY, afterImage.getState(), afterImage.toString());
            assertEquals(pictured.getRendererPid(), afterImage.getRendererPid());

            // Nothing else was lost: the first tab kept its renderer, and the browser still loads pages.
            TabInfo stillThere = tab(browser, bystander.getId());
            assertEquals(TAB_STATE_READY, stillThere.getState());
            assertEquals(bystander.getRendererPid(), stillThere.getRendererPid());
            browser.control().navigate(NavigateRequest.newBuilder().setTab(pictured.getId())
                    .setUrl(server.simplePage("/after", "After")).build());
            TabInfo after = browser.waitForLoad(pictured.getId());
            assertEquals("After", after.getTitle());
            assertEquals("", after.getLoadError());
            assertTrue(browser.process.isAlive());
            assertTrue(browser.tabs().stream().noneMatch(t -> t.getState() == TAB_STATE_CRASHED), browser.tabs().toString());
        }
    }

    /** Opens {@code url} in a new tab and waits for it to load. */
    private static TabInfo load(RunningBrowser browser, String url) {
        int id = browser.control().openTab(OpenTabRequest.newBuilder().setUrl(url).build()).getId();
        return browser.waitForLoad(id);
    }

    private static TabInfo tab(RunningBrowser browser, int id) {
        return browser.tabs().stream().filter(t -> t.getId() == id).findFirst().orElseThrow();
    }

    /** An error page is a page (state ready) whose title says it could not be opened, and why. */
    private static void assertShowsError(TabInfo tab, String reason) {
        assertEquals(TAB_STATE_READY, tab.getState(), tab.toString());
        assertTrue(tab.getTitle().startsWith("Cannot open"), tab.getTitle());
        assertTrue(tab.getLoadError().startsWith(reason), "expected \"" + reason + "\", got \"" + tab.getLoadError() + "\"");
    }

    /** /hop/N redirects to /hop/N-1; /hop/0 is a page titled "arrived". */
    private static void hop(HttpExchange exchange) throws IOException {
        int n = Integer.parseInt(exchange.getRequestURI().getPath().substring("/hop/".length()));
        if (n > 0) {
            exchange.getResponseHeaders().add("Location", "/hop/" + (n - 1));
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        } else {
            send(exchange, 200, "text/html", "<title>arrived</title><p>after twenty redirects".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** 40 MB, chunked (the size is not announced, so only counting tells). */
    private static void huge(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        byte[] line = "<p>a line of a page that is far too large</p>\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < 40L << 20; sent += line.length) out.write(line);
        } catch (IOException closedByTheBrowser) {
            // expected: it stops reading at the limit
        }
    }

    private static void stallAfterHeaders(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().write("<title>half</title><p>the first part, then nothing".getBytes(StandardCharsets.UTF_8));
        exchange.getResponseBody().flush();
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
