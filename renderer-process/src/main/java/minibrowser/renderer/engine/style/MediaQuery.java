package minibrowser.renderer.engine.style;

import java.util.Locale;

/**
 * Evaluates media query lists (Media Queries 4, the common part): media types
 * ({@code screen} and {@code all} match, {@code print} and {@code speech} do not),
 * {@code not} and {@code only}, and the features {@code min-width}, {@code max-width},
 * {@code min-height}, {@code max-height} (px or em), {@code orientation} and
 * {@code prefers-color-scheme} (always light). Unknown features do not match.
 */
final class MediaQuery {

    private final int width;
    private final int height;

    MediaQuery(int viewportWidth, int viewportHeight) {
        this.width = viewportWidth;
        this.height = viewportHeight;
    }

    /** True if any query of the comma-separated list matches (an empty list matches). */
    boolean matches(String queryList) {
        String list = queryList.trim().toLowerCase(Locale.ROOT);
        if (list.isEmpty()) return true;
        for (String query : list.split(",")) {
            if (matchesOne(query.trim())) return true;
        }
        return false;
    }

    private boolean matchesOne(String query) {
        boolean negate = false;
        String q = query;
        if (q.startsWith("not ")) {
            negate = true;
            q = q.substring(4).trim();
        } else if (q.startsWith("only ")) {
            q = q.substring(5).trim();
        }
        boolean result = true;
        for (String part : q.split("\\band\\b")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            if (p.startsWith("(")) {
                result &= feature(p.replace("(", "").replace(")", "").trim());
            } else {
                result &= p.equals("screen") || p.equals("all");
            }
        }
        return negate != result;
    }

    private boolean feature(String f) {
        int colon = f.indexOf(':');
        if (colon < 0) return f.equals("color") || f.equals("hover") || f.equals("pointer");
        String name = f.substring(0, colon).trim();
        String value = f.substring(colon + 1).trim();
        return switch (name) {
            case "min-width" -> width >= px(value);
            case "max-width" -> width <= px(value);
            case "min-height" -> height >= px(value);
            case "max-height" -> height <= px(value);
            case "orientation" -> value.equals(width >= height ? "landscape" : "portrait");
            case "prefers-color-scheme" -> value.equals("light");
            case "prefers-reduced-motion" -> value.equals("no-preference");
            default -> false;
        };
    }

    private static double px(String value) {
        try {
            if (value.endsWith("px")) return Double.parseDouble(value.substring(0, value.length() - 2));
            if (value.endsWith("rem")) return Double.parseDouble(value.substring(0, value.length() - 3)) * 16;
            if (value.endsWith("em")) return Double.parseDouble(value.substring(0, value.length() - 2)) * 16;
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
