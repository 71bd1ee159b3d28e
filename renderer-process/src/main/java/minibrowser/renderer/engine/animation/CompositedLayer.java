package minibrowser.renderer.engine.animation;

import java.util.List;
import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.paint.DisplayList;

/**
 * An element promoted to a layer of its own because a compositor animation runs on it
 * (as Chromium promotes an element with an active transform or opacity animation): its
 * subtree's display list, painted apart from the page's, and its animation curves. The
 * compositor rasters the layer into its own tiles once and, at every frame, draws them
 * over the page at the animated offset, scale and opacity; main is not involved.
 *
 * <p>Layers are drawn over the whole page, in paint order, whatever was painted after
 * the element (a simplification of stacking: the layer is the topmost stacking context).
 *
 * @param id          the layer's number in its page, in paint order
 * @param displayList what the element and its subtree draw, in page coordinates, untransformed
 * @param box         the element's border box, page coordinates (the centre is the scale's origin)
 * @param bounds      the area its display list covers, page coordinates
 * @param baseTransform the element's own transform (percentages resolved), shown when no transform animation applies
 * @param baseOpacity the element's own opacity, shown when no opacity animation applies
 * @param animations  its curves, in the order they were declared (a later one wins for the same property)
 */
public record CompositedLayer(int id, DisplayList displayList, Rect box, Rect bounds, Transform baseTransform,
                              double baseOpacity, List<LayerAnimation> animations) {

    public CompositedLayer {
        animations = List.copyOf(animations);
    }

    /** The layer's transform at {@code nowNanos}: the last animation of transform in effect, else its own. */
    public Transform transformAt(long nowNanos) {
        Transform out = baseTransform;
        for (LayerAnimation a : animations) {
            if (!a.animatesTransform()) continue;
            Transform t = a.transformAt(nowNanos);
            if (t != null) out = t;
        }
        return out;
    }

    /** The layer's opacity at {@code nowNanos}: the last animation of opacity in effect, else its own. */
    public double opacityAt(long nowNanos) {
        double out = baseOpacity;
        for (LayerAnimation a : animations) {
            if (a.animatesTransform()) continue;
            double o = a.opacityAt(nowNanos);
            if (!Double.isNaN(o)) out = o;
        }
        return out;
    }

    /** Whether some animation of the layer still needs frames at {@code nowNanos}. */
    public boolean animatingAt(long nowNanos) {
        for (LayerAnimation a : animations) {
            if (a.runningAt(nowNanos)) return true;
        }
        return false;
    }
}
