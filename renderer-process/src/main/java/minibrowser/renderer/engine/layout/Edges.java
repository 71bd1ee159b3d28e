package minibrowser.renderer.engine.layout;

/**
 * Widths of the four sides of a margin, border or padding, in px (CSS 2.1 section 8.1).
 */
public record Edges(int top, int right, int bottom, int left) {

    /** No width on any side. */
    public static final Edges ZERO = new Edges(0, 0, 0, 0);

    /** left + right. */
    public int horizontal() { return left + right; }

    /** top + bottom. */
    public int vertical() { return top + bottom; }
}
