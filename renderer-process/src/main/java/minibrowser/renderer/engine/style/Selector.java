package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A complex selector (Selectors Level 4): compound selectors joined by the descendant
 * ({@code a b}), child ({@code a > b}), next-sibling ({@code a + b}) or later-sibling
 * ({@code a ~ b}) combinator. A compound is a type or {@code *},
 * then any of {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]} (also
 * {@code ~= ^= $= *= |=}), and the pseudo-classes {@code :link}, {@code :any-link},
 * {@code :root}, {@code :first-child}, {@code :last-child}. Dynamic pseudo-classes
 * ({@code :hover}, {@code :visited}...) are understood but never match. Pseudo-elements
 * and other pseudo-classes are not supported: such selectors fail to parse.
 *
 * <p>Immutable.
 */
public final class Selector {

    /** How two compounds are related: {@code a b}, {@code a > b}, {@code a + b}, {@code a ~ b}. */
    enum Combinator { DESCENDANT, CHILD, NEXT_SIBLING, LATER_SIBLING }

    /** An attribute condition: {@code [name op value]}; op is "" for presence. */
    record AttributeCondition(String name, String op, String value) {
        boolean matches(Element e) {
            if (!e.hasAttr(name)) return false;
            String actual = e.attr(name);
            return switch (op) {
                case "" -> true;
                case "=" -> actual.equals(value);
                case "~=" -> List.of(actual.trim().split("\\s+")).contains(value);
                case "^=" -> !value.isEmpty() && actual.startsWith(value);
                case "$=" -> !value.isEmpty() && actual.endsWith(value);
                case "*=" -> !value.isEmpty() && actual.contains(value);
                case "|=" -> actual.equals(value) || actual.startsWith(value + "-");
                default -> false;
            };
        }
    }

    /**
     * A functional pseudo-class: {@code :not(compound, ...)} (negation holds when none
     * match), or {@code :nth-child(an+b)}, {@code :nth-last-child}, {@code :nth-of-type},
     * {@code :nth-last-of-type} (a position counted from 1 that is a*n+b for some n >= 0).
     */
    record FunctionalPseudo(String name, List<Compound> negated, int a, int b) {
        boolean matches(Element e) {
            if (name.equals("not")) {
                for (Compound c : negated) {
                    if (c.matches(e)) return false;
                }
                return true;
            }
            Element parent = e.parent();
            if (parent == null) return false;
            boolean ofType = name.endsWith("of-type");
            boolean fromEnd = name.startsWith("nth-last");
            int position = 0;
            int found = 0;
            for (Element sibling : parent.children()) {
                if (ofType && !sibling.normalName().equals(e.normalName())) continue;
                found++;
                if (sibling == e) position = found;
            }
            if (fromEnd) position = found - position + 1;
            if (a == 0) return position == b;
            int n = position - b;
            return n % a == 0 && n / a >= 0;
        }

        int specificity() {
            if (!name.equals("not")) return 1_000;
            int max = 0;
            for (Compound c : negated) max = Math.max(max, c.specificity());
            return max;
        }
    }

    /** One compound selector: every condition must hold for the same element. */
    record Compound(String tag, String id, List<String> classes, List<AttributeCondition> attributes,
                    List<String> pseudoClasses, List<FunctionalPseudo> functions) {
        boolean matches(Element e) {
            if (tag != null && !tag.equals(e.normalName())) return false;
            if (id != null && !id.equals(e.id())) return false;
            for (String c : classes) {
                if (!e.hasClass(c)) return false;
            }
            for (AttributeCondition a : attributes) {
                if (!a.matches(e)) return false;
            }
            for (String p : pseudoClasses) {
                if (!matchesPseudo(p, e)) return false;
            }
            for (FunctionalPseudo f : functions) {
                if (!f.matches(e)) return false;
            }
            return true;
        }

        private static boolean matchesPseudo(String pseudo, Element e) {
            return switch (pseudo) {
                case "checked" -> e.hasAttr("checked") || e.hasAttr("selected");
                case "disabled" -> e.hasAttr("disabled");
                case "link", "any-link" -> (e.normalName().equals("a") || e.normalName().equals("area")) && e.hasAttr("href");
                case "root" -> e.parent() != null && e.parent().parent() == null;
                case "first-child" -> e.parent() != null && e.elementSiblingIndex() == 0;
                case "last-child" -> e.parent() != null && e.nextElementSibling() == null;
                case "only-child" -> e.parent() != null && e.parent().childrenSize() == 1;
                case "first-of-type" -> e.parent() != null && e.parent().children().stream()
                        .filter(x -> x.normalName().equals(e.normalName())).findFirst().orElse(null) == e;
                case "last-of-type" -> {
                    Element last = null;
                    if (e.parent() != null) {
                        for (Element x : e.parent().children()) if (x.normalName().equals(e.normalName())) last = x;
                    }
                    yield last == e;
                }
                case "empty" -> e.childNodeSize() == 0;
                default -> false; // dynamic states (hover, visited, focus...) never hold in a static render
            };
        }

        int specificity() {
            int ids = id == null ? 0 : 1;
            int classLike = classes.size() + attributes.size() + pseudoClasses.size();
            int types = tag == null ? 0 : 1;
            int functional = 0;
            for (FunctionalPseudo f : functions) functional += f.specificity();
            return ids * 1_000_000 + classLike * 1_000 + types + functional;
        }
    }

