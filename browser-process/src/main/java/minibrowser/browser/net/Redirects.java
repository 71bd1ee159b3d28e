package minibrowser.browser.net;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Following HTTP redirects ourselves, so that the limit is exactly
 * {@link Limits#MAX_REDIRECTS} and the user is told when it was hit (the JDK client's
 * own {@code Redirect.NORMAL} stops silently after five and hands back the 3xx).
 * The loop is pure: it asks a {@link Hop} for each URL and decides where to go next,
 * so tests can drive it with a table instead of a server.
 *
 * <p>As Chromium does: 301, 302, 303, 307 and 308 with a {@code Location} are followed;
 * the location is resolved against the URL that sent it; only http and https targets
 * are allowed (a redirect to {@code file:} or {@code data:} fails, as
 * {@code ERR_UNSAFE_REDIRECT}); a 3xx without a location is an ordinary response.
 */
final class Redirects {
    private Redirects() {}

    /** What one request answered: its status and {@code Location} header, and what the caller needs of it. */
    record Answer<T>(int status, Optional<String> location, T response) {}

    /** Sends one request, without following redirects. */
    interface Hop<T> {
        Answer<T> fetch(URI uri) throws IOException, InterruptedException;
    }

    /**
     * Where a chain ended: the final URL and its answer, or an error in words (and then
     * {@code answer} is null).
     */
    record End<T>(URI uri, Answer<T> answer, String error) {
        boolean failed() {
            return error != null;
        }
    }

    /** Fetches {@code start}, following up to {@link Limits#MAX_REDIRECTS} redirects. */
    static <T> End<T> follow(URI start, Hop<T> hop) throws IOException, InterruptedException {
        return follow(start, hop, target -> true);
    }

    /** The same; a redirect to a target {@code allowed} refuses ends the chain with "redirect refused". */
    static <T> End<T> follow(URI start, Hop<T> hop, java.util.function.Predicate<URI> allowed)
            throws IOException, InterruptedException {
        URI current = start;
        for (int followed = 0; ; followed++) {
            Answer<T> answer = hop.fetch(current);
            if (!isRedirect(answer.status()) || answer.location().isEmpty()) return new End<>(current, answer, null);
            if (followed == Limits.MAX_REDIRECTS) return new End<>(current, null, Limits.tooManyRedirects());
            Optional<URI> next = target(current, answer.location().get());
            if (next.isEmpty()) {
                return new End<>(current, null, "unsafe redirect: to " + shorten(answer.location().get()));
            }
            if (!allowed.test(next.get())) return new End<>(current, null, "redirect refused: to " + shorten(next.get().toString()));
            current = next.get();
        }
    }

    /** Whether {@code status} asks to be redirected (when it carries a location). */
    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** {@code location} resolved against {@code from}; empty when malformed or not http(s). */
    static Optional<URI> target(URI from, String location) {
        try {
            URI resolved = from.resolve(new URI(location.trim()));
            String scheme = resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || resolved.getHost() == null) return Optional.empty();
            return Optional.of(resolved);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String location) {
        return location.length() > 200 ? location.substring(0, 200) + "..." : location;
    }
}
