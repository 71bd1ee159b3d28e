package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import minibrowser.browser.net.AboutPages;
import minibrowser.browser.net.Network;
import minibrowser.browser.net.Response;
import minibrowser.common.ExitCode;
import minibrowser.common.Language;
import org.junit.jupiter.api.Test;

/** The browser's small pieces, without processes. */
class BrowserUnitTest {
    @Test
    void historyDropsForwardEntriesOnANewNavigation() {
        NavigationHistory history = new NavigationHistory();
        history.push("a");
        history.push("b");
        history.push("c");
        assertEquals("b", history.back());
        assertEquals("a", history.back());
        assertFalse(history.canGoBack());
        history.push("d");
        assertFalse(history.canGoForward());
        assertEquals(2, history.size());
        assertEquals("a", history.back());
    }

    @Test
    void exitValuesAreDescribedInWords() {
        assertEquals("killed by signal 9 (SIGKILL)", ExitCode.describe(137));
        assertEquals("killed by signal 15 (SIGTERM)", ExitCode.describe(143));
        assertTrue(ExitCode.describe(5).startsWith("out of memory"));
        assertTrue(ExitCode.describe(3).startsWith("out of memory"), "the JVM's ExitOnOutOfMemoryError code");
        assertEquals("exit code 42", ExitCode.describe(42));
    }

    @Test
    void typedAddressesBecomeUrls() {
        assertEquals("http://example.com", UrlFixer.fix("example.com"));
        assertEquals("http://localhost:8080/x", UrlFixer.fix("localhost:8080/x"));
        assertEquals("about:home", UrlFixer.fix("about:home"));
        assertEquals("https://a.b/", UrlFixer.fix(" https://a.b/ "));
        assertEquals("file:///tmp/x.html", UrlFixer.fix("/tmp/x.html"));
        assertEquals("about:blank", UrlFixer.fix(""));
    }

    @Test
    void theNetworkSaysWhyInWords() {
        Network network = new Network(new AboutPages());
        try {
            Response data = network.fetchNow("data:text/html,<b>hi</b>");
            assertTrue(data.isOk());
            assertEquals("<b>hi</b>", new String(data.body(), StandardCharsets.UTF_8));
            assertEquals("hi", new String(network.fetchNow("data:;base64,aGk=").body(), StandardCharsets.UTF_8));
            assertTrue(network.fetchNow("ftp://x/").error().startsWith("unsupported scheme"));
            assertTrue(network.fetchNow("file:///no/such/file.html").error().startsWith("file not found"));
            assertTrue(network.fetchNow("http://127.0.0.1:1/").error().startsWith("connection refused"));
            assertTrue(network.fetchNow("http://no-such-host.invalid/").error().startsWith("DNS"));
            assertTrue(network.fetchNow("about:home").isOk());
            assertTrue(network.fetchNow("about:nothing").error().startsWith("no such page"));
            assertTrue(network.fetchNow("ht tp://bad url").error().startsWith("not a valid URL"));
        } finally {
            network.shutdown();
        }
    }

    @Test
    void theStatusLineNamesTheRendererPid() {
        TabSnapshot tab = new TabSnapshot(2, "about:home", "home", TabState.READY, 4242, "", "", false, false);
        assertTrue(StatusLine.of(tab, null).contains("renderer pid 4242 · ready"));
        TabSnapshot crashed = new TabSnapshot(2, "about:home", "home", TabState.CRASHED, 0, "killed", "", false, false);
        assertTrue(StatusLine.of(crashed, null).contains("no renderer"));
        assertTrue(StatusLine.of(Language.KOREAN, tab, null, "", null).contains("렌더러 PID 4242 · 준비됨"),
                StatusLine.of(Language.KOREAN, tab, null, "", null));
        assertTrue(StatusLine.of(Language.KOREAN, crashed, null, "", null).contains("렌더러 없음"));
    }
}
