package minibrowser.renderer.engine.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.OptionalInt;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.animation.Opacity;
import minibrowser.renderer.engine.animation.Transform;

/**
 * Turns the cascaded values of one element (property name to value text) into its
 * {@link ComputedStyle}: inherited properties start from the parent's values, the
 * keywords {@code inherit}, {@code initial} and {@code unset} are honoured, font-relative
 * units ({@code em}, {@code rem}, {@code ex}, {@code ch}) and viewport units ({@code vw},
 * {@code vh}, {@code vmin}, {@code vmax}) and absolute units ({@code pt}, {@code pc},
 * {@code in}, {@code cm}, {@code mm}) become pixels. Invalid values are ignored, as
 * CSS requires.
 *
 * <p>Immutable; one per render (it knows the viewport and the root font size).
 */
public final class StyleComputer {

    private final double viewportWidth;
    private final double viewportHeight;

    /** A computer for a viewport of the given size in CSS px. */
    public StyleComputer(int viewportWidth, int viewportHeight) {
        this.viewportWidth = Math.max(0, viewportWidth);
        this.viewportHeight = Math.max(0, viewportHeight);
    }

    /**
     * Computes an element's style.
     *
     * @param parent       the parent's computed style ({@link ComputedStyle#initial()} for the root)
     * @param cascaded     cascaded values: property to winning value text, {@code var()} substituted
     * @param rootFontSize the root element's font size in px (what {@code rem} means)
     */
    public ComputedStyle compute(ComputedStyle parent, Map<String, String> cascaded, double rootFontSize) {
        ComputedStyle s = parent.inheritedCopy();
        Map<String, String> declared = cascaded;
        // font-size first: every em in the other properties depends on it.
        String fontSize = declared.get("font-size");
        if (fontSize != null) applyFontSize(s, parent, fontSize.trim().toLowerCase(Locale.ROOT), rootFontSize);
        String fontFamily = declared.get("font-family");
        if (fontFamily != null && !fontFamily.trim().equalsIgnoreCase("inherit")) {
            s.monospaceOnly = isMonospaceOnly(fontFamily.trim().toLowerCase(Locale.ROOT));
        }
        adjustForMonospace(s, parent);
        String[] borderColors = new String[4];
        String[] borderStyles = {"none", "none", "none", "none"};
        int[] borderWidths = {3, 3, 3, 3};
        for (Map.Entry<String, String> d : declared.entrySet()) {
            String property = d.getKey();
            String value = d.getValue().trim();
            String lower = value.toLowerCase(Locale.ROOT);
            if (property.equals("font-size")) continue;
            if (lower.equals("inherit")) {
                inherit(s, parent, property, borderColors, borderStyles, borderWidths);
                continue;
            }
            if (lower.equals("initial") || lower.equals("unset") || lower.equals("revert")) {
                continue; // non-inherited ones are already initial; inherited ones keep the parent's value
            }
            apply(s, property, value, lower, rootFontSize, borderColors, borderStyles, borderWidths);
        }
        for (Side side : Side.values()) {
            int i = side.ordinal();
            boolean drawn = !borderStyles[i].equals("none") && !borderStyles[i].equals("hidden");
            s.borderWidth[i] = drawn ? borderWidths[i] : 0;
            OptionalInt colour = borderColors[i] == null ? OptionalInt.empty() : CssColor.parse(borderColors[i]);
            s.borderColor[i] = colour.orElse(s.color);
        }
        s.textStyle = new TextStyle(s.textStyle.family(), (int) Math.round(s.fontSize), s.textStyle.bold(), s.textStyle.italic());
        return s;
    }

