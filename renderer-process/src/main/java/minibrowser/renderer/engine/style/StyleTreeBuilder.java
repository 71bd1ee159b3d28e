package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import minibrowser.renderer.engine.EngineLimits;
import minibrowser.renderer.engine.animation.DocumentAnimations;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The style stage: walks the DOM and computes every element's style with a
 * {@link Cascade} and a {@link StyleComputer}, giving the tree layout works on.
 *
 * <p>Depth is bounded: below {@link EngineLimits#MAX_DOM_DEPTH} levels an element's whole content is
 * flattened into one run of text, so hostile nesting cannot exhaust the stack. So is
 * size: after {@link EngineLimits#MAX_ELEMENTS} elements the rest of the document is
 * left out (not styled, laid out or shown), so that a few megabytes of markup cannot
 * build trees larger than a renderer's heap.
 */
public final class StyleTreeBuilder {


    private final Cascade cascade;
    private final StyleComputer computer;
    /** Elements that may still be styled in this build. */
    private int elementsLeft = EngineLimits.MAX_ELEMENTS;

    /** The document's animations, applied to the cascaded values (null: none). */
    private final DocumentAnimations animations;

    /** A builder that styles with {@code cascade} and computes values with {@code computer}. */
    public StyleTreeBuilder(Cascade cascade, StyleComputer computer) {
        this(cascade, computer, null);
    }

    /**
     * A builder that also applies {@code animations} (begun for this render) between the
     * cascade and the computed values: main-thread animations change the values, and
     * compositor animations are noted on the style ({@link ComputedStyle#compositorTracks()}).
     */
    public StyleTreeBuilder(Cascade cascade, StyleComputer computer, DocumentAnimations animations) {
        this.cascade = cascade;
        this.computer = computer;
        this.animations = animations;
    }

    /** Counters and quotes of the generated content seen so far in this build. */
    private final GeneratedContent generated = new GeneratedContent();

    /** The element's computed style: cascade, then the animations, then computed values. */
    private ComputedStyle styleOf(Element element, ComputedStyle parent, double rootFontSize) {
        return styleOf(element, cascade.cascadedValues(element), parent, rootFontSize);
    }

    private ComputedStyle styleOf(Element element, Map<String, String> declared, ComputedStyle parent, double rootFontSize) {
        if (animations == null) return compute(parent, declared, rootFontSize);
        DocumentAnimations.Applied applied = animations.apply(element, declared);
        ComputedStyle style = compute(parent, applied.values(), rootFontSize);
        style.compositorTracks = applied.compositorTracks();
        return style;
    }

    /** Computed values from cascaded ones, with custom properties inherited and {@code var()} substituted first. */
    private ComputedStyle compute(ComputedStyle parent, Map<String, String> cascaded, double rootFontSize) {
        if (!cascade.usesVariables()) return computer.compute(parent, cascaded, rootFontSize);
        Map<String, String> custom = CustomProperties.of(parent.customProperties, cascaded);
        ComputedStyle style = computer.compute(parent, CustomProperties.substitute(cascaded, custom), rootFontSize);
        style.customProperties = custom;
        return style;
    }

    /** Styles the document; the result is the root element ({@code <html>}), blockified. */
    public StyledElement build(Document document) {
        Element root = document.children().isEmpty() ? document.appendElement("html") : document.child(0);
        ComputedStyle rootStyle = styleOf(root, ComputedStyle.initial(), 16);
        if (!rootStyle.display.isBlockLevel() || rootStyle.display == Display.NONE) rootStyle.display = Display.BLOCK;
        return new StyledElement(root, rootStyle, children(root, rootStyle, rootStyle.fontSize, 1));
    }

    /**
     * The computed style of one element without styling the rest of the document: its
     * ancestors' styles from the root down, each from its parent's (what a script's
     * {@code getComputedStyle} needs). An element inside a {@code display: none} subtree
     * gets its own style all the same, as in browsers. Null for an element that is not in
     * a document.
     */
    public ComputedStyle styleOf(Element element) {
        List<Element> chain = new ArrayList<>();
        Element at = element;
        for (; at != null && !(at instanceof Document); at = at.parent()) chain.add(at);
        if (at == null || chain.isEmpty()) return null;
        java.util.Collections.reverse(chain);
        ComputedStyle style = styleOf(chain.get(0), ComputedStyle.initial(), 16);
        if (!style.display.isBlockLevel() || style.display == Display.NONE) style.display = Display.BLOCK;
        double rootFontSize = style.fontSize;
        for (Element each : chain.subList(1, chain.size())) {
            style = styleOf(each, style, rootFontSize);
            blockify(style);
        }
        return style;
    }

    private List<StyledNode> children(Element parent, ComputedStyle parentStyle, double rootFontSize, int depth) {
        List<StyledNode> out = new ArrayList<>(parent.childNodeSize());
        if (depth >= EngineLimits.MAX_DOM_DEPTH) {
            String text = parent.text();
            if (!text.isEmpty()) out.add(new StyledText(text, parentStyle, parent));
            return out;
        }
        GeneratedContent.Scope siblings = generated.newScope();
        pseudoElement(parent, parentStyle, "before", rootFontSize, siblings, out);
        for (Node child : parent.childNodes()) {
            if (elementsLeft <= 0) break; // the rest of the document is over the limit
            if (child instanceof TextNode text) {
                out.add(new StyledText(text.getWholeText(), parentStyle, parent));
            } else if (child instanceof Element element) {
                elementsLeft--;
                Map<String, String> declared = cascade.cascadedValues(element);
                ComputedStyle style = styleOf(element, declared, parentStyle, rootFontSize);
                if (style.display == Display.NONE || style.visuallyHidden()) continue;
                blockify(style);
                generated.applyCounters(declared, siblings);
                out.add(new StyledElement(element, style, children(element, style, rootFontSize, depth + 1)));
            }
        }
        pseudoElement(parent, parentStyle, "after", rootFontSize, siblings, out);
        siblings.close();
        return out;
    }

    /**
     * The {@code ::before} or {@code ::after} box of {@code element}, if a rule gives it
     * content: a box of a made-up element named {@code ::before} or {@code ::after} (not
     * in the DOM) holding the generated text, whose clicks go to {@code element}.
     */
    private void pseudoElement(Element element, ComputedStyle elementStyle, String which, double rootFontSize,
                               GeneratedContent.Scope scope, List<StyledNode> out) {
        Map<String, String> declared = cascade.pseudoElementValues(element, which);
        if (declared.isEmpty() || elementsLeft <= 0) return;
        ComputedStyle style = compute(elementStyle, declared, rootFontSize);
        if (style.display == Display.NONE) return;
        generated.applyCounters(declared, scope);
        String text = generated.text(declared.get("content"), element);
        if (text == null) return;
        elementsLeft--;
        blockify(style);
        if (style.display == Display.TABLE) style.display = Display.BLOCK; // the clearfix idiom: an empty table that clears
        List<StyledNode> content = text.isEmpty() ? List.of() : List.of(new StyledText(text, style, element));
        out.add(new StyledElement(new Element("::" + which), style, content));
    }

    /**
     * CSS 2.1 section 9.7: a floated or absolutely positioned box becomes block-level;
     * an absolutely positioned box does not float.
     */
    private static void blockify(ComputedStyle style) {
        boolean absolute = style.outOfFlow();
        if (absolute) style.floatSide = ComputedStyle.FloatSide.NONE;
        if ((absolute || style.floatSide != ComputedStyle.FloatSide.NONE)
                && (style.display == Display.INLINE || style.display == Display.INLINE_BLOCK)) {
            style.display = Display.BLOCK;
        }
    }
}
