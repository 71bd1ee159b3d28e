package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;

/**
 * Starts clipping: until the matching {@link PopClip}, items draw only inside
 * {@code rect} (and inside any clip already in force). Painted for a box with
 * {@code overflow: hidden}, around its content. Clips nest like parentheses;
 * rasterizers must never skip a clip item, whatever its bounds.
 *
 * @param rect the clip, in page coordinates (the box's padding box)
 */
public record PushClip(Rect rect) implements DisplayItem {
    @Override
    public Rect bounds() { return rect; }

    /** Prints like {@code clip (8,8 100x50)}. */
    @Override
    public String toString() {
        return "clip " + rect;
    }
}
