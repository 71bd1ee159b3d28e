package minibrowser.browser.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The redirect loop, driven by a table of answers instead of a server. */
class RedirectsTest {

    /** A chain: /0 redirects to /1, ... /{@code hops - 1} to /{@code hops}, which answers 200. */
    private static Redirects.Hop<String> chain(int hops, List<URI> asked) {
        return uri -> {
            asked.add(uri);
            int n = Integer.parseInt(uri.getPath().substring(1));
            return n < hops ? new Redirects.Answer<>(302, Optional.of("/" + (n + 1)), "redirect")
                    : new Redirects.Answer<>(200, Optional.empty(), "page " + n);
        };
    }

    @Test
    void twentyRedirectsAreFollowed() throws Exception {
        List<URI> asked = new ArrayList<>();
        Redirects.End<String> end = Redirects.follow(URI.create("http://a.test/0"), chain(20, asked));
        assertEquals(null, end.error());
        assertEquals("page 20", end.answer().response());
        assertEquals(URI.create("http://a.test/20"), end.uri());
        assertEquals(21, asked.size(), "the first request and twenty redirects");
    }

    @Test
    void theTwentyFirstFailsTheFetchAndSaysSo() throws Exception {
        List<URI> asked = new ArrayList<>();
        Redirects.End<String> end = Redirects.follow(URI.create("http://a.test/0"), chain(21, asked));
        assertTrue(end.failed());
        assertEquals("too many redirects (more than 20)", end.error());
        assertEquals(21, asked.size(), "the 21st location is not requested");
    }

    @Test
    void aLoopEndsAtTheLimitToo() throws Exception {
        Redirects.End<String> end = Redirects.follow(URI.create("http://a.test/x"),
                uri -> new Redirects.Answer<>(301, Optional.of(uri.toString()), ""));
        assertEquals(Limits.tooManyRedirects(), end.error());
    }

    @Test
    void locationsResolveAgainstTheRedirectingUrl() {
        URI from = URI.create("http://a.test/dir/page?q=1");
        assertEquals(URI.create("http://a.test/dir/next"), Redirects.target(from, "next").orElseThrow());
        assertEquals(URI.create("http://a.test/top"), Redirects.target(from, "/top").orElseThrow());
        assertEquals(URI.create("https://b.test/"), Redirects.target(from, " https://b.test/ ").orElseThrow());
    }

    @Test
    void onlyHttpTargetsAreFollowed() throws Exception {
        URI from = URI.create("http://a.test/");
        assertTrue(Redirects.target(from, "file:///etc/passwd").isEmpty());
        assertTrue(Redirects.target(from, "data:text/html,hi").isEmpty());
        assertTrue(Redirects.target(from, "http://[bad").isEmpty());
        Redirects.End<String> end = Redirects.follow(from,
                uri -> new Redirects.Answer<>(307, Optional.of("file:///etc/passwd"), ""));
        assertTrue(end.error().startsWith("unsafe redirect"), end.error());
    }

    @Test
    void aThreeHundredWithoutLocationIsAnOrdinaryResponse() throws Exception {
        Redirects.End<String> end = Redirects.follow(URI.create("http://a.test/"),
                uri -> new Redirects.Answer<>(302, Optional.empty(), "body"));
        assertEquals("body", end.answer().response());
        assertTrue(!Redirects.isRedirect(304) && !Redirects.isRedirect(300) && Redirects.isRedirect(308));
    }
}
