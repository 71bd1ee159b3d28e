package minibrowser.browser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What a page's script may fetch ({@code fetch()}, {@code XMLHttpRequest}): its own
 * origin only, the same-origin policy without CORS. Two URLs are of one origin when
 * their scheme, host and port are equal (a missing port is the scheme's default); only
 * {@code http:} and {@code https:} pages have an origin a script may fetch from, so an
 * {@code about:}, {@code file:} or {@code data:} page fetches nothing. A redirect is
 * judged as the request itself: one that leaves the origin is refused.
 *
 * <p>The page is the one the browser committed to the tab, as the browser knows it,
 * never a URL the renderer names. Beside {@link PageFetchPolicy}, which is what a
 * page's markup may load (style sheets, images), and is wider, as in every browser.
 */
final class ScriptFetchPolicy {
    private ScriptFetchPolicy() {}

    /** Why a script of {@code pageUrl} may not fetch {@code url}, or empty when it may. */
    static Optional<String> refusal(String pageUrl, String url) {
        Optional<String> page = origin(pageUrl);
        if (page.isEmpty()) return Optional.of("a script of " + shorten(pageUrl) + " may fetch nothing: only http and https pages may");
        Optional<String> target = origin(url);
        if (target.isEmpty()) return Optional.of("a script may fetch only http and https URLs, not " + shorten(url));
        if (!page.get().equals(target.get())) {
            return Optional.of("cross-origin fetch refused: " + target.get() + " is not the page's origin " + page.get());
        }
        return Optional.empty();
    }

    /** Whether a redirect to {@code location} stays on {@code pageUrl}'s origin. */
    static boolean mayRedirectTo(String pageUrl, URI location) {
        return refusal(pageUrl, location.toString()).isEmpty();
    }

    /** "scheme://host:port" of an http(s) URL, the port always written; empty for any other URL. */
    static Optional<String> origin(String url) {
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int defaultPort = switch (scheme) {
                case "http" -> 80;
                case "https" -> 443;
                default -> -1;
            };
            if (defaultPort < 0 || uri.getHost() == null) return Optional.empty();
            int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String url) {
        return url.length() > 200 ? url.substring(0, 200) + "..." : url;
    }
}
