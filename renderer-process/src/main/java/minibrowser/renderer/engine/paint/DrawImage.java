package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;

/**
 * Draws an image scaled into a rectangle. The pixels are not here: the rasterizer looks
 * the URL up among the images decoded so far, and draws the alt text in a grey box
 * while the image is missing.
 *
 * @param rect    where, in page coordinates (the content box of the {@code <img>})
 * @param url     the absolute URL of the image ("" if none)
 * @param altText what to show instead
 */
public record DrawImage(Rect rect, String url, String altText) implements DisplayItem {

    /**
     * The URL of the broken-image icon, which the rasterizers draw themselves (a torn
     * picture, as Chromium shows before the alt text of an image that failed); it is
     * never fetched.
     */
    public static final String BROKEN_IMAGE_ICON = "about:broken-image-icon";

    @Override
    public Rect bounds() { return rect; }

    /** Prints like {@code image (8,8 100x100) "http://a/b.png" alt="logo"}. */
    @Override
    public String toString() {
        return "image " + rect + " \"" + url + "\" alt=\"" + altText + "\"";
    }
}
