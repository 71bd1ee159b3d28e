package minibrowser.browser;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A URL's site, the unit the per-site model groups tabs by (Chromium's
 * {@code SiteInstance}): the scheme plus the registrable domain of the host.
 * <ul>
 *   <li>{@code http(s)://a.b.example.org:8080/x} → {@code https://example.org}: the port and
 *       the subdomains do not count. The registrable domain is the last two labels, or the
 *       last three under a few well-known two-label public suffixes ({@code co.uk}...): a
 *       stand-in for the Public Suffix List, which this project does not ship.</li>
 *   <li>IP addresses and single-label hosts ({@code localhost}) are their own site.</li>
 *   <li>{@code file:} → one site for every local file, as in Chromium.</li>
 *   <li>{@code about:} → one site for every internal page (home, blank, the debug pages).</li>
 *   <li>{@code data:} → no site: each data URL is an opaque origin and never shares a renderer.</li>
 *   <li>anything else → the scheme alone.</li>
 * </ul>
 */
final class Site {
    /** Two-label public suffixes under which a registrable domain has three labels. */
    static final Set<String> TWO_LABEL_SUFFIXES = Set.of(
            "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.jp", "ne.jp", "or.jp",
            "co.kr", "or.kr", "com.br", "com.cn", "co.nz", "co.in", "github.io");

    private Site() {}

    /** The site of {@code url}; empty for a URL that shares with nothing (data:, unparsable). */
    static Optional<String> of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("data:")) return Optional.empty();
        if (lower.startsWith("about:")) return Optional.of("about:");
        if (lower.startsWith("file:")) return Optional.of("file:");
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || host.isEmpty()) return scheme.isEmpty() ? Optional.empty() : Optional.of(scheme + ":");
            return Optional.of(scheme + "://" + registrableDomain(host.toLowerCase(Locale.ROOT)));
        } catch (java.net.URISyntaxException unparsable) {
            return Optional.empty();
        }
    }

    /** {@code a.b.example.org} → {@code example.org}; {@code x.bbc.co.uk} → {@code bbc.co.uk}. */
    static String registrableDomain(String host) {
        if (host.startsWith("[") || host.matches("[0-9.]+")) return host; // IPv6 or IPv4 literal
        String[] labels = host.split("\\.");
        if (labels.length <= 2) return host;
        String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
        int keep = TWO_LABEL_SUFFIXES.contains(lastTwo) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }
}
