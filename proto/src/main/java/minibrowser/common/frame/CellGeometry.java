package minibrowser.common.frame;

/**
 * The size of one terminal cell in CSS pixels: 8 wide, 16 tall. The renderer lays a
 * terminal page out on this grid ({@code CellDevice}) and rasters it into cells, the
 * browser turns terminal columns and rows into a viewport in CSS pixels and mouse
 * cells back into points, and the gpu draws a cell as 8 x 16 pixels in a screenshot.
 * All of them read it here, so a frame of {@code FRAME_FORMAT_CELLS} means the same
 * page area to each.
 */
public final class CellGeometry {
    /** One terminal column, in CSS pixels. */
    public static final int CELL_WIDTH = 8;
    /** One terminal row, in CSS pixels. */
    public static final int CELL_HEIGHT = 16;
    /** The pixels of one cell when it is drawn as an image (a screenshot of a terminal tab). */
    public static final int PIXELS_PER_CELL = CELL_WIDTH * CELL_HEIGHT;

    private CellGeometry() {}

    /** Whole columns in a width of CSS pixels (a partial column is left out). */
    public static int columnsIn(int widthPx) {
        return widthPx / CELL_WIDTH;
    }

    /** Whole rows in a height of CSS pixels (a partial row is left out). */
    public static int rowsIn(int heightPx) {
        return heightPx / CELL_HEIGHT;
    }
}
