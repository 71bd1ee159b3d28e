package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a page may send its own tab (Chromium's CanRequestURL for renderer-initiated navigations). */
class NavigationPolicyTest {
    private static void refused(String from, String to) {
        assertTrue(NavigationPolicy.refusal(from, to).isPresent(), from + " -> " + to);
    }

    private static void allowed(String from, String to) {
        assertEquals(Optional.empty(), NavigationPolicy.refusal(from, to), from + " -> " + to);
    }

    @Test
    void debugPagesAreNeverOpenedByAPage() {
        for (String page : new String[] {"about:gpucrash", "about:crash", "ABOUT:GPUCRASH", "about:PluginCrash"}) {
            refused("http://a.test/", page);
            refused("about:home", page);
            refused("file:///tmp/x.html", page);
        }
    }

    @Test
    void localFilesOnlyFromLocalPagesAndInternalPagesOnlyFromInternalOnes() {
        refused("http://a.test/", "file:///etc/passwd");
        refused("https://a.test/", "file:///home/user/");
        allowed("file:///tmp/a.html", "file:///tmp/b.html");
        refused("http://a.test/", "about:home");
        allowed("about:home", "about:blank");
        allowed("http://a.test/", "about:blank");
        allowed("about:home", "about:home");
    }

    @Test
    void theWebIsOpenAndOtherSchemesAreNot() {
        allowed("http://a.test/", "https://b.test/x");
        allowed("about:home", "http://example.org/");
        refused("http://a.test/", "data:text/html,<h1>x</h1>");
        refused("http://a.test/", "javascript:alert(1)");
        refused("http://a.test/", "chrome://settings");
    }

    @Test
    void aboutHomeOpensTheDemoPagesItListsAndNoOtherFile() {
        String home = new minibrowser.browser.net.AboutPages().page("home").orElseThrow();
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("href=\"(file:[^\"]+)\"").matcher(home);
        int demos = 0;
        while (links.find()) {
            allowed("about:home", links.group(1));
            allowed("about:home", links.group(1).replace("file:///", "file:/")); // as the renderer's jsoup writes it
            refused("about:home", links.group(1).replace(".html", "/../../../etc/passwd"));
            demos++;
        }
        org.junit.jupiter.api.Assertions.assertEquals(5, demos, "about:home lists the five demo pages of docs/: " + home);
        refused("about:home", "file:///etc/passwd");
        refused("about:blank", links.reset().find() ? links.group(1) : "file:///x");
    }
}
