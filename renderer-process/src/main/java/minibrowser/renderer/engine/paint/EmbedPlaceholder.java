package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;

/**
 * The place of an embed: rasterizers leave a neutral box here, and the gpu process
 * composites the plugin's own surface on top of it.
 *
 * @param rect where, in page coordinates
 */
public record EmbedPlaceholder(Rect rect) implements DisplayItem {
    @Override
    public Rect bounds() { return rect; }

    /** Prints like {@code embed (8,8 300x150)}. */
    @Override
    public String toString() {
        return "embed " + rect;
    }
}
