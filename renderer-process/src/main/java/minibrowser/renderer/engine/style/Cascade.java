package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The cascade (CSS Cascade 4 section 6): finds every declaration that applies to an
 * element and keeps, for each property, the one that wins. Precedence, lowest first:
 * user-agent normal, presentational attributes, author normal, {@code style} attribute
 * normal, author {@code !important}, {@code style} attribute {@code !important},
 * user-agent {@code !important}; within a level higher specificity, then later order, wins.
 *
 * <p>Rules are indexed by the id, class or tag their rightmost compound requires, so
 * an element is only tested against rules that could match it. Used by one thread (it
 * remembers parsed {@code style} attributes).
 */
public final class Cascade {

    /** One selector of one rule, with what the cascade needs to rank it. */
    private record IndexedSelector(Selector selector, StyleRule rule, StyleSheet.Origin origin, int order) {}

    /** One candidate declaration for one property. */
    private record Candidate(Declaration declaration, int level, int specificity, int order) {}

    private static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt(Candidate::level)
            .thenComparingInt(Candidate::specificity).thenComparingInt(Candidate::order);

    private final Map<String, List<IndexedSelector>> byId = new HashMap<>();
    private final Map<String, List<IndexedSelector>> byClass = new HashMap<>();
    private final Map<String, List<IndexedSelector>> byTag = new HashMap<>();
    private final List<IndexedSelector> universal = new ArrayList<>();
    private final CssParser parser = new CssParser();
    /** Whether any declaration seen so far is a custom property or uses {@code var()}. */
    private boolean usesVariables;
    /** Whether any rule styles a {@code ::before} or {@code ::after} box (most pages: some). */
    private boolean hasPseudoRules;
    /**
     * Parsed {@code style} attributes by their text: pages repeat the same few styles on
     * thousands of elements. The only mutable part of a cascade, used by one thread.
     */
    private final Map<String, List<Declaration>> styleAttributes = new HashMap<>();

    /** A cascade over the given sheets, in order (the user-agent sheet first). */
    public Cascade(List<StyleSheet> sheets) {
        int order = 0;
        for (StyleSheet sheet : sheets) {
            for (StyleRule rule : sheet.rules()) {
                for (Selector selector : rule.selectors()) {
                    index(new IndexedSelector(selector, rule, sheet.origin(), order++));
                }
            }
        }
    }

    private void index(IndexedSelector s) {
        Selector selector = s.selector();
        if (!usesVariables) usesVariables = anyVariables(s.rule().declarations());
        if (selector.pseudoElement() != null) hasPseudoRules = true;
        if (selector.subjectId() != null) {
            byId.computeIfAbsent(selector.subjectId(), k -> new ArrayList<>()).add(s);
        } else if (selector.subjectClass() != null) {
            byClass.computeIfAbsent(selector.subjectClass(), k -> new ArrayList<>()).add(s);
        } else if (selector.subjectTag() != null) {
            byTag.computeIfAbsent(selector.subjectTag(), k -> new ArrayList<>()).add(s);
        } else {
            universal.add(s);
        }
    }

    /** The winning value of every property declared for {@code element}, shorthands expanded. */
    public Map<String, String> cascadedValues(Element element) {
        List<Candidate> candidates = new ArrayList<>();
        collectRules(element, null, candidates);
        for (Declaration d : PresentationalHints.of(element)) {
            candidates.add(new Candidate(d, 1, 0, 0));
        }
        if (element.hasAttr("style")) {
            int order = 0;
            String text = element.attr("style");
            List<Declaration> parsed = styleAttributes.get(text);
            if (parsed == null) {
                parsed = parser.parseDeclarations(text);
                if (!usesVariables) usesVariables = anyVariables(parsed);
                if (styleAttributes.size() < 10_000) styleAttributes.put(text, parsed);
            }
            for (Declaration d : parsed) {
                candidates.add(new Candidate(d, d.important() ? 5 : 3, 0, order++));
            }
        }
        return winners(candidates);
    }

    /**
     * The winning values for the {@code ::before} or {@code ::after} box of
     * {@code element} ({@code pseudo} is "before" or "after"); empty if no rule styles it.
     */
    public Map<String, String> pseudoElementValues(Element element, String pseudo) {
        if (!hasPseudoRules) return Map.of();
        List<Candidate> candidates = new ArrayList<>();
        collectRules(element, pseudo, candidates);
        return candidates.isEmpty() ? Map.of() : winners(candidates);
    }

    /** The declarations of the rules matching {@code element} (or its {@code pseudo} box, if not null). */
    private void collectRules(Element element, String pseudo, List<Candidate> candidates) {
        String id = element.id();
        if (!id.isEmpty()) collect(byId.get(id), element, pseudo, candidates);
        if (!byClass.isEmpty() && element.hasAttr("class")) {
            for (String c : element.classNames()) collect(byClass.get(c), element, pseudo, candidates);
        }
        collect(byTag.get(element.normalName()), element, pseudo, candidates);
        collect(universal, element, pseudo, candidates);
    }

    /**
     * Whether the page uses custom properties or {@code var()} anywhere seen so far (then
     * each element's values go through {@link CustomProperties}; most pages skip that).
     */
    public boolean usesVariables() {
        return usesVariables;
    }

    private static boolean anyVariables(List<Declaration> declarations) {
        for (Declaration d : declarations) {
            if (d.property().startsWith("--") || CustomProperties.usesVar(d.value())) return true;
        }
        return false;
    }

    private static Map<String, String> winners(List<Candidate> candidates) {
        candidates.sort(PRECEDENCE);
        Map<String, String> winners = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            winners.put(c.declaration().property(), c.declaration().value());
        }
        return winners;
    }

    private static void collect(List<IndexedSelector> selectors, Element element, String pseudo, List<Candidate> out) {
        if (selectors == null) return;
        for (IndexedSelector s : selectors) {
            if (!java.util.Objects.equals(s.selector().pseudoElement(), pseudo) || !s.selector().matches(element)) continue;
            boolean ua = s.origin() == StyleSheet.Origin.USER_AGENT;
            for (Declaration d : s.rule().declarations()) {
                int level = ua ? (d.important() ? 6 : 0) : (d.important() ? 4 : 2);
                out.add(new Candidate(d, level, s.selector().specificity(), s.order()));
            }
        }
    }
}
