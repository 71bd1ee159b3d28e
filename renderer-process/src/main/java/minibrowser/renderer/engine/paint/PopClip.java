package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;

/** Ends the clip the last unmatched {@link PushClip} started. */
public record PopClip() implements DisplayItem {

    /** Has no area of its own; rasterizers must never skip it. */
    @Override
    public Rect bounds() { return new Rect(0, 0, 0, 0); }

    @Override
    public String toString() {
        return "end clip";
    }
}
