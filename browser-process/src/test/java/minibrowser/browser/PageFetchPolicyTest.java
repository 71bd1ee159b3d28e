package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for every fetch made on behalf of a page. */
class PageFetchPolicyTest {
    @Test
    void webPagesGetTheWebButNotLocalFiles() {
        assertEquals(Optional.empty(), PageFetchPolicy.refusal("http://a.test/", "https://b.test/x.css"));
        assertEquals(Optional.empty(), PageFetchPolicy.refusal("https://a.test/", "data:text/plain,hi"));
        assertTrue(PageFetchPolicy.refusal("http://a.test/", "file:///etc/passwd").orElseThrow()
                .contains("not allowed to load local resource"));
        assertTrue(PageFetchPolicy.refusal("http://a.test/", "FILE:///etc/passwd").isPresent(), "schemes ignore case");
        assertTrue(PageFetchPolicy.refusal("about:home", "file:///etc/passwd").isPresent());
        assertTrue(PageFetchPolicy.refusal("data:text/html,x", "file:///etc/passwd").isPresent());
    }

    @Test
    void localPagesGetLocalFilesAndNothingGetsOtherSchemes() {
        assertEquals(Optional.empty(), PageFetchPolicy.refusal("file:///tmp/page.html", "file:///tmp/chart.csv"));
        for (String url : new String[] {"about:crash", "javascript:alert(1)", "gopher://x/", "no-scheme", ":x"}) {
            assertTrue(PageFetchPolicy.refusal("file:///tmp/page.html", url).isPresent(), url);
        }
    }
}
