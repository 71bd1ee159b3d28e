package minibrowser.browser;

import java.util.Optional;
import minibrowser.browser.net.AboutPages;

/**
 * Where a renderer may send its tab: Chromium's {@code CanRequestURL} for navigations
 * a page starts (a link the user followed, a click the renderer hit-tested, a link
 * hint). The URL comes from the renderer, so the renderer's page chose it, and a
 * compromised renderer can name anything; the browser decides from its own record of
 * the page the tab shows.
 *
 * <ul>
 *   <li>{@code http:}, {@code https:}: from any page;</li>
 *   <li>{@code file:}: only from a {@code file:} page (a web page may not open local files),
 *       and the demo pages {@code about:home} lists, from {@code about:home};</li>
 *   <li>{@code about:blank}: from any page; the browser's other {@code about:} pages
 *       only from its own {@code about:} pages; the debug pages ({@code about:crash},
 *       {@code about:gpucrash}...) never: they act on processes, and only the user may ask
 *       for that, by typing them;</li>
 *   <li>{@code data:} (Chromium refuses top-level {@code data:} navigations a page starts),
 *       {@code javascript:} and anything else: never.</li>
 * </ul>
 *
 * What the user types in the address bar (or a control client asks for) is not a
 * renderer's request and may go anywhere.
 */
final class NavigationPolicy {
    private NavigationPolicy() {}

    /** Why the page at {@code fromUrl} may not navigate its tab to {@code toUrl}, or empty when it may. */
    static Optional<String> refusal(String fromUrl, String toUrl) {
        String scheme = PageFetchPolicy.scheme(toUrl);
        String from = PageFetchPolicy.scheme(fromUrl);
        switch (scheme) {
            case "http":
            case "https":
                return Optional.empty();
            case "file":
                if (from.equals("file") || fromUrl.equalsIgnoreCase("about:home") && AboutPages.isDemoPage(toUrl)) return Optional.empty();
                return Optional.of("a web page may not open local file " + toUrl);
            case "about":
                if (DebugPages.nameOf(toUrl) != null) return Optional.of("a page may not open the debug page " + toUrl);
                if (toUrl.equalsIgnoreCase("about:blank") || from.equals("about")) return Optional.empty();
                return Optional.of("a web page may not open the browser's page " + toUrl);
            default:
                return Optional.of("a page may not open " + (scheme.isEmpty() ? "a URL without a scheme" : scheme + ": URLs")
                        + " in its tab");
        }
    }
}
