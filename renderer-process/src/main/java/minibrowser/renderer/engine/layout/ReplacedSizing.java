package minibrowser.renderer.engine.layout;

import java.util.Map;
import minibrowser.renderer.engine.style.ComputedStyle;
import minibrowser.renderer.engine.style.Length;
import minibrowser.renderer.engine.style.Side;

/**
 * Sizes replaced boxes (CSS 2.1 sections 10.3.2 and 10.6.2): the CSS width and height
 * (which include the HTML {@code width}/{@code height} attributes), else the image's
 * natural size when the browser already knows it, else the ratio of the {@code width}
 * and {@code height} attributes, else a default (300x150 for embeds, as HTML says; a
 * small square for images, whose size is not known before decoding).
 * One missing dimension follows the other through the aspect ratio.
 */
final class ReplacedSizing {

    /** Default size of an image whose size is not known yet. */
    static final int DEFAULT_IMAGE = 100;
    /** Default embed size (HTML: 300 x 150). */
    static final int DEFAULT_EMBED_WIDTH = 300;
    static final int DEFAULT_EMBED_HEIGHT = 150;

    private final Map<String, int[]> naturalSizes;

    /** @param naturalSizes known image sizes by absolute URL ({width, height}); may be empty */
    ReplacedSizing(Map<String, int[]> naturalSizes) {
        this.naturalSizes = naturalSizes;
    }

    /** A positive whole number of px from an attribute ({@code width="200"}), else 0. */
    private static int attributeSize(ReplacedBox box, String name) {
        String value = box.attributes().get(name);
        if (value == null) return 0;
        value = value.strip();
        int end = 0;
        while (end < value.length() && end < 6 && Character.isDigit(value.charAt(end))) end++;
        return end == 0 || end < value.length() && value.charAt(end) == '%' ? 0 : Integer.parseInt(value.substring(0, end));
    }

    /** Sets the box's border, margin and size (border box) for a containing block {@code cbWidth} wide. */
    void size(ReplacedBox box, int cbWidth) {
        ComputedStyle s = box.style();
        box.border = new Edges(s.borderWidth(Side.TOP), s.borderWidth(Side.RIGHT), s.borderWidth(Side.BOTTOM), s.borderWidth(Side.LEFT));
        box.margin = new Edges(s.margin(Side.TOP).resolve(cbWidth, 0), s.margin(Side.RIGHT).resolve(cbWidth, 0),
                s.margin(Side.BOTTOM).resolve(cbWidth, 0), s.margin(Side.LEFT).resolve(cbWidth, 0));
        int[] natural = box.kind() == ReplacedBox.Kind.FRAME ? null : naturalSizes.get(box.src()); // a frame's size is its box's
        int naturalW;
        int naturalH;
        if (natural != null && natural[0] > 0 && natural[1] > 0) {
            naturalW = natural[0];
            naturalH = natural[1];
        } else if (attributeSize(box, "width") > 0 && attributeSize(box, "height") > 0) {
            // Not decoded yet: the width and height attributes give the ratio (HTML section
            // 15.4.3, "maps to the aspect-ratio property"), so width: 100% keeps the shape.
            naturalW = attributeSize(box, "width");
            naturalH = attributeSize(box, "height");
        } else if (box.kind() != ReplacedBox.Kind.IMAGE || box.src().isEmpty()) {
            naturalW = DEFAULT_EMBED_WIDTH;
            naturalH = DEFAULT_EMBED_HEIGHT;
        } else {
            naturalW = DEFAULT_IMAGE;
            naturalH = DEFAULT_IMAGE;
        }
        Length cssW = s.width();
        Length cssH = s.height();
        int w;
        int h;
        boolean hasW = !cssW.isAuto();
        boolean hasH = !cssH.isAuto() && cssH.unit() == Length.Unit.PX;
        if (hasW && hasH) {
            w = cssW.resolve(cbWidth, naturalW);
            h = cssH.resolve(0, naturalH);
        } else if (hasW) {
            w = cssW.resolve(cbWidth, naturalW);
            h = (int) Math.round((double) w * naturalH / naturalW);
        } else if (hasH) {
            h = cssH.resolve(0, naturalH);
            w = (int) Math.round((double) h * naturalW / naturalH);
        } else {
            w = naturalW;
            h = naturalH;
        }
        if (!s.maxWidth().isAuto()) {
            int max = s.maxWidth().resolve(cbWidth, w);
            if (w > max && max >= 0) {
                if (!hasH) h = (int) Math.round((double) h * max / Math.max(1, w));
                w = max;
            }
        }
        w = Math.max(0, Math.min(w, 100_000));
        h = Math.max(0, Math.min(h, 100_000));
        box.width = w + box.border.horizontal();
        box.height = h + box.border.vertical();
    }
}
