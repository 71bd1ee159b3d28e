package minibrowser.renderer.engine.layout;

import java.util.Map;
import minibrowser.renderer.engine.style.ComputedStyle;

/**
 * A replaced element (CSS 2.1 section 10.3.2): an image or an embed, whose content
 * comes from outside the document. Layout only reserves its rectangle; paint draws the
 * image there, or marks the place where the plugin's surface will be composited.
 */
public final class ReplacedBox extends LayoutBox {

    /** What fills the box. */
    public enum Kind {
        IMAGE, EMBED,
        /** An {@code <iframe>} with a document to show: drawn as the picture of that document, under its URL. */
        FRAME,
        /** The 16 x 16 icon before a broken image's alt text ({@link minibrowser.renderer.engine.paint.DrawImage#BROKEN_IMAGE_ICON}). */
        BROKEN_IMAGE_ICON
    }

    private final Kind kind;
    private final ComputedStyle style;
    private final String src;
    private final String alt;
    private final String mimeType;
    private final Map<String, String> attributes;
    private final String href;
    Edges border = Edges.ZERO;
    Edges margin = Edges.ZERO;

    ReplacedBox(Kind kind, ComputedStyle style, String src, String alt, String mimeType,
                Map<String, String> attributes, String href) {
        this.kind = kind;
        this.style = style;
        this.src = src;
        this.alt = alt;
        this.mimeType = mimeType;
        this.attributes = Map.copyOf(attributes);
        this.href = href;
    }

    /** Image or embed. */
    public Kind kind() { return kind; }
    /** The computed style of the element. */
    public ComputedStyle style() { return style; }
    /** Absolute URL of the content, or "". */
    public String src() { return src; }
    /** Alternative text ({@code alt}), or "". */
    public String alt() { return alt; }
    /** The {@code type} attribute of an embed, or "". */
    public String mimeType() { return mimeType; }
    /** All attributes of the element. */
    public Map<String, String> attributes() { return attributes; }
    /** The absolute URL of the enclosing link, or null. */
    public String href() { return href; }
    /** Border widths (inside the box's rectangle). */
    public Edges border() { return border; }
    /** Margins (outside the box's rectangle). */
    public Edges margin() { return margin; }

    @Override
    public String label() {
        return switch (kind) {
            case IMAGE -> "image \"" + src + "\"";
            case EMBED -> "embed \"" + mimeType + "\"";
            case FRAME -> "frame \"" + src + "\"";
            case BROKEN_IMAGE_ICON -> "broken-image icon";
        };
    }
}
