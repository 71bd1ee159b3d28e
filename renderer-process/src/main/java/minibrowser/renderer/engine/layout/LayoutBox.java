package minibrowser.renderer.engine.layout;

import java.util.ArrayList;
import java.util.List;
import minibrowser.renderer.engine.Rect;

/**
 * A box of the layout tree: a rectangle in page coordinates (its border box) and its
 * child boxes. Subclasses say what they are ({@link #label()}), and every box prints
 * itself as one line of the indented layout tree, e.g. {@code block <p> (8,16 784x19)}.
 *
 * <p>Mutable while layout runs; treated as read-only by paint and hit testing after.
 */
public abstract class LayoutBox {

    /** Border-box left edge, in page px. */
    protected int x;
    /** Border-box top edge, in page px. */
    protected int y;
    /** Border-box width, in px. */
    protected int width;
    /** Border-box height, in px. */
    protected int height;
    /** Child boxes in paint order. */
    protected final List<LayoutBox> children = new ArrayList<>();

    /** The border box in page coordinates. */
    public Rect rect() {
        return new Rect(x, y, width, height);
    }

    /** Left edge of the border box, page px. */
    public int x() { return x; }
    /** Top edge of the border box, page px. */
    public int y() { return y; }
    /** Width of the border box, px. */
    public int width() { return width; }
    /** Height of the border box, px. */
    public int height() { return height; }

    /** The child boxes (blocks, lines, fragments...), in paint order. */
    public List<LayoutBox> children() {
        return children;
    }

    /** Moves this box and everything inside it by (dx, dy). */
    public void translate(int dx, int dy) {
        if (dx == 0 && dy == 0) return;
        List<LayoutBox> stack = new ArrayList<>();
        stack.add(this);
        while (!stack.isEmpty()) {
            LayoutBox box = stack.remove(stack.size() - 1);
            box.x += dx;
            box.y += dy;
            box.afterTranslate(dx, dy);
            stack.addAll(box.children);
        }
    }

    /** Hook for boxes that keep other coordinates (a text baseline). */
    protected void afterTranslate(int dx, int dy) {}

    /** What this box is, for the layout tree: e.g. {@code block <p>} or {@code text "Hello"}. */
    public abstract String label();

    /** Printed trees stop after about this many characters (a hostile page can have a million boxes). */
    public static final int MAX_TREE_TEXT = 2_000_000;

    /** This box and its descendants as an indented tree, one box per line (cut off after {@link #MAX_TREE_TEXT}). */
    public String treeText() {
        StringBuilder out = new StringBuilder();
        List<LayoutBox> stack = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        stack.add(this);
        depths.add(0);
        while (!stack.isEmpty()) {
            LayoutBox box = stack.remove(stack.size() - 1);
            int depth = depths.remove(depths.size() - 1);
            if (out.length() > MAX_TREE_TEXT) {
                out.append("...\n");
                break;
            }
            out.append("  ".repeat(Math.min(depth, 100))).append(box.label()).append(' ').append(box.rect()).append('\n');
            for (int i = box.children.size() - 1; i >= 0; i--) {
                stack.add(box.children.get(i));
                depths.add(depth + 1);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return label() + " " + rect();
    }
}
