package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import minibrowser.renderer.engine.animation.AnimationDeclarations;

/**
 * Expands CSS shorthand properties into the longhands the {@link StyleComputer} reads:
 * {@code margin}, {@code padding}, {@code border}, {@code border-SIDE},
 * {@code border-width/style/color}, {@code background}, {@code font},
 * {@code list-style}, {@code animation}, {@code transition}. Everything else passes through unchanged.
 */
final class Shorthands {

    private static final String[] SIDES = {"top", "right", "bottom", "left"};
    private static final Set<String> BORDER_STYLES = Set.of("none", "hidden", "dotted", "dashed", "solid",
            "double", "groove", "ridge", "inset", "outset");
    private static final Set<String> LIST_STYLES = Set.of("disc", "circle", "square", "decimal", "none",
            "lower-alpha", "upper-alpha", "lower-roman", "upper-roman", "lower-latin", "upper-latin");

    private Shorthands() {}

    /** Adds the longhand declarations for {@code property: value} to {@code out}. */
    static void expand(String property, String value, boolean important, List<Declaration> out) {
        List<String> words = CssWords.words(value);
        switch (property) {
            case "margin", "padding" -> fourSides(property + "-%s", words, important, out);
            case "border-width" -> fourSides("border-%s-width", words, important, out);
            case "border-style" -> fourSides("border-%s-style", words, important, out);
            case "border-color" -> fourSides("border-%s-color", words, important, out);
            case "border" -> {
                for (String side : SIDES) border("border-" + side, words, important, out);
            }
            case "border-top", "border-right", "border-bottom", "border-left" -> border(property, words, important, out);
            case "background" -> background(words, important, out);
            case "font" -> font(value, important, out);
            case "animation" -> AnimationDeclarations.expandAnimation(value)
                    .forEach((longhand, v) -> out.add(new Declaration(longhand, v, important)));
            case "transition" -> AnimationDeclarations.expandTransition(value)
                    .forEach((longhand, v) -> out.add(new Declaration(longhand, v, important)));
            case "list-style" -> {
                for (String w : words) {
                    if (LIST_STYLES.contains(w.toLowerCase(Locale.ROOT))) {
                        out.add(new Declaration("list-style-type", w, important));
                    }
                }
            }
            default -> out.add(new Declaration(property, value, important));
        }
    }

    private static void fourSides(String pattern, List<String> w, boolean important, List<Declaration> out) {
        if (w.isEmpty() || w.size() > 4) return;
        String top = w.get(0);
        String right = w.size() > 1 ? w.get(1) : top;
        String bottom = w.size() > 2 ? w.get(2) : top;
        String left = w.size() > 3 ? w.get(3) : right;
        out.add(new Declaration(String.format(pattern, "top"), top, important));
        out.add(new Declaration(String.format(pattern, "right"), right, important));
        out.add(new Declaration(String.format(pattern, "bottom"), bottom, important));
        out.add(new Declaration(String.format(pattern, "left"), left, important));
    }

    /** {@code border: 1px solid red}, parts in any order; missing parts reset to their initial values. */
    private static void border(String prefix, List<String> words, boolean important, List<Declaration> out) {
        String width = "medium";
        String style = "none";
        String color = "currentcolor";
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (BORDER_STYLES.contains(lower)) style = lower;
            else if (CssColor.parse(w).isPresent() || lower.equals("currentcolor")) color = w;
            else width = w;
        }
        out.add(new Declaration(prefix + "-width", width, important));
        out.add(new Declaration(prefix + "-style", style, important));
        out.add(new Declaration(prefix + "-color", color, important));
    }

    /** Only the colour of {@code background} is used; images and gradients are not drawn. */
    private static void background(List<String> words, boolean important, List<Declaration> out) {
        String color = "transparent";
        for (String w : words) {
            if (CssColor.parse(w).isPresent()) color = w;
        }
        out.add(new Declaration("background-color", color, important));
    }

    /** {@code font: [style] [weight] size[/line-height] family}; system fonts are ignored. */
    private static void font(String value, boolean important, List<Declaration> out) {
        List<String> words = CssWords.words(value);
        String style = "normal";
        String weight = "normal";
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (w.equals("italic") || w.equals("oblique")) {
                style = w;
            } else if (w.equals("bold") || w.equals("bolder") || w.equals("lighter") || w.matches("[1-9]00")) {
                weight = w;
            } else if (w.equals("normal") || w.equals("small-caps")) {
                continue;
            } else if (Character.isDigit(w.charAt(0)) || w.charAt(0) == '.' || w.endsWith("large") || w.endsWith("small")
                    || w.equals("medium")) {
                String size = w;
                int slash = w.indexOf('/');
                if (slash >= 0) {
                    size = w.substring(0, slash);
                    String lineHeight = w.substring(slash + 1);
                    if (!lineHeight.isEmpty()) out.add(new Declaration("line-height", lineHeight, important));
                } else if (i + 1 < words.size() && words.get(i + 1).startsWith("/")) {
                    String lh = words.get(i + 1).substring(1);
                    if (lh.isEmpty() && i + 2 < words.size()) lh = words.get(++i + 1);
                    i++;
                    if (!lh.isEmpty()) out.add(new Declaration("line-height", lh, important));
                }
                out.add(new Declaration("font-size", size, important));
                out.add(new Declaration("font-style", style, important));
                out.add(new Declaration("font-weight", weight, important));
                String family = String.join(" ", words.subList(Math.min(i + 1, words.size()), words.size()));
                if (!family.isEmpty()) out.add(new Declaration("font-family", family, important));
                return;
            } else {
                return; // a system font keyword (caption, menu...) or junk
            }
        }
    }
}
