package minibrowser.renderer.engine.animation;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.renderer.engine.style.CssColor;

/**
 * Interpolates two specified values of one property (CSS Values 4, section "Combining
 * values"): lengths, percentages and numbers of the same unit, colours (each channel,
 * alpha included), {@link Transform}s; any other pair is discrete: the first value
 * until the midpoint, the second after it. The result is CSS text, which the style
 * computer then reads as if the page had written it.
 */
public final class Interpolation {
    private static final Pattern DIMENSION = Pattern.compile("(-?\\d*\\.?\\d+(?:e-?\\d+)?)(px|%|em|rem|vw|vh|pt)?");

    private Interpolation() {}

    /** The value {@code p} of the way from {@code from} to {@code to} (p in [0, 1]; either may be null: discrete). */
    public static String between(String property, String from, String to, double p) {
        if (from == null || to == null) return p < 0.5 ? (from == null ? to : from) : (to == null ? from : to);
        if (property.equals("transform")) {
            Transform a = Transform.parse(from);
            Transform b = Transform.parse(to);
            if (a != null && b != null) return a.towards(b, p).toCss();
            return discrete(from, to, p);
        }
        Matcher a = DIMENSION.matcher(from.trim().toLowerCase(Locale.ROOT));
        Matcher b = DIMENSION.matcher(to.trim().toLowerCase(Locale.ROOT));
        if (a.matches() && b.matches()) {
            String unitA = unit(a.group(2), a.group(1));
            String unitB = unit(b.group(2), b.group(1));
            if (unitA.equals(unitB) || unitA.equals("zero") || unitB.equals("zero")) {
                String unit = unitA.equals("zero") ? unitB : unitA;
                double v = Double.parseDouble(a.group(1)) + (Double.parseDouble(b.group(1)) - Double.parseDouble(a.group(1))) * p;
                return String.format(Locale.ROOT, "%.3f", v) + (unit.equals("zero") || unit.equals("number") ? "" : unit);
            }
            return discrete(from, to, p);
        }
        OptionalInt ca = CssColor.parse(from);
        OptionalInt cb = CssColor.parse(to);
        if (ca.isPresent() && cb.isPresent()) return colour(ca.getAsInt(), cb.getAsInt(), p);
        return discrete(from, to, p);
    }

    /** A dimension's unit; a bare 0 goes with any unit. */
    private static String unit(String unit, String number) {
        if (unit != null) return unit;
        return Double.parseDouble(number) == 0 ? "zero" : "number";
    }

    private static String discrete(String from, String to, double p) {
        return p < 0.5 ? from : to;
    }

    private static String colour(int a, int b, double p) {
        int alpha = channel(a >>> 24, b >>> 24, p);
        int r = channel((a >> 16) & 255, (b >> 16) & 255, p);
        int g = channel((a >> 8) & 255, (b >> 8) & 255, p);
        int bl = channel(a & 255, b & 255, p);
        return CssColor.format((alpha << 24) | (r << 16) | (g << 8) | bl);
    }

    private static int channel(int a, int b, double p) {
        return (int) Math.round(a + (b - a) * p);
    }
}
