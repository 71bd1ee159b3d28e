package minibrowser.gpu.compositor;

/**
 * Shortening text to a number of terminal columns, marking the cut with an
 * ellipsis ({@value #ELLIPSIS}).
 */
final class Truncation {

    /** Marks where text was cut. A single-width character on terminals in western locales. */
    static final String ELLIPSIS = "…";

    private Truncation() {
    }

    /** {@code text} if it fits in {@code columns}, else its start followed by an ellipsis. */
    static String keepStart(String text, int columns) {
        if (CharWidth.columns(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            int width = CharWidth.columns(codePoint);
            if (used + width > columns - 1) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += width;
        }
        return kept.append(ELLIPSIS).toString();
    }

    /** {@code text} if it fits in {@code columns}, else an ellipsis followed by its end. */
    static String keepEnd(String text, int columns) {
        if (CharWidth.columns(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        StringBuilder keptReversed = new StringBuilder();
        int used = 0;
        for (int i = text.length(); i > 0; ) {
            int codePoint = text.codePointBefore(i);
            int width = CharWidth.columns(codePoint);
            if (used + width > columns - 1) {
                break;
            }
            keptReversed.insert(0, Character.toChars(codePoint));
            used += width;
            i -= Character.charCount(codePoint);
        }
        return ELLIPSIS + keptReversed;
    }
}
