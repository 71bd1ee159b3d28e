package minibrowser.gpu.compositor;

/**
 * A plugin surface placed on a terminal page: the pixels a plugin instance last
 * presented, and where in the page they go.
 *
 * <p>The pixels come from the plugin process, which the gpu does not trust: if
 * {@code argb} is shorter than {@code width * height} the surface is drawn as a
 * placeholder instead.
 *
 * @param cellRect where the surface goes, in cells relative to the page area's top-left cell
 * @param argb the surface's pixels, row-major, {@code 0xAARRGGBB} (alpha ignored),
 *     or null when there are none to show (the plugin crashed, nothing presented yet)
 * @param width the surface's width in pixels
 * @param height the surface's height in pixels
 * @param placeholderTextOrNull the text shown in a grey box instead of the pixels when
 *     {@code argb} is null, such as "plugin crashed"; null for an empty grey box
 */
public record PlacedSurface(CellRect cellRect, int[] argb, int width, int height, String placeholderTextOrNull) {

    /** @throws NullPointerException if {@code cellRect} is null */
    public PlacedSurface {
        java.util.Objects.requireNonNull(cellRect, "cellRect");
    }

    /**
     * A surface at the rectangle of {@code columns} x {@code rows} cells whose top-left
     * cell is ({@code column}, {@code row}) of the page area. The rectangle comes from a
     * renderer's frame, so a negative size is taken as empty rather than refused.
     */
    public PlacedSurface(int column, int row, int columns, int rows,
                         int[] argb, int width, int height, String placeholderTextOrNull) {
        this(new CellRect(column, row, Math.max(0, columns), Math.max(0, rows)), argb, width, height,
                placeholderTextOrNull);
    }

    /** True when the pixels are present and as many as the size says. */
    public boolean hasPixels() {
        return argb != null && width > 0 && height > 0 && (long) width * height <= argb.length;
    }
}
