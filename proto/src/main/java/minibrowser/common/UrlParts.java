package minibrowser.common;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A URL taken apart, for code that must not touch {@code java.net} itself (the renderer:
 * its architecture rule keeps every network class out of it, and parsing a URL is the
 * one harmless thing it needs of that package). Pure string work: nothing here connects.
 *
 * @param spec     the whole URL
 * @param scheme   e.g. "https" ("" when none)
 * @param host     "" when none
 * @param port     -1 when none
 * @param path     the raw path ("" when none)
 * @param query    the raw query without '?' (null when none)
 * @param fragment the raw fragment without '#' (null when none)
 */
public record UrlParts(String spec, String scheme, String host, int port, String path, String query, String fragment) {

    /** {@code spec} taken apart, or empty when it is not a URL. */
    public static Optional<UrlParts> of(String spec) {
        try {
            URI uri = new URI(spec);
            return Optional.of(new UrlParts(spec, nonNull(uri.getScheme()), nonNull(uri.getHost()), uri.getPort(),
                    nonNull(uri.getRawPath()), uri.getRawQuery(), uri.getRawFragment()));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code relative} resolved against {@code base}, or empty when either is not a URL. */
    public static Optional<String> resolve(String base, String relative) {
        try {
            return Optional.of(new URI(base).resolve(new URI(relative.strip())).toString());
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code text} encoded for a form's query ({@code application/x-www-form-urlencoded}, UTF-8). */
    public static String formEncode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The origin, "scheme://host[:port]", or "null" for a URL without a host (as browsers print it). */
    public String origin() {
        return host.isEmpty() ? "null" : scheme + "://" + host + (port < 0 ? "" : ":" + port);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
