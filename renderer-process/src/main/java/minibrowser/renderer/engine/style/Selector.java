package minibrowser.renderer.engine.style;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A complex selector (Selectors Level 4): compound selectors joined by the descendant
 * ({@code a b}), child ({@code a > b}), next-sibling ({@code a + b}) or later-sibling
 * ({@code a ~ b}) combinator. A compound is a type or {@code *},
 * then any of {@code #id}, {@code .class}, {@code [attr]}, {@code [attr=value]} (also
 * {@code ~= ^= $= *= |=}), and the pseudo-classes {@code :link}, {@code :any-link},
 * {@code :root}, {@code :first-child}, {@code :last-child}, {@code :nth-child()} and
 * {@code :not()}. Dynamic pseudo-classes
 * ({@code :hover}, {@code :visited}...) are understood but never match. A selector may
 * end in the pseudo-element {@code ::before} or {@code ::after} (also written with one
 * colon): it then styles the generated box of the element it matches, not the element.
 * Other pseudo-elements and pseudo-classes are not supported: such selectors fail to parse.
 *
 * <p>The text is parsed by the CSS library; {@link SelectorBuilder} turns its model into
 * this class, which does the matching.
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

    /** The pseudo-classes without arguments this engine understands. */
    static final List<String> KNOWN_PSEUDO = List.of("link", "any-link", "root", "first-child",
            "last-child", "only-child", "first-of-type", "last-of-type", "empty", "checked", "disabled", "visited", "hover", "active", "focus", "focus-within", "focus-visible", "target");

    private final List<Compound> compounds;       // left to right
    private final List<Combinator> combinators;   // combinators.get(i) joins compounds i and i+1
    private final int specificity;
    private final String text;
    /** "before" or "after" if the selector ends in that pseudo-element, else null. */
    private final String pseudoElement;

    /** A selector of {@code compounds} joined by {@code combinators} (one fewer); made by {@link SelectorBuilder}. */
    Selector(List<Compound> compounds, List<Combinator> combinators, String text, String pseudoElement) {
        this.compounds = List.copyOf(compounds);
        this.combinators = List.copyOf(combinators);
        this.text = text;
        this.pseudoElement = pseudoElement;
        int s = pseudoElement == null ? 0 : 1; // a pseudo-element counts as a type
        for (Compound c : compounds) s += c.specificity();
        this.specificity = s;
    }

    /** "before" or "after" if this selector styles that generated box of what it matches, else null. */
    public String pseudoElement() {
        return pseudoElement;
    }

    /**
     * Specificity (Selectors 4 section 17) packed in one int: ids * 1,000,000 +
     * (classes, attributes, pseudo-classes) * 1,000 + types. Larger wins.
     */
    public int specificity() {
        return specificity;
    }

    /** The compound selectors, left to right. */
    List<Compound> compounds() {
        return compounds;
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
                Compound wanted = compounds.get(index - 1);
                for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
                    if (!wanted.matches(ancestor)) continue;
                    if (matchesFrom(index - 1, ancestor)) return true;
                    // With only descendant combinators further left, a higher ancestor has fewer
                    // ancestors to search and cannot succeed either: stop (keeps deep trees linear).
                    if (onlyDescendantsBefore(index - 1)) return false;
                }
                return false;
            }
        }
    }

    /** True if every combinator left of compound {@code index} is the descendant combinator. */
    private boolean onlyDescendantsBefore(int index) {
        for (int i = 0; i < index; i++) {
            if (combinators.get(i) != Combinator.DESCENDANT) return false;
        }
        return true;
    }

    /**
     * Parses one complex selector with the CSS library (see {@link CssReader}); empty if
     * it is not one selector or uses syntax this engine does not support.
     */
    public static Optional<Selector> parse(String text) {
        String s = text.trim();
        if (s.isEmpty() || s.length() > 1000 || s.indexOf('{') >= 0 || s.indexOf('}') >= 0) return Optional.empty();
        if (">+~".indexOf(s.charAt(s.length() - 1)) >= 0) return Optional.empty(); // the library forgives a dangling combinator
        return CssReader.sheet(s + " {}")
                .filter(sheet -> sheet.getStyleRuleCount() == 1 && sheet.getStyleRuleAtIndex(0).getSelectorCount() == 1)
                .flatMap(sheet -> SelectorBuilder.build(sheet.getStyleRuleAtIndex(0).getSelectorAtIndex(0), s));
    }

    @Override
    public String toString() {
        return text;
    }
}
