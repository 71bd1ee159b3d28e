package minibrowser.renderer.compositor;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import minibrowser.common.frame.CellGrid;
import minibrowser.proto.EmbeddedSurface;
import minibrowser.proto.Rect;
import minibrowser.renderer.engine.EmbedArea;

/**
 * Where the page's things land in a frame: pure arithmetic from CSS pixels of the page to
 * the frame's coordinates, which are pixels on the pixel device and cells (8 x 16 px) on
 * the terminal device, after scrolling.
 */
final class FrameGeometry {
    private FrameGeometry() {}

    /** Bytes of one frame of a viewport this size (CSS px): cells on the terminal device, else ARGB pixels. */
    static long frameBytes(boolean cells, int width, int height) {
        return cells ? CellGrid.byteSize(width / CELL_WIDTH, height / CELL_HEIGHT) : (long) width * height * 4;
    }

    /** An embed's place in frame coordinates at scroll offset {@code scrollY}. */
    static EmbeddedSurface embedInFrame(boolean cells, int scrollY, int instance, EmbedArea embed) {
        var r = embed.rect();
        Rect.Builder rect = cells
                ? Rect.newBuilder().setX(r.x() / CELL_WIDTH).setY(Math.floorDiv(r.y() - scrollY, CELL_HEIGHT))
                        .setWidth(Math.max(1, (r.width() + CELL_WIDTH - 1) / CELL_WIDTH))
                        .setHeight(Math.max(1, (r.height() + CELL_HEIGHT - 1) / CELL_HEIGHT))
                : Rect.newBuilder().setX(r.x()).setY(r.y() - scrollY).setWidth(r.width()).setHeight(r.height());
        return EmbeddedSurface.newBuilder().setPluginInstanceId(instance).setRect(rect).build();
    }

    /** A span's cells in the frame of this viewport and scroll offset, cut to it; null when none is on screen. */
    static Rect onScreen(PageSearch.CellSpan span, int viewportWidth, int viewportHeight, int scrollY) {
        int columns = viewportWidth / CELL_WIDTH;
        int rows = viewportHeight / CELL_HEIGHT;
        int top = Math.max(0, span.rowAt(scrollY));
        int bottom = Math.min(rows, span.rowAt(scrollY) + span.rowsAt(scrollY));
        int left = Math.max(0, span.column());
        int right = Math.min(columns, span.column() + span.width());
        if (top >= bottom || left >= right) return null;
        return Rect.newBuilder().setX(left).setY(top).setWidth(right - left).setHeight(bottom - top).build();
    }
}
