package minibrowser.gpu;

import java.nio.IntBuffer;
import java.util.List;
import minibrowser.common.frame.CellGrid;
import minibrowser.proto.EmbeddedSurface;

/**
 * The latest complete frame of one frame sink: either cells (terminal device) or ARGB
 * pixels, and the page scroll offset it shows (CSS px; 0 for plugin surfaces).
 *
 * <p>A tab's ARGB pixels are not copied: {@code argb} is a view of the renderer's slot
 * in shared memory, which the renderer does not write again until the gpu has accepted
 * a later frame (the renderer's {@code FrameSlots}), as Chromium's display compositor
 * reads a software frame from the renderer's shared memory. Cells and plugin surfaces
 * are small and are copied out when they arrive.
 *
 * @param viewOf the shared buffer {@code argb} is a view of, which must stay mapped while
 *               this surface is shown; 0 when the pixels were copied out
 */
record Surface(long sequence, int width, int height, CellGrid cells, IntBuffer argb, List<EmbeddedSurface> embeds,
               int scrollY, int viewOf) {
    boolean isCells() {
        return cells != null;
    }

    /** The ARGB pixels as an array (the array itself when they were copied out, else a copy); null for cells. */
    int[] argbArray() {
        if (argb == null) return null;
        if (argb.hasArray() && argb.arrayOffset() == 0 && argb.array().length == argb.capacity()) return argb.array();
        int[] copy = new int[argb.capacity()];
        argb.duplicate().clear().get(copy);
        return copy;
    }
}
