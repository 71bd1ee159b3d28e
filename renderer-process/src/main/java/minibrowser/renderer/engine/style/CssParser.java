package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small, forgiving CSS parser (after CSS Syntax 3): comments, style rules, the
 * {@code @media} block (kept unless it is only for print), {@code @import} (collected
 * so the engine can fetch it), other at-rules skipped. Declarations that fail to
 * parse are dropped, never the whole sheet. Never throws.
 *
 * <p>Stateless; each call works on its own input.
 */
public final class CssParser {

    /** How deep {@code @media} blocks may nest before their content is ignored. */
    private static final int MAX_NESTING = 16;

    /** The result of parsing a sheet: its rules, and the URLs of its {@code @import}s as written. */
    public record Result(List<StyleRule> rules, List<String> imports) {}

    /** The viewport {@code @media} queries are evaluated against, in CSS px. */
    private final int viewportWidth;
    private final int viewportHeight;

    /** A parser for a desktop-sized viewport (1024 x 768). */
    public CssParser() {
        this(1024, 768);
    }

    /** A parser evaluating {@code @media} width and height conditions against this viewport. */
    public CssParser(int viewportWidth, int viewportHeight) {
        this.viewportWidth = viewportWidth;
        this.viewportHeight = viewportHeight;
    }

    /** Parses a whole style sheet. */
    public Result parseSheet(String css) {
        List<StyleRule> rules = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        parseRules(stripComments(css), rules, imports, 0);
        return new Result(List.copyOf(rules), List.copyOf(imports));
    }

    /** Whether a media query list (as in {@code @media} or a {@code media} attribute) applies here. */
    public boolean mediaApplies(String queryList) {
        return new MediaQuery(viewportWidth, viewportHeight).matches(queryList);
    }

    /** Parses the body of a {@code style} attribute (declarations without braces). */
    public List<Declaration> parseDeclarations(String text) {
        List<Declaration> out = new ArrayList<>();
        for (String part : splitTopLevel(stripComments(text), ';')) {
            int colon = part.indexOf(':');
            if (colon <= 0) continue;
            String property = part.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(colon + 1).trim();
            boolean important = false;
            int bang = value.lastIndexOf('!');
            if (bang >= 0 && value.substring(bang + 1).trim().equalsIgnoreCase("important")) {
                important = true;
                value = value.substring(0, bang).trim();
            }
            if (property.isEmpty() || value.isEmpty()) continue;
            Shorthands.expand(property, value, important, out);
        }
        return out;
    }

    private void parseRules(String css, List<StyleRule> rules, List<String> imports, int depth) {
        int i = 0;
        int n = css.length();
        while (i < n) {
            char c = css.charAt(i);
            if (Character.isWhitespace(c) || c == ';' || c == '}') {
                i++;
                continue;
            }
            if (c == '<' && css.startsWith("<!--", i)) { i += 4; continue; }
            if (c == '-' && css.startsWith("-->", i)) { i += 3; continue; }
            int brace = findOutsideStrings(css, i, '{');
            if (c == '@') {
                int semicolon = findOutsideStrings(css, i, ';');
                if (semicolon >= 0 && (brace < 0 || semicolon < brace)) {
                    String statement = css.substring(i, semicolon).trim();
                    if (statement.toLowerCase(Locale.ROOT).startsWith("@import")) {
                        importUrl(statement.substring(7)).ifPresent(imports::add);
                    }
                    i = semicolon + 1;
                    continue;
                }
                if (brace < 0) return;
                int close = matchingBrace(css, brace);
                String prelude = css.substring(i, brace).trim().toLowerCase(Locale.ROOT);
                if (prelude.startsWith("@media") && depth < MAX_NESTING && mediaApplies(prelude.substring(6))) {
                    parseRules(css.substring(brace + 1, close), rules, imports, depth + 1);
                }
                i = close + 1;
                continue;
            }
            if (brace < 0) return;
            int close = matchingBrace(css, brace);
            String prelude = css.substring(i, brace);
            String body = css.substring(brace + 1, Math.min(close, n));
            List<Selector> selectors = new ArrayList<>();
            for (String s : splitTopLevel(prelude, ',')) {
                Selector.parse(s).ifPresent(selectors::add);
            }
            if (!selectors.isEmpty()) {
                List<Declaration> declarations = parseDeclarations(body);
                if (!declarations.isEmpty()) rules.add(new StyleRule(selectors, declarations));
            }
            i = close + 1;
        }
    }

    private static Optional<String> importUrl(String rest) {
        String r = rest.trim();
        if (r.toLowerCase(Locale.ROOT).startsWith("url(")) {
            int close = r.indexOf(')');
            if (close < 0) return Optional.empty();
            r = r.substring(4, close).trim();
        } else {
            int space = r.indexOf(' ', 1);
            if (space > 0 && r.charAt(0) != '"' && r.charAt(0) != '\'') r = r.substring(0, space);
            else if (r.length() > 1 && (r.charAt(0) == '"' || r.charAt(0) == '\'')) {
                int end = r.indexOf(r.charAt(0), 1);
                if (end > 0) r = r.substring(0, end + 1);
            }
        }
        r = unquote(r);
        return r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static String stripComments(String css) {
        if (css.indexOf("/*") < 0) return css;
        StringBuilder out = new StringBuilder(css.length());
        int i = 0;
        while (i < css.length()) {
            int start = css.indexOf("/*", i);
            if (start < 0) {
                out.append(css, i, css.length());
                break;
            }
            out.append(css, i, start).append(' ');
            int end = css.indexOf("*/", start + 2);
            i = end < 0 ? css.length() : end + 2;
        }
        return out.toString();
    }

    /** Index of {@code target} at or after {@code from}, skipping quoted strings; -1 if none. */
    private static int findOutsideStrings(String s, int from, char target) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == target) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the '}' closing the '{' at {@code open}, or the end of input if unclosed. */
    private static int matchingBrace(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) return i;
            }
        }
        return s.length();
    }

    /** Splits on {@code separator} outside parentheses, brackets and strings. */
    static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
