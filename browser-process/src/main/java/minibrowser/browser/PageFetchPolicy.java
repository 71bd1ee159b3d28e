package minibrowser.browser;

import java.util.Optional;

/**
 * What a page may have the browser fetch for it: one rule for every fetch made on
 * behalf of a page, whatever asks (a style sheet, an image, an embed's plugin data,
 * and every later kind), as Chromium decides it once for every subresource load.
 *
 * <ul>
 *   <li>{@code http:}, {@code https:} and {@code data:}: any page;</li>
 *   <li>{@code file:}: only for a page that is itself a {@code file:} page (Chromium's
 *       "Not allowed to load local resource"): a web page must not read
 *       {@code /proc/self/environ} or the user's files through the browser;</li>
 *   <li>anything else ({@code about:}, {@code javascript:}, unknown schemes): nobody.</li>
 * </ul>
 *
 * <p>The page is the one the browser committed to the tab, as the browser knows it,
 * never a URL the renderer names.
 */
final class PageFetchPolicy {
    private PageFetchPolicy() {}

    /** Why {@code pageUrl} may not have {@code url} fetched for it, or empty when it may. */
    static Optional<String> refusal(String pageUrl, String url) {
        String scheme = scheme(url);
        switch (scheme) {
            case "http":
            case "https":
            case "data":
                return Optional.empty();
            case "file":
                return scheme(pageUrl).equals("file") ? Optional.empty()
                        : Optional.of("not allowed to load local resource " + url + " from " + pageUrl);
            default:
                return Optional.of("cannot fetch " + (scheme.isEmpty() ? "a URL without a scheme" : scheme + ": URLs")
                        + " for a page");
        }
    }

    /** The scheme of {@code url} in lower case ("http"), or "" when it has none. */
    static String scheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) return "";
        String scheme = url.substring(0, colon);
        for (int i = 0; i < scheme.length(); i++) {
            char c = scheme.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok || c > 0x7f) return "";
        }
        return scheme.toLowerCase(java.util.Locale.ROOT);
    }
}
