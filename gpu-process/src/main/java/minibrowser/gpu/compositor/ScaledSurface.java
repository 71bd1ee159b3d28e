package minibrowser.gpu.compositor;

/**
 * A surface of ARGB pixels seen at another size. Shrinking averages the source
 * pixels each target pixel covers (a box filter), so thin lines fade rather than
 * vanish; growing repeats the nearest pixel.
 *
 * <p>Pixels are computed when asked for, so a caller that shows only part of a
 * huge target (a surface mostly scrolled out of view) pays only for that part.
 */
final class ScaledSurface {

    private final int[] argb;
    private final int width;
    private final int height;
    private final int targetWidth;
    private final int targetHeight;

    /**
     * @param argb the source pixels, row-major, alpha ignored
     * @param width the source width
     * @param height the source height
     * @param targetWidth the width to see it at
     * @param targetHeight the height to see it at
     * @throws IllegalArgumentException if {@code argb} holds fewer than width*height pixels
     *     or a size is not positive
     */
    ScaledSurface(int[] argb, int width, int height, int targetWidth, int targetHeight) {
        if (width <= 0 || height <= 0 || targetWidth <= 0 || targetHeight <= 0
                || (long) width * height > argb.length) {
            throw new IllegalArgumentException("cannot scale " + width + "x" + height + " ("
                    + argb.length + " pixels) to " + targetWidth + "x" + targetHeight);
        }
        this.argb = argb;
        this.width = width;
        this.height = height;
        this.targetWidth = targetWidth;
        this.targetHeight = targetHeight;
    }

    /** The opaque colour 0xFFRRGGBB of target pixel (x, y). */
    int pixel(int x, int y) {
        int x0 = (int) ((long) x * width / targetWidth);
        int x1 = Math.max(x0 + 1, (int) ((long) (x + 1) * width / targetWidth));
        int y0 = (int) ((long) y * height / targetHeight);
        int y1 = Math.max(y0 + 1, (int) ((long) (y + 1) * height / targetHeight));
        return average(x0, y0, x1, y1);
    }

    /** The mean colour of the source pixels in [x0, x1) x [y0, y1). */
    private int average(int x0, int y0, int x1, int y1) {
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int pixel = argb[y * width + x];
                red += (pixel >> 16) & 0xFF;
                green += (pixel >> 8) & 0xFF;
                blue += pixel & 0xFF;
            }
        }
        long count = (long) (x1 - x0) * (y1 - y0);
        return 0xFF000000 | (int) (red / count) << 16 | (int) (green / count) << 8 | (int) (blue / count);
    }
}
