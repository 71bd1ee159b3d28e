package minibrowser.renderer.engine;

/**
 * What a {@link Device} needs to know to measure and draw a run of text: the kind
 * of font, its size in CSS pixels, and whether it is bold or italic. Colour and
 * decoration are not part of it (they do not change the text's size).
 *
 * @param family the generic font family
 * @param size   the font size in CSS pixels (at least 1)
 * @param bold   font-weight 600 or more
 * @param italic font-style italic or oblique
 */
public record TextStyle(Family family, int size, boolean bold, boolean italic) {

    /**
     * The font families the engine bundles, each the face Debian's Chromium draws for some
     * CSS names (see {@code FontFamilyMatch} for which names lead where).
     */
    public enum Family {
        /** Liberation Serif: {@code serif}, Times New Roman, and the default when no name matches. */
        SERIF("serif"),
        /** Liberation Sans: {@code sans-serif}, Arial, Helvetica. */
        SANS_SERIF("sans-serif"),
        /** DejaVu Sans Mono: {@code monospace} (fontconfig's "Monospace"). */
        MONOSPACE("monospace"),
        /** Liberation Mono: Courier New, Courier (metric-compatible). */
        COURIER("Liberation Mono"),
        /** DejaVu Sans: {@code system-ui}, and pages that name DejaVu Sans. */
        DEJAVU_SANS("DejaVu Sans"),
        /** DejaVu Serif: pages that name it. */
        DEJAVU_SERIF("DejaVu Serif");

        private final String cssName;

        Family(String cssName) {
            this.cssName = cssName;
        }

        /** A name CSS could give for this family, as printed in layout trees. */
        public String cssName() {
            return cssName;
        }
    }

    /** The browser default: 16px serif, regular. */
    public static final TextStyle DEFAULT = new TextStyle(Family.SERIF, 16, false, false);

    /** Keeps the size within 1..1000 px and the family non-null. */
    public TextStyle {
        if (family == null) family = Family.SERIF;
        size = Math.max(1, Math.min(1000, size));
    }

    /** Prints like {@code 16px bold italic monospace}; the default parts are left out. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(size).append("px");
        if (bold) s.append(" bold");
        if (italic) s.append(" italic");
        if (family != Family.SERIF) s.append(' ').append(family.cssName());
        return s.toString();
    }
}
