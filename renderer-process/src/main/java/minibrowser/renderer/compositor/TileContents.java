package minibrowser.renderer.compositor;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.paint.DisplayItem;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawImage;

/**
 * One version of what the page draws, the display list and the images decoded so far,
 * indexed so the compositor can ask cheaply "what does this tile show?".
 *
 * <p>The answer, {@link #of(Rect)}, lists the items whose bounds touch the tile, in paint
 * order, and for each image item the decoded image (or none yet). Rasterizers skip the
 * items outside a tile, so two tiles with equal answers raster to equal pixels: that is
 * how the compositor knows a tile it already has is still good after a new layout.
 *
 * <p>Immutable once built.
 */
public final class TileContents {
    /** The height of an index bucket: the tile size, so a tile touches at most two buckets. */
    private static final int BUCKET = TileCache.TILE;

    static final TileContents EMPTY = new TileContents(DisplayList.EMPTY, Map.of());

    private final DisplayList list;
    private final Map<String, BufferedImage> images;
    /** Bucket number (page y / 256) -> indexes of the items touching it, ascending. */
    private final Map<Integer, List<Integer>> buckets = new HashMap<>();

    /** The page's display list with the images decoded so far, by URL. */
    public TileContents(DisplayList list, Map<String, BufferedImage> images) {
        this.list = list;
        this.images = Map.copyOf(images);
        List<DisplayItem> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            Rect bounds = items.get(i).bounds();
            if (bounds.width() <= 0 || bounds.height() <= 0) continue;
            int first = Math.floorDiv(bounds.y(), BUCKET);
            int last = Math.floorDiv(bounds.bottom() - 1, BUCKET);
            for (int b = first; b <= last; b++) buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
        }
    }

    DisplayList list() { return list; }

    Map<String, BufferedImage> images() { return images; }

    /**
     * What a tile covering {@code area} shows: the items touching it in paint order, each
     * image item followed by its decoded image (compared by identity) or a marker that
     * it has none yet. Equal answers mean equal pixels.
     */
    List<Object> of(Rect area) {
        TreeSet<Integer> touching = new TreeSet<>();
        int first = Math.floorDiv(area.y(), BUCKET);
        int last = Math.floorDiv(area.bottom() - 1, BUCKET);
        for (int b = first; b <= last; b++) {
            for (int i : buckets.getOrDefault(b, List.of())) {
                if (list.items().get(i).bounds().intersects(area)) touching.add(i);
            }
        }
        List<Object> shown = new ArrayList<>(touching.size());
        for (int i : touching) {
            DisplayItem item = list.items().get(i);
            shown.add(item);
            if (item instanceof DrawImage image) shown.add(new Decoded(images.get(image.url())));
        }
        return shown;
    }

    /** An image item's pixels as the tile was rastered with them: null while not decoded. */
    private record Decoded(BufferedImage image) {
        @Override public boolean equals(Object other) {
            return other instanceof Decoded that && that.image == image;
        }

        @Override public int hashCode() {
            return System.identityHashCode(image);
        }
    }
}
