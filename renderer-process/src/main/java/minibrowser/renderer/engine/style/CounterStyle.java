package minibrowser.renderer.engine.style;

import java.util.Locale;

/**
 * How a number is written in a list style (CSS Counter Styles 3, the predefined
 * styles the engine knows): list markers and {@code counter()} in generated content
 * both use it.
 */
public final class CounterStyle {

    private CounterStyle() {}

    /** Whether the style writes the number itself (decimal, alpha, roman), not a bullet. */
    public static boolean isNumeric(String style) {
        return switch (style) {
            case "none", "disc", "circle", "square" -> false;
            default -> true;
        };
    }

    /**
     * {@code value} in {@code style}: decimal (also for styles it does not know), lower or
     * upper alpha or latin, lower or upper roman, decimal-leading-zero; the bullet for disc,
     * circle and square; "" for none. Alpha and roman fall back to decimal out of their range.
     */
    public static String format(int value, String style) {
        return switch (style.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> "";
            case "disc" -> "•";
            case "circle" -> "◦";
            case "square" -> "▪";
            case "decimal-leading-zero" -> (value < 10 && value >= 0 ? "0" : "") + value;
            case "lower-alpha", "lower-latin" -> alpha(value).toLowerCase(Locale.ROOT);
            case "upper-alpha", "upper-latin" -> alpha(value);
            case "lower-roman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upper-roman" -> roman(value);
            default -> Integer.toString(value);
        };
    }

    private static String alpha(int n) {
        if (n <= 0) return String.valueOf(n);
        StringBuilder s = new StringBuilder();
        while (n > 0) {
            n--;
            s.insert(0, (char) ('A' + n % 26));
            n /= 26;
        }
        return s.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                s.append(symbols[i]);
                n -= values[i];
            }
        }
        return s.toString();
    }
}
