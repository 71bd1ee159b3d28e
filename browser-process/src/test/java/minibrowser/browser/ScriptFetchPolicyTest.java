package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A script fetches from its page's origin (scheme, host, port) only; pages that are not http(s) fetch nothing. */
class ScriptFetchPolicyTest {
    private static void allowed(String page, String url) {
        assertEquals(Optional.empty(), ScriptFetchPolicy.refusal(page, url), page + " -> " + url);
    }

    private static void refused(String page, String url, String words) {
        Optional<String> refusal = ScriptFetchPolicy.refusal(page, url);
        assertTrue(refusal.isPresent() && refusal.get().contains(words), page + " -> " + url + ": " + refusal);
    }

    @Test
    void theSameOriginOnly() {
        allowed("http://a.test/page.html", "http://a.test/api?x=1");
        allowed("http://a.test/page.html", "http://A.TEST:80/api"); // the default port, host case
        allowed("https://a.test:8443/", "https://a.test:8443/data.json");
        refused("http://a.test/", "http://b.test/api", "cross-origin fetch refused: http://b.test:80 is not the page's origin http://a.test:80");
        refused("http://a.test/", "https://a.test/api", "cross-origin");
        refused("http://a.test/", "http://a.test:8080/api", "cross-origin");
        refused("http://a.test/", "http://sub.a.test/api", "cross-origin");
        refused("http://127.0.0.1:8080/", "http://localhost:8080/", "cross-origin");
    }

    @Test
    void pagesWithoutAnHttpOriginFetchNothing() {
        refused("about:blank", "http://a.test/", "may fetch nothing");
        refused("file:///home/me/page.html", "file:///etc/passwd", "may fetch nothing");
        refused("data:text/html,<script>", "http://a.test/", "may fetch nothing");
        refused("http://a.test/", "file:///etc/passwd", "only http and https");
        refused("http://a.test/", "data:text/plain,x", "only http and https");
        refused("http://a.test/", "about:version", "only http and https");
    }

    @Test
    void redirectsStayOnTheOrigin() {
        assertTrue(ScriptFetchPolicy.mayRedirectTo("http://a.test/", URI.create("http://a.test/elsewhere")));
        assertFalse(ScriptFetchPolicy.mayRedirectTo("http://a.test/", URI.create("http://evil.test/")));
    }
}
