package minibrowser.browser.net;

import java.net.URI;
import java.util.function.Predicate;

/**
 * An http(s) request with a method and body, as a page's script makes it
 * ({@code fetch()}, {@code XMLHttpRequest}); {@link Network#send} makes it under the same
 * limits as every fetch. Redirects are followed as browsers follow them for such requests:
 * 307 and 308 keep the method and body; 301 and 302 turn a POST, and 303 anything but
 * HEAD, into a GET without a body. Each redirect's target must pass {@code mayRedirectTo},
 * or the request fails ("redirect refused").
 *
 * @param method "GET", "HEAD", "POST", "PUT" or "DELETE"
 * @param contentType the body's Content-Type, or "" for none
 */
public record Request(String url, String method, byte[] body, String contentType, Predicate<URI> mayRedirectTo) {}
