package minibrowser.renderer.engine;

/**
 * An axis-aligned rectangle in page coordinates (CSS pixels, origin at the top-left
 * of the page, y growing downwards). Width and height are never negative.
 */
public record Rect(int x, int y, int width, int height) {

    /** Clamps a negative size to zero, so every rectangle is well formed. */
    public Rect {
        width = Math.max(0, width);
        height = Math.max(0, height);
    }

    /** The x just past the right edge. */
    public int right() { return x + width; }

    /** The y just past the bottom edge. */
    public int bottom() { return y + height; }

    /** True if the point lies inside (left/top edges inclusive, right/bottom exclusive). */
    public boolean contains(int px, int py) {
        return px >= x && py >= y && px < x + width && py < y + height;
    }

    /** True if the two rectangles share at least one pixel. */
    public boolean intersects(Rect r) {
        return r.x < x + width && x < r.x + r.width && r.y < y + height && y < r.y + r.height;
    }

    /** This rectangle moved by (dx, dy). */
    public Rect translate(int dx, int dy) {
        return new Rect(x + dx, y + dy, width, height);
    }

    /** Prints as {@code (x,y wxh)}, the form used in layout trees and display lists. */
    @Override
    public String toString() {
        return "(" + x + "," + y + " " + width + "x" + height + ")";
    }
}
