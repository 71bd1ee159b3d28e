package minibrowser.renderer.script;

/**
 * One key the user pressed, as the DOM's {@code KeyboardEvent} names it: {@code key} is
 * the character of a printable key ("a", "A", " ") or a name ("Enter", "Backspace",
 * "Escape"); {@code text} is what it types into a text field ("" for none).
 *
 * @param key       the DOM {@code key} value
 * @param text      the text it types, "" for none
 * @param modifiers bits of {@link #SHIFT}, {@link #CONTROL}, {@link #ALT}
 */
public record KeyPress(String key, String text, int modifiers) {
    /** Shift was held. */
    public static final int SHIFT = 1;
    /** Control was held. */
    public static final int CONTROL = 2;
    /** Alt was held. */
    public static final int ALT = 4;

    /** A printable key: its character is both its key and its text. */
    public static KeyPress typed(String text) {
        return new KeyPress(text, text, 0);
    }

    /** A named key ("Enter", "Backspace") that types nothing itself. */
    public static KeyPress named(String key) {
        return new KeyPress(key, "", 0);
    }

    /** The Enter key. */
    public boolean isEnter() { return key.equals("Enter"); }

    /** The Backspace key. */
    public boolean isBackspace() { return key.equals("Backspace"); }

    /**
     * The legacy {@code keyCode} scripts still read ({@code e.keyCode === 13}): Enter 13,
     * Backspace 8, Tab 9, Escape 27, a letter its upper-case code, a digit or space its own.
     */
    public int keyCode() {
        switch (key) {
            case "Enter": return 13;
            case "Backspace": return 8;
            case "Tab": return 9;
            case "Escape": return 27;
            default:
                if (key.length() != 1) return 0;
                char c = Character.toUpperCase(key.charAt(0));
                return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' ? c : 0;
        }
    }
}