    private static final List<String> KNOWN_PSEUDO = List.of("link", "any-link", "root", "first-child",
            "last-child", "only-child", "first-of-type", "last-of-type", "empty", "checked", "disabled", "visited", "hover", "active", "focus", "focus-within", "focus-visible", "target");

    private final List<Compound> compounds;       // left to right
    private final List<Combinator> combinators;   // combinators.get(i) joins compounds i and i+1
    private final int specificity;
    private final String text;

    private Selector(List<Compound> compounds, List<Combinator> combinators, String text) {
        this.compounds = List.copyOf(compounds);
        this.combinators = List.copyOf(combinators);
        this.text = text;
        int s = 0;
        for (Compound c : compounds) s += c.specificity();
        this.specificity = s;
    }

    /**
     * Specificity (Selectors 4 section 17) packed in one int: ids * 1,000,000 +
     * (classes, attributes, pseudo-classes) * 1,000 + types. Larger wins.
     */
    public int specificity() {
        return specificity;
    }

    /** The tag name of the rightmost compound, or null if any tag matches. Used to index rules. */
    public String subjectTag() {
        return compounds.get(compounds.size() - 1).tag();
    }

    /** The id required by the rightmost compound, or null. Used to index rules. */
    public String subjectId() {
        return compounds.get(compounds.size() - 1).id();
    }

    /** The first class required by the rightmost compound, or null. Used to index rules. */
    public String subjectClass() {
        List<String> classes = compounds.get(compounds.size() - 1).classes();
        return classes.isEmpty() ? null : classes.get(0);
    }

    /** Whether this selector matches {@code element}. */
    public boolean matches(Element element) {
        return matchesFrom(compounds.size() - 1, element);
    }

