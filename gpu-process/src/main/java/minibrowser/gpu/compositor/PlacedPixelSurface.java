package minibrowser.gpu.compositor;

import java.util.Objects;

/**
 * A plugin surface placed on a page of pixels: the pixels a plugin instance last
 * presented, and where in the page they go. The pixel-device twin of
 * {@link PlacedSurface}.
 *
 * <p>The pixels come from the plugin process, which the gpu does not trust: if
 * {@code argb} is shorter than {@code width * height} the surface is drawn as a
 * placeholder instead.
 *
 * @param rect where the surface goes, in page pixels; it is scaled to fit
 * @param argb the surface's pixels, row-major, {@code 0xAARRGGBB} (alpha ignored),
 *     or null when there are none to show (the plugin crashed, nothing presented yet)
 * @param width the surface's width in pixels
 * @param height the surface's height in pixels
 * @param placeholderTextOrNull the text shown in a grey box instead of the pixels when
 *     {@code argb} is null, such as "plugin crashed"; null for an empty grey box
 */
public record PlacedPixelSurface(PixelRect rect, int[] argb, int width, int height, String placeholderTextOrNull) {

    /** @throws NullPointerException if {@code rect} is null */
    public PlacedPixelSurface {
        Objects.requireNonNull(rect, "rect");
    }

    /**
     * A surface at the rectangle of {@code rectWidth} x {@code rectHeight} page pixels
     * whose top-left pixel is ({@code x}, {@code y}). The rectangle comes from a
     * renderer's frame, so a negative size is taken as empty rather than refused.
     */
    public PlacedPixelSurface(int x, int y, int rectWidth, int rectHeight,
                              int[] argb, int width, int height, String placeholderTextOrNull) {
        this(new PixelRect(x, y, Math.max(0, rectWidth), Math.max(0, rectHeight)), argb, width, height,
                placeholderTextOrNull);
    }

    /** True when the pixels are present and as many as the size says. */
    public boolean hasPixels() {
        return argb != null && width > 0 && height > 0 && (long) width * height <= argb.length;
    }
}
