package minibrowser.renderer.engine.animation;

import java.util.Locale;

/**
 * A {@code transform} this engine supports: a translation (in px plus a percentage of
 * the box's own border box) and a scale about the box's centre. {@code translate(x, y)},
 * {@code translateX}, {@code translateY}, {@code scale(s)}, {@code scale(x, y)},
 * {@code scaleX}, {@code scaleY}, in any number and order (translations add, scales
 * multiply; the composition order of translate and scale is not kept: the scale is always
 * about the centre after the translation). Anything else ({@code rotate}, {@code matrix})
 * makes the whole value invalid, as an unsupported function would be in a browser
 * without it.
 *
 * @param tx  translation along x in px
 * @param ty  translation along y in px
 * @param txPercent translation along x in % of the box's width
 * @param tyPercent translation along y in % of the box's height
 * @param sx  scale along x
 * @param sy  scale along y
 */
public record Transform(double tx, double ty, double txPercent, double tyPercent, double sx, double sy) {
    public static final Transform NONE = new Transform(0, 0, 0, 0, 1, 1);

    /** The transform {@code text} names ({@code none} is {@link #NONE}), or null if it is not one this engine knows. */
    public static Transform parse(String text) {
        if (text == null) return null;
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) return NONE;
        double tx = 0, ty = 0, txp = 0, typ = 0, sx = 1, sy = 1;
        int i = 0;
        int functions = 0;
        while (i < t.length()) {
            if (Character.isWhitespace(t.charAt(i))) { i++; continue; }
            int open = t.indexOf('(', i);
            int close = open < 0 ? -1 : t.indexOf(')', open);
            if (open < 0 || close < 0 || ++functions > 16) return null;
            String name = t.substring(i, open).trim();
            String[] args = t.substring(open + 1, close).split("[,\\s]+");
            i = close + 1;
            try {
                switch (name) {
                    case "translate", "translatex", "translatey" -> {
                        boolean onlyY = name.equals("translatey");
                        String x = onlyY ? "0" : args[0];
                        String y = onlyY ? args[0] : name.equals("translate") && args.length > 1 ? args[1] : "0";
                        if (x.endsWith("%")) txp += number(x); else tx += length(x);
                        if (y.endsWith("%")) typ += number(y); else ty += length(y);
                    }
                    case "scale" -> {
                        double a = number(args[0]);
                        sx *= a;
                        sy *= args.length > 1 ? number(args[1]) : a;
                    }
                    case "scalex" -> sx *= number(args[0]);
                    case "scaley" -> sy *= number(args[0]);
                    default -> {
                        return null;
                    }
                }
            } catch (RuntimeException bad) {
                return null;
            }
        }
        return new Transform(tx, ty, txp, typ, sx, sy);
    }

    private static double length(String s) {
        if (s.endsWith("px")) return Double.parseDouble(s.substring(0, s.length() - 2));
        double v = Double.parseDouble(s);
        if (v != 0) throw new NumberFormatException("a length needs a unit: " + s);
        return 0;
    }

    private static double number(String s) {
        String n = s.endsWith("%") ? s.substring(0, s.length() - 1) : s;
        double v = Double.parseDouble(n);
        if (!Double.isFinite(v)) throw new NumberFormatException(s);
        return v;
    }

    /** Whether this moves or scales nothing. */
    public boolean isIdentity() {
        return equals(NONE) || (tx == 0 && ty == 0 && txPercent == 0 && tyPercent == 0 && sx == 1 && sy == 1);
    }

    /** This transform with its percentages turned into px, for a box of this border-box size. */
    public Transform resolve(int boxWidth, int boxHeight) {
        return new Transform(tx + txPercent * boxWidth / 100, ty + tyPercent * boxHeight / 100, 0, 0, sx, sy);
    }

    /** The transform {@code p} of the way from this to {@code to} (each component linearly). */
    public Transform towards(Transform to, double p) {
        return new Transform(lerp(tx, to.tx, p), lerp(ty, to.ty, p), lerp(txPercent, to.txPercent, p),
                lerp(tyPercent, to.tyPercent, p), lerp(sx, to.sx, p), lerp(sy, to.sy, p));
    }

    private static double lerp(double a, double b, double p) {
        return a + (b - a) * p;
    }

    /** As CSS text that {@link #parse} reads back. */
    public String toCss() {
        if (isIdentity()) return "none";
        return String.format(Locale.ROOT, "translate(%spx, %spx) translate(%s%%, %s%%) scale(%s, %s)",
                num(tx), num(ty), num(txPercent), num(tyPercent), num(sx), num(sy));
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
