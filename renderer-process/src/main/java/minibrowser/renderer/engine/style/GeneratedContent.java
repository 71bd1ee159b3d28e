package minibrowser.renderer.engine.style;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Generated content (CSS 2.1 chapter 12): the text of {@code ::before} and
 * {@code ::after} boxes from their {@code content} property, with the counters and
 * quote depth that text can show. One instance walks one document in document order
 * with {@link StyleTreeBuilder}; not thread-safe.
 *
 * <p>{@code content} may hold strings (with CSS escapes such as {@code "\2197"}),
 * {@code counter(name)}, {@code counters(name, "sep")} (each with an optional list
 * style: decimal, lower/upper-alpha or -roman), {@code attr(name)}, {@code open-quote},
 * {@code close-quote} and their {@code no-} forms; {@code url()} images are left out.
 *
 * <p>Counters follow CSS Lists 3: {@code counter-reset} makes a new counter on an
 * element, seen by the element, its descendants and its later siblings;
 * {@code counter-increment} and {@code counter-set} change the innermost counter of
 * that name (making one on the element if there is none).
 */
final class GeneratedContent {

    /** Curly quotes, outer then inner, as Chromium's default {@code quotes} for English. */
    private static final String[] QUOTES = {"\u201C", "\u201D", "\u2018", "\u2019"};
    /** At most this many counter instances are live at once (hostile pages nest deeply). */
    private static final int MAX_COUNTERS = 10_000;

    /** Each counter name's instances, innermost on top. */
    private final Map<String, Deque<int[]>> counters = new HashMap<>();
    private int live;
    private int quoteDepth;

    /** The counter names an element's reset (or implicit creation) opened, to close with its parent. */
    final class Scope {
        private List<String> opened; // made when the first counter opens: most scopes open none

        /** Ends the counters opened in this scope. */
        void close() {
            if (opened == null) return;
            for (String name : opened) {
                Deque<int[]> stack = counters.get(name);
                if (stack != null && !stack.isEmpty()) {
                    stack.pop();
                    live--;
                }
            }
            opened.clear();
        }
    }

    /** A scope for the counters that a parent's children open. */
    Scope newScope() {
        return new Scope();
    }

    /** Applies an element's (or generated box's) {@code counter-reset}, {@code -set} and {@code -increment}. */
    void applyCounters(Map<String, String> declared, Scope siblings) {
        String reset = declared.get("counter-reset");
        if (reset != null) {
            for (Map.Entry<String, Integer> e : pairs(reset, 0).entrySet()) open(e.getKey(), e.getValue(), siblings);
        }
        String set = declared.get("counter-set");
        if (set != null) {
            for (Map.Entry<String, Integer> e : pairs(set, 0).entrySet()) innermost(e.getKey(), siblings)[0] = e.getValue();
        }
        String increment = declared.get("counter-increment");
        if (increment != null) {
            for (Map.Entry<String, Integer> e : pairs(increment, 1).entrySet()) innermost(e.getKey(), siblings)[0] += e.getValue();
        }
    }