    private boolean matchesFrom(int index, Element element) {
        if (!compounds.get(index).matches(element)) return false;
        if (index == 0) return true;
        switch (combinators.get(index - 1)) {
            case CHILD -> {
                Element parent = element.parent();
                return parent != null && matchesFrom(index - 1, parent);
            }
            case NEXT_SIBLING -> {
                Element previous = element.previousElementSibling();
                return previous != null && matchesFrom(index - 1, previous);
            }
            case LATER_SIBLING -> {
                for (Element e = element.previousElementSibling(); e != null; e = e.previousElementSibling()) {
                    if (matchesFrom(index - 1, e)) return true;
                }
                return false;
            }
            default -> {
                for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                    if (matchesFrom(index - 1, ancestor)) return true;
                }
                return false;
            }
        }
    }

    /** Parses one complex selector; empty if it uses syntax this engine does not support. */
    public static Optional<Selector> parse(String text) {
        String s = text.trim();
        if (s.isEmpty() || s.length() > 1000) return Optional.empty();
        List<Compound> compounds = new ArrayList<>();
        List<Combinator> combinators = new ArrayList<>();
        int i = 0;
        Combinator pending = null;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (pending == null && !compounds.isEmpty()) pending = Combinator.DESCENDANT;
                i++;
                continue;
            }
            if (c == '>' || c == '+' || c == '~') {
                if (compounds.isEmpty()) return Optional.empty();
                pending = c == '>' ? Combinator.CHILD : c == '+' ? Combinator.NEXT_SIBLING : Combinator.LATER_SIBLING;
                i++;
                continue;
            }
            if (c == ',') return Optional.empty();
            if (!compounds.isEmpty()) {
                if (pending == null) return Optional.empty();
                combinators.add(pending);
            }
            pending = null;
            int[] end = new int[1];
            Compound compound = parseCompound(s, i, end);
            if (compound == null) return Optional.empty();
            compounds.add(compound);
            i = end[0];
        }
        if (compounds.isEmpty() || (pending != null && pending != Combinator.DESCENDANT)) return Optional.empty();
        return Optional.of(new Selector(compounds, combinators, s));
    }

    private static Compound parseCompound(String s, int start, int[] end) {
        String tag = null;
        String id = null;
        List<String> classes = new ArrayList<>();
        List<AttributeCondition> attributes = new ArrayList<>();
        List<String> pseudo = new ArrayList<>();
        List<FunctionalPseudo> functions = new ArrayList<>();
        int i = start;
        if (s.charAt(i) == '*') {
            i++;
        } else if (isNameChar(s.charAt(i))) {
            int j = nameEnd(s, i);
            tag = s.substring(i, j).toLowerCase(Locale.ROOT);
            i = j;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' || c == '.') {
                int j = nameEnd(s, i + 1);
                if (j == i + 1) return null;
                String name = s.substring(i + 1, j);
                if (c == '#') id = name; else classes.add(name);
                i = j;
            } else if (c == ':') {
                if (i + 1 < s.length() && s.charAt(i + 1) == ':') return null; // pseudo-elements
                int j = nameEnd(s, i + 1);
                String name = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
                if (j < s.length() && s.charAt(j) == '(') {
                    int close = matchingParen(s, j);
                    if (close < 0) return null;
                    FunctionalPseudo f = functional(name, s.substring(j + 1, close).trim());
                    if (f == null) return null;
                    functions.add(f);
                    i = close + 1;
                    continue;
                }
                if (!KNOWN_PSEUDO.contains(name)) return null;
                pseudo.add(name);
                i = j;
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                if (close < 0) return null;
                AttributeCondition a = parseAttribute(s.substring(i + 1, close));
                if (a == null) return null;
                attributes.add(a);
                i = close + 1;
            } else {
                break;
            }
        }
        if (i == start) return null;
        end[0] = i;
        return new Compound(tag, id, List.copyOf(classes), List.copyOf(attributes), List.copyOf(pseudo),
                List.copyOf(functions));
    }

    private static int matchingParen(String s, int open) {
        int depth = 0;
        for (int k = open; k < s.length(); k++) {
            if (s.charAt(k) == '(') depth++;
            if (s.charAt(k) == ')' && --depth == 0) return k;
        }
        return -1;
    }

    /** Parses {@code :not(...)} or an {@code :nth-*(an+b)}; null if unsupported. */
    private static FunctionalPseudo functional(String name, String argument) {
        if (name.equals("not")) {
            List<Compound> negated = new ArrayList<>();
            for (String part : argument.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) return null;
                int[] end = new int[1];
                Compound c = parseCompound(p, 0, end);
                if (c == null || end[0] != p.length()) return null;
                negated.add(c);
            }
            return new FunctionalPseudo(name, List.copyOf(negated), 0, 0);
        }
        if (!List.of("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type").contains(name)) return null;
        String arg = argument.replace(" ", "").toLowerCase(Locale.ROOT);
        try {
            if (arg.equals("odd")) return new FunctionalPseudo(name, List.of(), 2, 1);
            if (arg.equals("even")) return new FunctionalPseudo(name, List.of(), 2, 0);
            int n = arg.indexOf('n');
            if (n < 0) return new FunctionalPseudo(name, List.of(), 0, Integer.parseInt(arg));
            String aText = arg.substring(0, n);
            int a = aText.isEmpty() || aText.equals("+") ? 1 : aText.equals("-") ? -1 : Integer.parseInt(aText);
            String bText = arg.substring(n + 1);
            int b = bText.isEmpty() ? 0 : Integer.parseInt(bText.startsWith("+") ? bText.substring(1) : bText);
            return new FunctionalPseudo(name, List.of(), a, b);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AttributeCondition parseAttribute(String inside) {
        String body = inside.trim();
        int opAt = -1;
        for (int k = 0; k < body.length(); k++) {
            if (body.charAt(k) == '=') { opAt = k; break; }
        }
        if (opAt < 0) {
            return body.isEmpty() ? null : new AttributeCondition(body.toLowerCase(Locale.ROOT), "", "");
        }
        int nameEnd = opAt;
        String op = "=";
        if (opAt > 0 && "~^$*|".indexOf(body.charAt(opAt - 1)) >= 0) {
            op = body.charAt(opAt - 1) + "=";
            nameEnd = opAt - 1;
        }
        String name = body.substring(0, nameEnd).trim().toLowerCase(Locale.ROOT);
        String value = body.substring(opAt + 1).trim();
        if (value.endsWith(" i")) value = value.substring(0, value.length() - 2).trim();
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            value = value.substring(1, value.length() - 1);
        }
        return name.isEmpty() ? null : new AttributeCondition(name, op, value);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c > 127;
    }

    private static int nameEnd(String s, int i) {
        while (i < s.length() && (isNameChar(s.charAt(i)) || s.charAt(i) == '\\')) i++;
        return i;
    }

    @Override
    public String toString() {
        return text;
    }
}
