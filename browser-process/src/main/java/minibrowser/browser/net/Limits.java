package minibrowser.browser.net;

import java.time.Duration;

/**
 * The network's limits, in one place: how much a server may send, how often it may
 * redirect, how long it may keep us waiting. Each one, when hit, fails the fetch with
 * a reason that names the limit and its value ({@link #tooLarge()}, {@link #tooManyRedirects()},
 * ...), which the tab then shows on its error page. The renderer's own limits (DOM depth,
 * style sheets, image pixels) are in {@code minibrowser.renderer.engine.EngineLimits}.
 *
 * <p>ARCHITECTURE.md ("Limits") compares each with what Chromium does.
 *
 * @param connectTimeout how long opening a TCP connection may take
 * @param readTimeout    how long a server may stay silent: before the response headers
 *                       come, and between any two chunks of the body after that
 */
public record Limits(Duration connectTimeout, Duration readTimeout) {
    /**
     * The largest document or subresource we accept, in bytes. The body is read into
     * memory (and then sent to a renderer in one message), so it must be bounded; over
     * it the browser stops reading and shows an error page rather than a truncated page.
     */
    public static final int MAX_BODY_BYTES = 32 * 1024 * 1024;
    /** Redirects followed for one fetch; the 21st fails it, as Chromium's ERR_TOO_MANY_REDIRECTS. */
    public static final int MAX_REDIRECTS = 20;
    /** The default {@link #connectTimeout()}. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** The default {@link #readTimeout()}. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    /** The defaults. */
    public static Limits defaults() {
        return new Limits(CONNECT_TIMEOUT, READ_TIMEOUT);
    }

    /** Both timeouts set to {@code seconds} (the {@code --network-timeout-seconds} option). */
    public static Limits withTimeoutSeconds(int seconds) {
        Duration timeout = Duration.ofSeconds(Math.max(1, seconds));
        return new Limits(timeout, timeout);
    }

    /** The reason for a body over {@link #MAX_BODY_BYTES}. */
    static String tooLarge() {
        return "page too large (over " + MAX_BODY_BYTES / (1024 * 1024) + " MB)";
    }

    /** The reason for a chain of more than {@link #MAX_REDIRECTS} redirects. */
    static String tooManyRedirects() {
        return "too many redirects (more than " + MAX_REDIRECTS + ")";
    }

    /** The reason for a connection not opened within {@link #connectTimeout()}. */
    String connectTimedOut(String host) {
        return "connection timed out: no answer from " + host + " within " + connectTimeout.toSeconds() + " s";
    }

    /** The reason for a server silent for longer than {@link #readTimeout()}. */
    String readTimedOut(String host) {
        return "timed out: " + host + " sent nothing for " + readTimeout.toSeconds() + " s";
    }
}
