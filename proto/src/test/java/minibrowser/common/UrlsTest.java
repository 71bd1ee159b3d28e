package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {
    @Test
    void aPlainUrlHasNoProblem() {
        assertEquals(Optional.empty(), Urls.problem("http://a.test/page?q=1#top"));
    }

    @Test
    void problemsAreSaidInWords() {
        assertEquals(Optional.of("an empty URL"), Urls.problem(""));
        assertEquals(Optional.of("a URL with control character 10"), Urls.problem("http://a.test/\nx"));
        String huge = "http://a.test/" + "x".repeat(Urls.MAX_CHARS);
        assertEquals(Optional.of("a URL of " + huge.length() + " characters"), Urls.problem(huge));
    }

    @Test
    void theLimitItselfIsAllowed() {
        String longest = "x".repeat(Urls.MAX_CHARS);
        assertEquals(Optional.empty(), Urls.problem(longest));
        assertEquals(2 * 1024 * 1024, Urls.MAX_CHARS);
    }

    @Test
    void aPageUrlIsCleanedAsTheUrlStandardDoes() {
        assertEquals(Optional.of("http://a.test/ab"), Urls.fromPage("  http://a.test/a\n\tb \r "));
        assertEquals(Optional.empty(), Urls.fromPage(null));
        assertEquals(Optional.empty(), Urls.fromPage(" \t\n"));
        assertEquals(Optional.empty(), Urls.fromPage("http://a.test/\u0007bell"));
        assertTrue(Urls.fromPage("http://a.test/" + "x".repeat(Urls.MAX_CHARS)).isEmpty());
        assertTrue(Urls.fromPage("\n".repeat(10) + "x".repeat(Urls.MAX_CHARS)).isPresent(), "removed newlines do not count");
    }
}
