package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The site rules of the per-site model, as written in {@link Site}. */
class SiteTest {
    @Test
    void schemeAndRegistrableDomainIgnoringPortAndSubdomains() {
        assertEquals(Optional.of("https://example.org"), Site.of("https://www.example.org:8443/a?b"));
        assertEquals(Optional.of("https://example.org"), Site.of("https://a.b.example.org/"));
        assertEquals(Optional.of("http://example.org"), Site.of("http://example.org/"), "the scheme counts");
        assertEquals(Optional.of("https://bbc.co.uk"), Site.of("https://news.bbc.co.uk/x"));
    }

    @Test
    void addressesAndSingleLabelHostsAreTheirOwnSite() {
        assertEquals(Optional.of("http://127.0.0.1"), Site.of("http://127.0.0.1:8080/a"));
        assertEquals(Optional.of("http://localhost"), Site.of("http://localhost:9000/"));
    }

    @Test
    void aboutAndFileShareOneSiteEachDataNone() {
        assertEquals(Optional.of("about:"), Site.of("about:home"));
        assertEquals(Optional.of("about:"), Site.of("about:crash"));
        assertEquals(Optional.of("file:"), Site.of("file:///tmp/a.html"));
        assertEquals(Optional.empty(), Site.of("data:text/html,<p>x"));
    }
}