    private void apply(ComputedStyle s, String property, String value, String lower, double rootFontSize,
                       String[] borderColors, String[] borderStyles, int[] borderWidths) {
        switch (property) {
            case "display" -> {
                display(lower).ifPresent(d -> s.display = d);
                s.flexContainer = lower.endsWith("flex") || lower.endsWith("-box");
                s.gridContainer = lower.equals("grid");
            }
            case "grid-template-columns" -> s.gridColumns = lower.length() <= 2000 ? lower : null;
            case "flex-direction" -> s.flexColumn = lower.startsWith("column");
            case "color" -> CssColor.parse(value).ifPresent(c -> s.color = c);
            case "transform" -> {
                Transform t = Transform.parse(value);
                if (t != null) s.transform = t;
            }
            case "opacity" -> s.opacity = Opacity.parse(value);
            case "background-color" -> CssColor.parse(value).ifPresent(c -> s.backgroundColor = c);
            case "font-family" -> s.textStyle = withFamily(s.textStyle, FontFamilyMatch.of(lower)); // monospaceOnly is set above
            case "font-weight" -> s.textStyle = new TextStyle(s.textStyle.family(), s.textStyle.size(), bold(lower, s.textStyle.bold()), s.textStyle.italic());
            case "font-style" -> s.textStyle = new TextStyle(s.textStyle.family(), s.textStyle.size(), s.textStyle.bold(), lower.equals("italic") || lower.startsWith("oblique"));
            case "text-decoration", "text-decoration-line" -> {
                if (lower.contains("none")) { s.underline = false; s.lineThrough = false; }
                if (lower.contains("underline")) s.underline = true;
                if (lower.contains("line-through")) s.lineThrough = true;
            }
            case "text-align" -> {
                switch (lower) {
                    case "left", "start", "-webkit-left" -> s.textAlign = ComputedStyle.TextAlign.LEFT;
                    case "right", "end", "-webkit-right" -> s.textAlign = ComputedStyle.TextAlign.RIGHT;
                    case "center", "-webkit-center", "middle" -> s.textAlign = ComputedStyle.TextAlign.CENTER;
                    case "justify" -> s.textAlign = ComputedStyle.TextAlign.JUSTIFY;
                    default -> { }
                }
            }
            case "white-space" -> {
                switch (lower) {
                    case "normal" -> s.whiteSpace = ComputedStyle.WhiteSpace.NORMAL;
                    case "nowrap" -> s.whiteSpace = ComputedStyle.WhiteSpace.NOWRAP;
                    case "pre" -> s.whiteSpace = ComputedStyle.WhiteSpace.PRE;
                    case "pre-wrap", "break-spaces" -> s.whiteSpace = ComputedStyle.WhiteSpace.PRE_WRAP;
                    case "pre-line" -> s.whiteSpace = ComputedStyle.WhiteSpace.PRE_LINE;
                    default -> { }
                }
            }
            case "line-height" -> lineHeight(s, lower, rootFontSize);
            case "list-style-type" -> s.listStyleType = lower;
            case "visibility" -> s.visible = !(lower.equals("hidden") || lower.equals("collapse"));
            case "text-transform" -> {
                switch (lower) {
                    case "uppercase" -> s.textTransform = ComputedStyle.TextTransform.UPPERCASE;
                    case "lowercase" -> s.textTransform = ComputedStyle.TextTransform.LOWERCASE;
                    case "capitalize" -> s.textTransform = ComputedStyle.TextTransform.CAPITALIZE;
                    case "none" -> s.textTransform = ComputedStyle.TextTransform.NONE;
                    default -> { }
                }
            }
            case "margin-top", "margin-right", "margin-bottom", "margin-left" -> {
                Length l = length(lower, s.fontSize, rootFontSize, true);
                if (l != null) s.margin[side(property, "margin-")] = l;
            }
            case "padding-top", "padding-right", "padding-bottom", "padding-left" -> {
                Length l = length(lower, s.fontSize, rootFontSize, false);
                if (l != null && l.value() >= 0) s.padding[side(property, "padding-")] = l;
            }
            case "border-top-width", "border-right-width", "border-bottom-width", "border-left-width" -> {
                int i = side(property, "border-");
                Integer w = borderWidth(lower, s.fontSize, rootFontSize);
                if (w != null) borderWidths[i] = w;
            }
            case "border-top-style", "border-right-style", "border-bottom-style", "border-left-style" ->
                    borderStyles[side(property, "border-")] = lower;
            case "border-top-color", "border-right-color", "border-bottom-color", "border-left-color" ->
                    borderColors[side(property, "border-")] = lower;
            case "width" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null && l.value() >= 0) s.width = l; }
            case "height" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null && l.value() >= 0) s.height = l; }
            case "min-width" -> { Length l = length(lower, s.fontSize, rootFontSize, false); if (l != null) s.minWidth = l; }
            case "max-width" -> {
                if (lower.equals("none")) s.maxWidth = Length.AUTO;
                else { Length l = length(lower, s.fontSize, rootFontSize, false); if (l != null) s.maxWidth = l; }
            }
            case "max-height" -> {
                if (lower.equals("none")) s.maxHeight = Length.AUTO;
                else { Length l = length(lower, s.fontSize, rootFontSize, false); if (l != null) s.maxHeight = l; }
            }
            case "min-height" -> { Length l = length(lower, s.fontSize, rootFontSize, false); if (l != null) s.minHeight = l; }
            case "float" -> s.floatSide = floatSide(lower, false);
            case "clear" -> s.clear = floatSide(lower, true);
            case "box-sizing" -> s.borderBox = lower.equals("border-box");
            case "vertical-align" -> s.verticalAlign = lower;
            case "position" -> s.position = lower;
            case "left" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null) s.left = l; }
            case "top" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null) s.top = l; }
            case "right" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null) s.right = l; }
            case "bottom" -> { Length l = length(lower, s.fontSize, rootFontSize, true); if (l != null) s.bottom = l; }
            case "overflow", "overflow-x", "overflow-y" -> {
                if (!lower.equals("visible")) s.overflowHidden = true;
            }
            case "flex-grow" -> {
                try { s.flexGrow = Math.max(0, Math.min(1e6, Double.parseDouble(lower))); } catch (NumberFormatException ignored) { }
            }
            case "flex-shrink" -> {
                try { s.flexShrink = Math.max(0, Math.min(1e6, Double.parseDouble(lower))); } catch (NumberFormatException ignored) { }
            }
            case "flex-basis" -> {
                Length l = lower.equals("content") ? Length.AUTO : length(lower, s.fontSize, rootFontSize, true);
                if (l != null && l.value() >= 0) s.flexBasis = l;
            }
            case "flex" -> flex(s, lower, rootFontSize);
            case "flex-wrap" -> s.flexWrap = lower.startsWith("wrap");
            case "flex-flow" -> {
                if (lower.contains("column")) s.flexColumn = true;
                if (lower.contains("row")) s.flexColumn = false;
                s.flexWrap = lower.contains("wrap") && !lower.contains("nowrap");
            }
            case "justify-content" -> s.justifyContent = lower;
            case "align-items" -> s.alignItems = lower;
            case "gap", "column-gap", "grid-gap" -> {
                Length l = length(lower.split("\\s+")[0], s.fontSize, rootFontSize, false);
                if (l != null && l.value() >= 0) s.gap = l;
            }
            case "border-collapse" -> s.borderCollapse = lower.equals("collapse");
            case "border-spacing" -> {
                Length l = length(lower.split("\\s+")[0], s.fontSize, rootFontSize, false);
                if (l != null && l.unit() == Length.Unit.PX && l.value() >= 0) s.borderSpacing = (int) Math.min(1000, Math.round(l.value()));
            }
            case "text-indent" -> { Length l = length(lower, s.fontSize, rootFontSize, false); if (l != null) s.textIndent = l; }
            default -> { }
        }
    }

    /** Copies one property from the parent ({@code property: inherit}). */
    private static void inherit(ComputedStyle s, ComputedStyle parent, String property,
                                String[] borderColors, String[] borderStyles, int[] borderWidths) {
        switch (property) {
            case "display" -> s.display = parent.display;
            case "background-color" -> s.backgroundColor = parent.backgroundColor;
            case "width" -> s.width = parent.width;
            case "height" -> s.height = parent.height;
            case "float" -> s.floatSide = parent.floatSide;
            case "vertical-align" -> s.verticalAlign = parent.verticalAlign;
            default -> {
                if (property.startsWith("margin-")) s.margin[side(property, "margin-")] = parent.margin[side(property, "margin-")];
                if (property.startsWith("padding-")) s.padding[side(property, "padding-")] = parent.padding[side(property, "padding-")];
                if (property.startsWith("border-") && property.endsWith("-color")) {
                    borderColors[side(property, "border-")] = CssColor.format(parent.borderColor[side(property, "border-")]);
                }
                if (property.startsWith("border-") && property.endsWith("-width")) {
                    int i = side(property, "border-");
                    borderWidths[i] = parent.borderWidth[i];
                    if (parent.borderWidth[i] > 0) borderStyles[i] = "solid";
                }
                // inherited properties already carry the parent's value
            }
        }
    }

    private static int side(String property, String prefix) {
        String rest = property.substring(prefix.length());
        if (rest.startsWith("top")) return Side.TOP.ordinal();
        if (rest.startsWith("right")) return Side.RIGHT.ordinal();
        if (rest.startsWith("bottom")) return Side.BOTTOM.ordinal();
        return Side.LEFT.ordinal();
    }

    /** Chromium's default sizes: 16px for proportional fonts, 13px for the generic monospace. */
    private static final double MONOSPACE_SCALE = 13.0 / 16.0;

    /**
     * Where the text changes between the generic {@code monospace} (alone in the family
     * list) and any other family, and no element on the way gave the font size in px (or
     * another absolute length), the size is scaled by 13/16 (or back), as Chromium does
     * with its default fixed and proportional font sizes: {@code <code>} in 16px text is
     * 13px, in text the page set to 14px it is 14px.
     */
    private static void adjustForMonospace(ComputedStyle s, ComputedStyle parent) {
        if (s.absoluteFontSize || s.monospaceOnly == parent.monospaceOnly) return;
        double size = s.monospaceOnly ? s.fontSize * MONOSPACE_SCALE : s.fontSize / MONOSPACE_SCALE;
        s.fontSize = Math.max(1, Math.min(1000, size));
    }

    /** True if a font-family list is the generic {@code monospace} alone. */
    private static boolean isMonospaceOnly(String list) {
        return CssParser.unquote(list.trim()).equals("monospace") && !list.contains(",") && !list.contains("\"");
    }

    private void applyFontSize(ComputedStyle s, ComputedStyle parent, String v, double rootFontSize) {
        double parentSize = parent.fontSize;
        double size = switch (v) {
            case "xx-small" -> 9;
            case "x-small" -> 10;
            case "small" -> 13;
            case "medium" -> 16;
            case "large" -> 18;
            case "x-large" -> 24;
            case "xx-large" -> 32;
            case "xxx-large" -> 48;
            case "smaller" -> parentSize / 1.2;
            case "larger" -> parentSize * 1.2;
            case "inherit", "initial", "unset" -> v.equals("initial") ? 16 : parentSize;
            default -> {
                Length l = length(v, parentSize, rootFontSize, false);
                if (l == null || l.value() < 0) yield parentSize;
                yield l.unit() == Length.Unit.PERCENT ? parentSize * l.value() / 100 : l.value();
            }
        };
        s.fontSize = Math.max(1, Math.min(1000, size));
        boolean keyword = Set.of("xx-small", "x-small", "small", "medium", "large", "x-large", "xx-large", "xxx-large",
                "initial").contains(v);
        boolean relative = v.endsWith("em") && !v.endsWith("rem") || v.endsWith("%") || v.endsWith("ex")
                || v.equals("smaller") || v.equals("larger") || v.equals("inherit") || v.equals("unset");
        s.absoluteFontSize = keyword ? false : relative ? parent.absoluteFontSize : true;
    }

    private void lineHeight(ComputedStyle s, String v, double rootFontSize) {
        if (v.equals("normal")) {
            s.lineHeightNumber = Double.NaN;
            s.lineHeightPx = -1;
            return;
        }
        try {
            double number = Double.parseDouble(v);
            if (number >= 0) {
                s.lineHeightNumber = number;
                s.lineHeightPx = -1;
            }
            return;
        } catch (NumberFormatException notANumber) {
            // a length
        }
        Length l = length(v, s.fontSize, rootFontSize, false);
        if (l == null || l.value() < 0) return;
        s.lineHeightNumber = Double.NaN;
        s.lineHeightPx = (int) Math.round(l.unit() == Length.Unit.PERCENT ? s.fontSize * l.value() / 100 : l.value());
    }

    private Integer borderWidth(String v, double fontSize, double rootFontSize) {
        switch (v) {
            case "thin": return 1;
            case "medium": return 3;
            case "thick": return 5;
            default:
                Length l = length(v, fontSize, rootFontSize, false);
                if (l == null || l.unit() != Length.Unit.PX || l.value() < 0) return null;
                double px = l.value();
                return px > 0 && px < 1 ? 1 : (int) Math.min(1000, Math.round(px));
        }
    }

    /**
     * Parses a CSS length: a number with a unit, a percentage, 0, or (when allowed)
     * {@code auto}. Unitless numbers are taken as px, as browsers do in quirks mode.
     * Returns null if it is not a length.
     */
    public Length length(String v, double emBase, double rootFontSize, boolean allowAuto) {
        if (v.isEmpty()) return null;
        if (v.equals("auto")) return allowAuto ? Length.AUTO : null;
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.' || v.charAt(i) == '-' || v.charAt(i) == '+')) i++;
        if (i == 0) return null;
        double number;
        try {
            number = Double.parseDouble(v.substring(0, i));
        } catch (NumberFormatException e) {
            return null;
        }
        if (Double.isNaN(number) || Double.isInfinite(number)) return null;
        number = Math.max(-100_000, Math.min(100_000, number));
        String unit = v.substring(i).trim();
        double px = switch (unit) {
            case "", "px" -> number;
            case "%" -> Double.NaN;
            case "em" -> number * emBase;
            case "rem" -> number * rootFontSize;
            case "ex", "ch" -> number * emBase / 2;
            case "pt" -> number * 4 / 3;
            case "pc" -> number * 16;
            case "in" -> number * 96;
            case "cm" -> number * 96 / 2.54;
            case "mm" -> number * 96 / 25.4;
            case "q" -> number * 96 / 101.6;
            case "vw" -> number * viewportWidth / 100;
            case "vh" -> number * viewportHeight / 100;
            case "vmin" -> number * Math.min(viewportWidth, viewportHeight) / 100;
            case "vmax" -> number * Math.max(viewportWidth, viewportHeight) / 100;
            default -> Double.NEGATIVE_INFINITY;
        };
        if (unit.equals("%")) return new Length(number, Length.Unit.PERCENT);
        if (px == Double.NEGATIVE_INFINITY) return null;
        return Length.px(px);
    }

    /** The display a keyword means; empty for one Chromium does not know (the declaration is then dropped). */
    static java.util.Optional<Display> display(String v) {
        Display d = switch (v) {
            case "block", "flex", "grid", "flow-root", "-webkit-box", "-webkit-flex" -> Display.BLOCK;
            case "inline", "contents", "ruby" -> Display.INLINE;
            case "inline-block", "inline-flex", "inline-grid", "inline-table", "-webkit-inline-box", "-webkit-inline-flex" -> Display.INLINE_BLOCK;
            case "list-item" -> Display.LIST_ITEM;
            case "none" -> Display.NONE;
            case "table" -> Display.TABLE;
            case "table-row-group", "table-header-group", "table-footer-group" -> Display.TABLE_ROW_GROUP;
            case "table-row" -> Display.TABLE_ROW;
            case "table-cell" -> Display.TABLE_CELL;
            case "table-caption" -> Display.TABLE_CAPTION;
            case "table-column", "table-column-group" -> Display.TABLE_COLUMN;
            default -> null;
        };
        return java.util.Optional.ofNullable(d);
    }

    /** The grow factor of the {@code flex} shorthand: {@code 1}, {@code 1 1 0}, {@code auto} grow; {@code none} does not. */
    /**
     * The {@code flex} shorthand: {@code <grow> <shrink>? || <basis>}. A grow factor given
     * without a basis means a basis of 0 ({@code flex: 1} is {@code 1 1 0%}); {@code auto}
     * is {@code 1 1 auto}, {@code none} is {@code 0 0 auto}. An invalid value changes nothing.
     */
    private void flex(ComputedStyle s, String v, double rootFontSize) {
        switch (v) {
            case "auto" -> setFlex(s, 1, 1, Length.AUTO);
            case "none" -> setFlex(s, 0, 0, Length.AUTO);
            case "initial" -> setFlex(s, 0, 1, Length.AUTO);
            default -> {
                List<Double> factors = new ArrayList<>();
                Length basis = null;
                for (String word : v.split("\\s+")) {
                    Double factor = factorOf(word);
                    if (factor != null && factors.size() < 2 && (basis == null || factors.isEmpty())) {
                        factors.add(factor);
                        continue;
                    }
                    Length l = word.equals("content") ? Length.AUTO : length(word, s.fontSize, rootFontSize, true);
                    if (basis != null || l == null || l.value() < 0) return;
                    basis = l;
                }
                if (factors.isEmpty() && basis == null) return;
                setFlex(s, factors.isEmpty() ? 1 : factors.get(0), factors.size() > 1 ? factors.get(1) : 1,
                        basis != null ? basis : factors.isEmpty() ? Length.AUTO : Length.ZERO);
            }
        }
    }

    private static void setFlex(ComputedStyle s, double grow, double shrink, Length basis) {
        s.flexGrow = grow;
        s.flexShrink = shrink;
        s.flexBasis = basis;
    }

    /** A flex factor: a plain non-negative number (a unitless 0 is a factor, as the spec reads it). */
    private static Double factorOf(String word) {
        if (!word.matches("[0-9]*\\.?[0-9]+")) return null;
        return Math.min(1e6, Double.parseDouble(word));
    }


    private static TextStyle withFamily(TextStyle t, TextStyle.Family family) {
        return new TextStyle(family, t.size(), t.bold(), t.italic());
    }

    private static boolean bold(String v, boolean parentBold) {
        return switch (v) {
            case "bold", "bolder" -> true;
            case "normal", "lighter" -> false;
            default -> {
                try {
                    yield Integer.parseInt(v) >= 600;
                } catch (NumberFormatException e) {
                    yield parentBold;
                }
            }
        };
    }

    private static ComputedStyle.FloatSide floatSide(String v, boolean allowBoth) {
        return switch (v) {
            case "left", "inline-start" -> ComputedStyle.FloatSide.LEFT;
            case "right", "inline-end" -> ComputedStyle.FloatSide.RIGHT;
            case "both" -> allowBoth ? ComputedStyle.FloatSide.BOTH : ComputedStyle.FloatSide.NONE;
            default -> ComputedStyle.FloatSide.NONE;
        };
    }
}
