package minibrowser.browser.net;

/**
 * What a fetch produced: the body and its type, or why there is none.
 *
 * @param url         the final URL, after redirects
 * @param error       null on success; otherwise a one-line reason a user can read
 */
public record Response(String url, int status, String contentType, byte[] body, String error) {
    public static Response ok(String url, int status, String contentType, byte[] body) {
        return new Response(url, status, contentType, body, null);
    }

    public static Response failed(String url, String error) {
        return new Response(url, 0, "", new byte[0], error);
    }

    public boolean isOk() {
        return error == null;
    }
}
