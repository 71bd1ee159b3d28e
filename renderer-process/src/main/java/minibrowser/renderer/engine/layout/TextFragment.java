package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.style.ComputedStyle;

/**
 * A piece of text on one line, all in one style (the words of one text run that
 * landed on the same line). Also used for a list item's marker.
 */
public final class TextFragment extends LayoutBox {

    private final String text;
    private final ComputedStyle style;
    private final String href;
    private final boolean marker;
    private final org.jsoup.nodes.Element owner;
    int baseline;

    TextFragment(String text, ComputedStyle style, String href, boolean marker) {
        this(text, style, href, marker, null);
    }

    TextFragment(String text, ComputedStyle style, String href, boolean marker, org.jsoup.nodes.Element owner) {
        this.text = text;
        this.style = style;
        this.href = href;
        this.marker = marker;
        this.owner = owner;
    }

    /** The element whose text this is (what a click here hits), or null for text the engine made up. */
    public org.jsoup.nodes.Element owner() { return owner; }

    /** The text as drawn (white space already collapsed or kept). */
    public String text() { return text; }
    /** The style of the element whose text this is. */
    public ComputedStyle style() { return style; }
    /** The font. */
    public TextStyle textStyle() { return style.textStyle(); }
    /** The absolute URL of the enclosing link, or null. */
    public String href() { return href; }
    /** True for a list item's marker. */
    public boolean isMarker() { return marker; }
    /** The baseline of the text, in page y. */
    public int baseline() { return baseline; }

    @Override
    protected void afterTranslate(int dx, int dy) {
        baseline += dy;
    }

    @Override
    public String label() {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return (marker ? "marker \"" : "text \"") + shown.replace("\n", "\\n") + "\"";
    }
}
