package minibrowser.renderer.engine.style;

import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberNot;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.ECSSSelectorCombinator;
import com.helger.css.decl.ICSSSelectorMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import minibrowser.renderer.engine.style.Selector.AttributeCondition;
import minibrowser.renderer.engine.style.Selector.Combinator;
import minibrowser.renderer.engine.style.Selector.Compound;
import minibrowser.renderer.engine.style.Selector.FunctionalPseudo;

/**
 * Turns a selector as the CSS library parsed it (a flat list of members: type, {@code #id},
 * {@code .class}, {@code [attr]}, {@code :pseudo}, {@code :not(...)} and combinators) into
 * the engine's {@link Selector}, which knows how to match and how specific it is.
 *
 * <p>Selectors using what the engine cannot match (pseudo-elements, {@code :has()},
 * namespaces, unknown pseudo-classes) give empty: the whole selector is dropped, as a
 * browser drops a selector it does not understand.
 */
final class SelectorBuilder {

    private static final List<String> NTH = List.of("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type");

    private SelectorBuilder() {}

    /** The engine's selector for {@code parsed}, or empty if it uses unsupported syntax. */
    static Optional<Selector> build(CSSSelector parsed, String text) {
        List<Compound> compounds = new ArrayList<>();
        List<Combinator> combinators = new ArrayList<>();
        CompoundParts parts = new CompoundParts();
        for (ICSSSelectorMember member : parsed.getAllMembers()) {
            if (member instanceof ECSSSelectorCombinator combinator) {
                if (parts.isEmpty() || parts.pseudoElement != null) return Optional.empty();
                compounds.add(parts.toCompound());
                parts = new CompoundParts();
                combinators.add(switch (combinator) {
                    case GREATER -> Combinator.CHILD;
                    case PLUS -> Combinator.NEXT_SIBLING;
                    case TILDE -> Combinator.LATER_SIBLING;
                    default -> Combinator.DESCENDANT;
                });
            } else if (!parts.add(member)) {
                return Optional.empty();
            }
        }
        if (parts.isEmpty() && parts.pseudoElement == null) return Optional.empty();
        compounds.add(parts.toCompound());
        return Optional.of(new Selector(compounds, combinators, text, parts.pseudoElement));
    }

    /** The members of one compound selector, gathered before it is built. */
    private static final class CompoundParts {
        String tag;
        String id;
        boolean any;
        final List<String> classes = new ArrayList<>();
        final List<AttributeCondition> attributes = new ArrayList<>();
        final List<String> pseudo = new ArrayList<>();
        final List<FunctionalPseudo> functions = new ArrayList<>();
        /** {@code ::before} or {@code ::after} ending the compound ("before", "after"), or null. */
        String pseudoElement;

        boolean isEmpty() {
            return tag == null && id == null && !any && classes.isEmpty() && attributes.isEmpty()
                    && pseudo.isEmpty() && functions.isEmpty();
        }

        /** Adds one member; false if the engine cannot match it. */
        boolean add(ICSSSelectorMember member) {
            if (pseudoElement != null) return false; // nothing may follow a pseudo-element
            if (member instanceof CSSSelectorSimpleMember simple) {
                return simple(simple.getValue());
            }
            if (member instanceof CSSSelectorAttribute a) {
                if (a.getNamespacePrefix() != null && !a.getNamespacePrefix().isEmpty()) return false;
                String op = a.getOperator() == null ? "" : a.getOperator().getName();
                String value = a.getAttrValue() == null ? "" : unquote(a.getAttrValue());
                attributes.add(new AttributeCondition(a.getAttrName().toLowerCase(Locale.ROOT), op, value));
                return true;
            }
            if (member instanceof CSSSelectorMemberNot not) {
                List<Compound> negated = new ArrayList<>();
                for (CSSSelector inner : not.getAllSelectors()) {
                    Optional<Selector> s = build(inner, "");
                    if (s.isEmpty() || s.get().compounds().size() != 1) return false; // only compounds inside :not()
                    negated.add(s.get().compounds().get(0));
                }
                functions.add(new FunctionalPseudo("not", List.copyOf(negated), 0, 0));
                return true;
            }
            return false; // :is(), :where(), :has(), :host...
        }

        private boolean simple(String value) {
            if (value.equals("*")) {
                any = true;
            } else if (value.startsWith("#")) {
                id = value.substring(1);
            } else if (value.startsWith(".")) {
                classes.add(value.substring(1));
            } else if (isGeneratedContent(value)) {
                pseudoElement = value.substring(value.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
            } else if (value.startsWith("::")) {
                return false; // other pseudo-elements (::marker, ::first-line...) are not drawn here
            } else if (value.startsWith(":")) {
                String name = value.substring(1).toLowerCase(Locale.ROOT);
                int paren = name.indexOf('(');
                if (paren < 0) {
                    if (!Selector.KNOWN_PSEUDO.contains(name)) return false;
                    pseudo.add(name);
                    return true;
                }
                FunctionalPseudo nth = nth(name.substring(0, paren), name.substring(paren + 1, name.lastIndexOf(')')));
                if (nth == null) return false;
                functions.add(nth);
            } else if (value.contains("|")) {
                return false; // namespaces
            } else {
                tag = value.toLowerCase(Locale.ROOT);
            }
            return true;
        }

        /** {@code ::before}, {@code ::after}, or their CSS 2 spellings {@code :before}, {@code :after}. */
        private static boolean isGeneratedContent(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            return v.equals("::before") || v.equals("::after") || v.equals(":before") || v.equals(":after");
        }

        Compound toCompound() {
            return new Compound(tag, id, List.copyOf(classes), List.copyOf(attributes), List.copyOf(pseudo),
                    List.copyOf(functions));
        }
    }

    /**
     * {@code :nth-child(An+B)} and its siblings (CSS Syntax 3 section 6, "An+B"):
     * {@code odd}, {@code even}, {@code 3}, {@code 2n+1}, {@code -n+3}. Null if unsupported.
     */
    static FunctionalPseudo nth(String name, String argument) {
        if (!NTH.contains(name)) return null;
        String arg = argument.replace(" ", "");
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

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
