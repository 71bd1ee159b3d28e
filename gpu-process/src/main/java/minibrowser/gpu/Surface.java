package minibrowser.gpu;

import java.util.List;
import minibrowser.common.frame.CellGrid;
import minibrowser.proto.EmbeddedSurface;

/**
 * The latest complete frame of one frame sink, copied out of shared memory: either
 * cells (terminal device) or ARGB pixels, and the page scroll offset it shows (CSS px;
 * 0 for plugin surfaces). Immutable once made.
 */
record Surface(long sequence, int width, int height, CellGrid cells, int[] argb, List<EmbeddedSurface> embeds,
               int scrollY) {
    boolean isCells() {
        return cells != null;
    }
}
