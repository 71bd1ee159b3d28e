package minibrowser.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import minibrowser.common.Urls;
import org.junit.jupiter.api.Test;

/** Which page URLs a renderer sends the browser to fetch (found by the fuzzer: a tab in an img src). */
class BrowserLinkTest {
    @Test
    void tabsAndNewlinesAreRemovedAsTheUrlStandardDoes() {
        assertEquals(Optional.of("http://a.test/img.png"), BrowserLink.fetchable(" http://a.test/\timg\n.png\r\n "));
    }

    @Test
    void urlsTheBrowserWouldRefuseAreNotSent() {
        assertTrue(BrowserLink.fetchable("\t\n").isEmpty());
        assertTrue(BrowserLink.fetchable("").isEmpty());
        assertTrue(BrowserLink.fetchable(null).isEmpty());
        assertTrue(BrowserLink.fetchable("http://a.test/\u0000x").isEmpty());
        assertTrue(BrowserLink.fetchable("http://a.test/\u001bx").isEmpty());
        assertTrue(BrowserLink.fetchable("http://a.test/" + "x".repeat(Urls.MAX_CHARS)).isEmpty());
        assertEquals(Optional.of("http://a.test/é"), BrowserLink.fetchable("http://a.test/é"));
    }
}
