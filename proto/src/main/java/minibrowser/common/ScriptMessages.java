package minibrowser.common;

/**
 * The sizes of what a page's script sends the browser (renderer.proto's
 * ConsoleMessage, RunDialog, ScriptFetch), in one place for both sides: the renderer
 * cuts a console text or dialog message to them before it sends, and refuses a body
 * over the limit itself (as a failed fetch); the browser kills a renderer that sends
 * more, since an honest one never does.
 */
public final class ScriptMessages {
    /** A console message's text, in chars (8 Ki; Chromium's DevTools cuts long messages too). */
    public static final int MAX_CONSOLE_CHARS = 8 * 1024;
    /** Where a console message came from, "URL:line": a URL and a number. */
    public static final int MAX_SOURCE_CHARS = Urls.MAX_CHARS + 16;
    /** A dialog's message or prompt's default text, in chars (Chromium elides dialog text far sooner). */
    public static final int MAX_DIALOG_CHARS = 8 * 1024;
    /** A fetch() or XMLHttpRequest body a script may send (1 MiB). */
    public static final int MAX_FETCH_BODY_BYTES = 1024 * 1024;
    /** A request body's Content-Type ("application/json; charset=utf-8"). */
    public static final int MAX_CONTENT_TYPE_CHARS = 1024;

    private ScriptMessages() {}

    /** {@code text} cut to at most {@code max} chars (not in the middle of a surrogate pair). */
    public static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** Whether {@code text} holds a control character (below U+0020, or DEL). */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) return true;
        }
        return false;
    }
}
