package minibrowser.renderer.engine.style;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Parses CSS colour values (CSS Color 4): named colours, {@code #rgb}, {@code #rgba},
 * {@code #rrggbb}, {@code #rrggbbaa}, {@code rgb()}, {@code rgba()}, {@code hsl()},
 * {@code hsla()} and {@code transparent}. Colours are 0xAARRGGBB ints.
 */
public final class CssColor {

    /** Fully transparent: "no background". */
    public static final int TRANSPARENT = 0x00000000;
    /** Opaque black. */
    public static final int BLACK = 0xFF000000;
    /** Opaque white. */
    public static final int WHITE = 0xFFFFFFFF;

    private static final Map<String, Integer> NAMED = namedColours();

    private CssColor() {}

    /** The colour {@code value} names, or empty if it is not a colour. */
    public static OptionalInt parse(String value) {
        if (value == null) return OptionalInt.empty();
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) return OptionalInt.empty();
        if (v.startsWith("#")) return hex(v.substring(1));
        Integer named = NAMED.get(v);
        if (named != null) return OptionalInt.of(named);
        int open = v.indexOf('(');
        if (open > 0 && v.endsWith(")")) {
            String fn = v.substring(0, open).trim();
            String[] args = v.substring(open + 1, v.length() - 1).replace('/', ' ').replace(',', ' ').trim().split("\\s+");
            try {
                if ((fn.equals("rgb") || fn.equals("rgba")) && args.length >= 3) {
                    return OptionalInt.of(argb(alpha(args), channel(args[0]), channel(args[1]), channel(args[2])));
                }
                if ((fn.equals("hsl") || fn.equals("hsla")) && args.length >= 3) {
                    return OptionalInt.of(hsl(args));
                }
            } catch (NumberFormatException e) {
                return OptionalInt.empty();
            }
        }
        // Legacy HTML colour attributes often omit the '#': bgcolor="ffcc00".
        if (v.length() == 6 && v.chars().allMatch(c -> Character.digit(c, 16) >= 0)) return hex(v);
        return OptionalInt.empty();
    }

    /** Prints a colour as {@code #rrggbb}, or {@code #rrggbbaa} when not opaque. */
    public static String format(int argb) {
        int alpha = argb >>> 24;
        String rgb = String.format("#%06x", argb & 0xFFFFFF);
        return alpha == 0xFF ? rgb : rgb + String.format("%02x", alpha);
    }

    /** True if the colour is fully transparent (draws nothing). */
    public static boolean isTransparent(int argb) {
        return (argb >>> 24) == 0;
    }

    /** Composes {@code top} over {@code bottom} (which is opaque); the result is opaque. */
    public static int over(int top, int bottom) {
        int a = top >>> 24;
        if (a == 0xFF) return top;
        if (a == 0) return bottom | 0xFF000000;
        int r = blend((top >> 16) & 0xFF, (bottom >> 16) & 0xFF, a);
        int g = blend((top >> 8) & 0xFF, (bottom >> 8) & 0xFF, a);
        int b = blend(top & 0xFF, bottom & 0xFF, a);
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static int blend(int top, int bottom, int alpha) {
        return (top * alpha + bottom * (255 - alpha) + 127) / 255;
    }

    private static OptionalInt hex(String h) {
        for (int i = 0; i < h.length(); i++) {
            if (Character.digit(h.charAt(i), 16) < 0) return OptionalInt.empty();
        }
        switch (h.length()) {
            case 3, 4 -> {
                int r = Character.digit(h.charAt(0), 16) * 17;
                int g = Character.digit(h.charAt(1), 16) * 17;
                int b = Character.digit(h.charAt(2), 16) * 17;
                int a = h.length() == 4 ? Character.digit(h.charAt(3), 16) * 17 : 255;
                return OptionalInt.of(argb(a, r, g, b));
            }
            case 6 -> {
                return OptionalInt.of(0xFF000000 | Integer.parseInt(h, 16));
            }
            case 8 -> {
                long rgba = Long.parseLong(h, 16);
                return OptionalInt.of((int) (((rgba & 0xFF) << 24) | (rgba >>> 8)));
            }
            default -> {
                return OptionalInt.empty();
            }
        }
    }

    private static int channel(String s) {
        if (s.endsWith("%")) return clamp(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 2.55));
        return clamp(Math.round(Double.parseDouble(s)));
    }

    private static int alpha(String[] args) {
        if (args.length < 4) return 255;
        String s = args[3];
        double a = s.endsWith("%") ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100 : Double.parseDouble(s);
        return clamp(Math.round(a * 255));
    }

    private static int hsl(String[] args) {
        double h = Double.parseDouble(args[0].replace("deg", "")) / 360.0;
        double s = percent(args[1]);
        double l = percent(args[2]);
        h = h - Math.floor(h);
        double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
        double p = 2 * l - q;
        int r = clamp(Math.round(hueToRgb(p, q, h + 1.0 / 3) * 255));
        int g = clamp(Math.round(hueToRgb(p, q, h) * 255));
        int b = clamp(Math.round(hueToRgb(p, q, h - 1.0 / 3) * 255));
        return argb(alpha(args), r, g, b);
    }

    private static double percent(String s) {
        double v = Double.parseDouble(s.endsWith("%") ? s.substring(0, s.length() - 1) : s);
        return Math.max(0, Math.min(100, v)) / 100.0;
    }

    private static double hueToRgb(double p, double q, double t) {
        if (t < 0) t += 1;
        if (t > 1) t -= 1;
        if (t < 1.0 / 6) return p + (q - p) * 6 * t;
        if (t < 1.0 / 2) return q;
        if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
        return p;
    }

    private static int clamp(long v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    private static int argb(int a, int r, int g, int b) {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    private static Map<String, Integer> namedColours() {
        Map<String, Integer> m = new HashMap<>();
        String table = "black 000000 silver c0c0c0 gray 808080 grey 808080 white ffffff maroon 800000 red ff0000 "
                + "purple 800080 fuchsia ff00ff magenta ff00ff green 008000 lime 00ff00 olive 808000 yellow ffff00 "
                + "navy 000080 blue 0000ff teal 008080 aqua 00ffff cyan 00ffff orange ffa500 aliceblue f0f8ff "
                + "antiquewhite faebd7 aquamarine 7fffd4 azure f0ffff beige f5f5dc bisque ffe4c4 blanchedalmond ffebcd "
                + "blueviolet 8a2be2 brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e "
                + "coral ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c darkblue 00008b darkcyan 008b8b "
                + "darkgoldenrod b8860b darkgray a9a9a9 darkgrey a9a9a9 darkgreen 006400 darkkhaki bdb76b "
                + "darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid 9932cc darkred 8b0000 "
                + "darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b darkslategray 2f4f4f darkslategrey 2f4f4f "
                + "darkturquoise 00ced1 darkviolet 9400d3 deeppink ff1493 deepskyblue 00bfff dimgray 696969 "
                + "dimgrey 696969 dodgerblue 1e90ff firebrick b22222 floralwhite fffaf0 forestgreen 228b22 "
                + "gainsboro dcdcdc ghostwhite f8f8ff gold ffd700 goldenrod daa520 greenyellow adff2f honeydew f0fff0 "
                + "hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender e6e6fa "
                + "lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral f08080 "
                + "lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgrey d3d3d3 lightgreen 90ee90 "
                + "lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue 87cefa lightslategray 778899 "
                + "lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 limegreen 32cd32 linen faf0e6 "
                + "mediumaquamarine 66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db "
                + "mediumseagreen 3cb371 mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc "
                + "mediumvioletred c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 "
                + "navajowhite ffdead oldlace fdf5e6 olivedrab 6b8e23 orangered ff4500 orchid da70d6 "
                + "palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee palevioletred db7093 papayawhip ffefd5 "
                + "peachpuff ffdab9 peru cd853f pink ffc0cb plum dda0dd powderblue b0e0e6 rebeccapurple 663399 "
                + "rosybrown bc8f8f royalblue 4169e1 saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 "
                + "seagreen 2e8b57 seashell fff5ee sienna a0522d skyblue 87ceeb slateblue 6a5acd slategray 708090 "
                + "slategrey 708090 snow fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c thistle d8bfd8 "
                + "tomato ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 whitesmoke f5f5f5 yellowgreen 9acd32";
        String[] parts = table.split(" ");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            m.put(parts[i], 0xFF000000 | Integer.parseInt(parts[i + 1], 16));
        }
        m.put("transparent", TRANSPARENT);
        return Map.copyOf(m);
    }
}
