package minibrowser.renderer.engine.animation;

import java.util.Locale;

/**
 * An easing function ({@code animation-timing-function}, {@code transition-timing-function}):
 * a cubic Bézier curve from (0, 0) to (1, 1), as CSS Easing 1 defines {@code ease} and its kin.
 * {@link #at} maps the input progress (time) to the output progress (value).
 *
 * @param x1 first control point, x in [0, 1]
 * @param y1 first control point, y
 * @param x2 second control point, x in [0, 1]
 * @param y2 second control point, y
 */
public record TimingFunction(double x1, double y1, double x2, double y2) {
    public static final TimingFunction LINEAR = new TimingFunction(0, 0, 1, 1);
    public static final TimingFunction EASE = new TimingFunction(0.25, 0.1, 0.25, 1);
    public static final TimingFunction EASE_IN = new TimingFunction(0.42, 0, 1, 1);
    public static final TimingFunction EASE_OUT = new TimingFunction(0, 0, 0.58, 1);
    public static final TimingFunction EASE_IN_OUT = new TimingFunction(0.42, 0, 0.58, 1);

    /** The keyword or {@code cubic-bezier(...)} named by {@code text}, or null if it is none. */
    public static TimingFunction parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "linear": return LINEAR;
            case "ease": return EASE;
            case "ease-in": return EASE_IN;
            case "ease-out": return EASE_OUT;
            case "ease-in-out": return EASE_IN_OUT;
            default: break;
        }
        if (t.startsWith("cubic-bezier(") && t.endsWith(")")) {
            String[] args = t.substring(13, t.length() - 1).split(",");
            if (args.length != 4) return null;
            try {
                double a = Double.parseDouble(args[0].trim()), b = Double.parseDouble(args[1].trim());
                double c = Double.parseDouble(args[2].trim()), d = Double.parseDouble(args[3].trim());
                if (a < 0 || a > 1 || c < 0 || c > 1) return null;
                return new TimingFunction(a, b, c, d);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The eased progress at input progress {@code x} in [0, 1]: solves the curve's x(t) = x, returns y(t). */
    public double at(double x) {
        if (x <= 0) return 0;
        if (x >= 1) return 1;
        if (this.equals(LINEAR)) return x;
        double lo = 0, hi = 1, t = x;
        for (int i = 0; i < 40; i++) { // bisection: x(t) rises monotonically because x1, x2 lie in [0, 1]
            t = (lo + hi) / 2;
            if (bezier(t, x1, x2) < x) lo = t; else hi = t;
        }
        return bezier(t, y1, y2);
    }

    private static double bezier(double t, double p1, double p2) {
        double u = 1 - t;
        return 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t;
    }
}
