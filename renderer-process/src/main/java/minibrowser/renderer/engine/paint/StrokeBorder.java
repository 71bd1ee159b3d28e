package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.style.CssColor;

/**
 * Draws a box's border: four solid bands inside {@code rect} (the border box), each as
 * wide as its side's border width.
 *
 * @param rect   the border box, in page coordinates
 * @param top    top border width in px
 * @param right  right border width in px
 * @param bottom bottom border width in px
 * @param left   left border width in px
 * @param argb   the colour, 0xAARRGGBB
 */
public record StrokeBorder(Rect rect, int top, int right, int bottom, int left, int argb) implements DisplayItem {
    @Override
    public Rect bounds() { return rect; }

    /** Prints like {@code border (8,8 100x20) 1,1,1,1 #000000}. */
    @Override
    public String toString() {
        return "border " + rect + " " + top + "," + right + "," + bottom + "," + left + " " + CssColor.format(argb);
    }
}
