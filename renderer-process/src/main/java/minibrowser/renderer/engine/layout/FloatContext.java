package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.Rect;

/**
 * The floats placed so far in one block formatting context (CSS 2.1 section 9.5), in
 * page coordinates. Line boxes ask it how much room is left beside the floats, and
 * {@code clear} asks it how far down to go.
 */
final class FloatContext {

    private record Placed(Rect marginBox, boolean left) {}

    private final List<Placed> floats = new ArrayList<>();

    /** Records a float's margin box. */
    void add(Rect marginBox, boolean left) {
        floats.add(new Placed(marginBox, left));
    }

    boolean isEmpty() {
        return floats.isEmpty();
    }

    /** The leftmost x free of left floats in the band [y, y + height), at least {@code min}. */
    int leftEdge(int y, int height, int min) {
        int edge = min;
        for (Placed f : floats) {
            if (f.left && overlaps(f.marginBox, y, height)) edge = Math.max(edge, f.marginBox.right());
        }
        return edge;
    }

    /** The rightmost x free of right floats in the band [y, y + height), at most {@code max}. */
    int rightEdge(int y, int height, int max) {
        int edge = max;
        for (Placed f : floats) {
            if (!f.left && overlaps(f.marginBox, y, height)) edge = Math.min(edge, f.marginBox.x());
        }
        return edge;
    }

    /** The lowest bottom among floats on the given side(s); {@code Integer.MIN_VALUE} if none. */
    int bottom(boolean left, boolean right) {
        int bottom = Integer.MIN_VALUE;
        for (Placed f : floats) {
            if ((f.left && left) || (!f.left && right)) bottom = Math.max(bottom, f.marginBox.bottom());
        }
        return bottom;
    }

    /** The top of the float placed last ({@code Integer.MIN_VALUE} if none): later floats start no higher. */
    int lastTop() {
        return floats.isEmpty() ? Integer.MIN_VALUE : floats.get(floats.size() - 1).marginBox.y();
    }

    /** The next y below {@code y} where some float ends (to retry placing something wider). */
    int nextBottomBelow(int y) {
        int next = Integer.MAX_VALUE;
        for (Placed f : floats) {
            if (f.marginBox.bottom() > y) next = Math.min(next, f.marginBox.bottom());
        }
        return next;
    }

    private static boolean overlaps(Rect r, int y, int height) {
        return r.y() < y + Math.max(1, height) && y < r.bottom();
    }
}