    /**
     * The text a {@code content} value makes for {@code element}'s generated box, or null
     * if it makes no box ({@code none}, {@code normal}, or nothing understood).
     */
    String text(String content, Element element) {
        if (content == null) return null;
        String value = content.trim();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.equals("none") || lower.equals("normal")) return null;
        StringBuilder out = new StringBuilder();
        boolean any = false;
        int i = 0;
        while (i < value.length() && out.length() < 10_000) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                i = string(value, i, out);
                any = true;
            } else {
                int end = i;
                while (end < value.length() && !Character.isWhitespace(value.charAt(end)) && value.charAt(end) != '(') end++;
                String word = value.substring(i, end).toLowerCase(Locale.ROOT);
                if (end < value.length() && value.charAt(end) == '(') {
                    int close = value.indexOf(')', end);
                    if (close < 0) close = value.length() - 1;
                    function(word, value.substring(end + 1, close), element, out);
                    i = close + 1;
                    any = true;
                } else {
                    any |= quote(word, out);
                    i = end;
                }
            }
        }
        return any ? out.toString() : null;
    }

    private boolean quote(String word, StringBuilder out) {
        switch (word) {
            case "open-quote" -> {
                out.append(QUOTES[Math.min(quoteDepth, 1) * 2]);
                quoteDepth++;
            }
            case "close-quote" -> {
                if (quoteDepth > 0) quoteDepth--;
                out.append(QUOTES[Math.min(quoteDepth, 1) * 2 + 1]);
            }
            case "no-open-quote" -> quoteDepth++;
            case "no-close-quote" -> quoteDepth = Math.max(0, quoteDepth - 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void function(String name, String args, Element element, StringBuilder out) {
        List<String> parts = splitArguments(args);
        switch (name) {
            case "counter" -> {
                Deque<int[]> stack = counters.get(parts.get(0));
                int value = stack == null || stack.isEmpty() ? 0 : stack.peek()[0];
                out.append(CounterStyle.format(value, parts.size() > 1 ? parts.get(1) : "decimal"));
            }
            case "counters" -> {
                Deque<int[]> stack = counters.get(parts.get(0));
                String separator = parts.size() > 1 ? unescape(CssParser.unquote(parts.get(1))) : "";
                String style = parts.size() > 2 ? parts.get(2) : "decimal";
                if (stack == null || stack.isEmpty()) {
                    out.append(CounterStyle.format(0, style));
                } else {
                    List<int[]> outerFirst = new ArrayList<>(stack);
                    java.util.Collections.reverse(outerFirst);
                    for (int k = 0; k < outerFirst.size(); k++) {
                        if (k > 0) out.append(separator);
                        out.append(CounterStyle.format(outerFirst.get(k)[0], style));
                    }
                }
            }
            case "attr" -> out.append(element.attr(parts.get(0).toLowerCase(Locale.ROOT)));
            default -> { } // url(), image-set()...: an image the engine does not draw here
        }
    }

    /** Reads the quoted string starting at {@code i} into {@code out}; returns the index after it. */
    private static int string(String value, int i, StringBuilder out) {
        char quote = value.charAt(i);
        int j = i + 1;
        StringBuilder raw = new StringBuilder();
        while (j < value.length() && value.charAt(j) != quote) {
            if (value.charAt(j) == '\\' && j + 1 < value.length()) raw.append(value.charAt(j++));
            raw.append(value.charAt(j++));
        }
        out.append(unescape(raw.toString()));
        return j + 1;
    }

    /** CSS escapes: {@code \2197 } and {@code \A} as hex code points, {@code \"} as the character. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < s.length() && j < i + 7 && Character.digit(s.charAt(j), 16) >= 0) j++;
            if (j == i + 1) {
                out.append(s.charAt(++i));
                continue;
            }
            int cp = Integer.parseInt(s.substring(i + 1, j), 16);
            out.appendCodePoint(cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp);
            if (j < s.length() && s.charAt(j) == ' ') j++; // one space ends the escape
            i = j - 1;
        }
        return out.toString();
    }

    private void open(String name, int value, Scope scope) {
        if (live >= MAX_COUNTERS) return;
        counters.computeIfAbsent(name, k -> new ArrayDeque<>()).push(new int[] {value});
        if (scope.opened == null) scope.opened = new ArrayList<>(2);
        scope.opened.add(name);
        live++;
    }

    private int[] innermost(String name, Scope scope) {
        Deque<int[]> stack = counters.get(name);
        if (stack == null || stack.isEmpty()) {
            open(name, 0, scope);
            stack = counters.get(name);
        }
        return stack == null || stack.isEmpty() ? new int[1] : stack.peek();
    }

    /** {@code name [int] name [int]...}; {@code none} gives nothing. */
    private static Map<String, Integer> pairs(String value, int defaultNumber) {
        Map<String, Integer> out = new java.util.LinkedHashMap<>();
        String[] words = value.trim().split("\\s+");
        for (int i = 0; i < words.length && out.size() < 100; i++) {
            String name = words[i];
            if (name.isEmpty() || name.equalsIgnoreCase("none") || Character.isDigit(name.charAt(0)) || name.charAt(0) == '-' && name.length() > 1 && Character.isDigit(name.charAt(1))) continue;
            int number = defaultNumber;
            if (i + 1 < words.length) {
                try {
                    number = Integer.parseInt(words[i + 1]);
                    i++;
                } catch (NumberFormatException notANumber) {
                    // the next word is another name
                }
            }
            out.put(name, number);
        }
        return out;
    }

    private static List<String> splitArguments(String args) {
        List<String> parts = new ArrayList<>();
        for (String p : args.split(",")) parts.add(p.trim());
        if (parts.isEmpty()) parts.add("");
        return parts;
    }
}
