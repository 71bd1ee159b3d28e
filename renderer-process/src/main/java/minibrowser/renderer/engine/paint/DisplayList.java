package minibrowser.renderer.engine.paint;

import java.util.List;

/**
 * What to draw for one page, back to front: the output of paint and the only input of
 * raster. Immutable, so the renderer's main thread can hand it to the compositor and
 * raster threads without copying or locking.
 *
 * @param items the drawing commands in paint order
 */
public record DisplayList(List<DisplayItem> items) {

    /** An empty list (a blank page). */
    public static final DisplayList EMPTY = new DisplayList(List.of());

    public DisplayList {
        items = List.copyOf(items);
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    /** One item per line, in paint order. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (DisplayItem item : items) out.append(item).append('\n');
        return out.toString();
    }
}
