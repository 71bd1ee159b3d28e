package minibrowser.renderer.engine;

/**
 * Cuts a document's text after {@link EngineLimits#MAX_START_TAGS} start tags, before
 * it is parsed: the parser builds one element per start tag (and a few implied ones),
 * so this bounds the DOM a document can make, whatever its size in bytes. One pass,
 * no parsing: a start tag here is {@code <} followed by an ASCII letter, as in the
 * HTML tokenizer's tag open state; inside comments and scripts that over-counts,
 * which only makes the cut come earlier.
 */
final class MarkupCutter {
    private MarkupCutter() {}

    /** {@code html} up to (not including) its start tag number {@code maxTags + 1}; all of it when it has fewer. */
    static String cut(String html, int maxTags) {
        int tags = 0;
        int last = html.length() - 1;
        for (int i = 0; i < last; i++) {
            if (html.charAt(i) == '<' && isAsciiLetter(html.charAt(i + 1)) && ++tags > maxTags) {
                return html.substring(0, i);
            }
        }
        return html;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
