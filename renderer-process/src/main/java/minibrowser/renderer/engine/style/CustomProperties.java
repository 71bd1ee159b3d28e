package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSS custom properties and {@code var()} (CSS Variables 1): {@code --name: value}
 * declarations are inherited like text properties, and {@code var(--name, fallback)}
 * in any value is replaced by the element's value of {@code --name} before the value is
 * read. A {@code var()} with no value and no fallback makes its declaration invalid at
 * computed-value time: the property then acts as unset (inherited from the parent, or
 * initial). A shorthand whose value used {@code var()} is expanded after substitution
 * (the parser cannot split it before).
 *
 * <p>Bounded for hostile sheets: substitution goes at most {@link #MAX_DEPTH} references
 * deep (so cycles end) and values stop growing at {@link #MAX_LENGTH} characters.
 */
final class CustomProperties {

    static final int MAX_DEPTH = 16;
    static final int MAX_LENGTH = 10_000;

    private CustomProperties() {}

    /** Whether a declaration's value needs substitution before it is read. */
    static boolean usesVar(String value) {
        return value.contains("var(");
    }

    /**
     * The custom properties of an element: its parent's, with the ones it declares over
     * them, each with its own {@code var()} references resolved. Shares the parent's map
     * when the element declares none (most elements).
     */
    static Map<String, String> of(Map<String, String> inherited, Map<String, String> declared) {
        Map<String, String> own = null;
        for (Map.Entry<String, String> d : declared.entrySet()) {
            if (!d.getKey().startsWith("--")) continue;
            if (own == null) own = new HashMap<>(inherited);
            String value = resolve(d.getValue(), own, 0);
            if (value == null) own.remove(d.getKey()); else own.put(d.getKey(), value);
        }
        return own == null ? inherited : own;
    }

    /**
     * {@code declared} with every {@code var()} replaced from {@code custom}; returns the
     * same map when nothing uses {@code var()}. Custom properties themselves are left out.
     */
    static Map<String, String> substitute(Map<String, String> declared, Map<String, String> custom) {
        boolean any = false;
        for (Map.Entry<String, String> d : declared.entrySet()) {
            if (d.getKey().startsWith("--") || usesVar(d.getValue())) {
                any = true;
                break;
            }
        }
        if (!any) return declared;
        Map<String, String> out = new LinkedHashMap<>();
        List<Declaration> expanded = new ArrayList<>();
        for (Map.Entry<String, String> d : declared.entrySet()) {
            String property = d.getKey();
            if (property.startsWith("--")) continue;
            if (!usesVar(d.getValue())) {
                out.put(property, d.getValue());
                continue;
            }
            String value = resolve(d.getValue(), custom, 0);
            if (value == null || value.isBlank()) continue; // invalid at computed-value time: unset
            expanded.clear();
            Shorthands.expand(property, value.trim(), false, expanded);
            for (Declaration longhand : expanded) {
                // A longhand the cascade gave on its own is kept: it was declared explicitly.
                if (longhand.property().equals(property) || !declared.containsKey(longhand.property())) {
                    out.put(longhand.property(), longhand.value());
                }
            }
        }
        return out;
    }

    /** {@code value} with its {@code var()} references replaced, or null if one has no value and no fallback. */
    static String resolve(String value, Map<String, String> custom, int depth) {
        if (!usesVar(value)) return value;
        if (depth >= MAX_DEPTH) return null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < value.length()) {
            int start = value.indexOf("var(", i);
            if (start < 0) {
                out.append(value, i, value.length());
                break;
            }
            out.append(value, i, start);
            int close = matchingParen(value, start + 3);
            if (close < 0) return null;
            String inside = value.substring(start + 4, close);
            int comma = topLevelComma(inside);
            String name = (comma < 0 ? inside : inside.substring(0, comma)).trim().toLowerCase(java.util.Locale.ROOT);
            String replacement = custom.get(name);
            if (replacement != null) {
                replacement = resolve(replacement, custom, depth + 1);
            }
            if (replacement == null && comma >= 0) {
                replacement = resolve(inside.substring(comma + 1).trim(), custom, depth + 1);
            }
            if (replacement == null) return null;
            out.append(replacement);
            if (out.length() > MAX_LENGTH) return null;
            i = close + 1;
        }
        return out.toString();
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) return i;
        }
        return -1;
    }

    private static int topLevelComma(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) return i;
        }
        return -1;
    }
}
