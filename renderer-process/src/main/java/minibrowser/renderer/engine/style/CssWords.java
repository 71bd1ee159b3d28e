package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;

/**
 * How a CSS value splits into its parts, the same way for every shorthand: on white
 * space, or on commas, never inside parentheses ({@code rgb(1, 2, 3)},
 * {@code cubic-bezier(0.1, 0.7, 1, 0.1)} stay whole).
 */
public final class CssWords {
    private CssWords() {}

    /** Splits on whitespace outside parentheses: {@code 1px solid rgb(1, 2, 3)} gives three words. */
    public static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth = Math.max(0, depth - 1);
            if (Character.isWhitespace(c) && depth == 0) {
                if (current.length() > 0) words.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (current.length() > 0) words.add(current.toString());
        return words;
    }

    /** Splits on commas outside parentheses, each part trimmed, empty parts left out ({@code a 1s, b 2s} gives two). */
    public static List<String> commaList(String value) {
        List<String> parts = new ArrayList<>();
        if (value == null || value.isBlank()) return parts;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ',' && depth == 0) {
                parts.add(value.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(value.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }
}
