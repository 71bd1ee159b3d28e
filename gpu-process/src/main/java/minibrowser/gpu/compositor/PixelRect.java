package minibrowser.gpu.compositor;

/**
 * A rectangle of pixels: {@code width} x {@code height} with its top-left pixel at
 * ({@code x}, {@code y}).
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, never negative
 * @param height the height, never negative
 */
public record PixelRect(int x, int y, int width, int height) {

    /** @throws IllegalArgumentException if the width or height is negative */
    public PixelRect {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative pixel rect size " + width + "x" + height);
        }
    }

    /** True when the rectangle holds no pixel. */
    public boolean isEmpty() {
        return width == 0 || height == 0;
    }
}
