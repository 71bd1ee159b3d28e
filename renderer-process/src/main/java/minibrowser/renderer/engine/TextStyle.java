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

    /** The CSS generic font families this engine distinguishes. */
    public enum Family { SERIF, SANS_SERIF, MONOSPACE }

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
        if (family == Family.SANS_SERIF) s.append(" sans-serif");
        if (family == Family.MONOSPACE) s.append(" monospace");
        return s.toString();
    }
}
