package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.style.CssColor;

/**
 * Fills a rectangle with a colour (a background).
 *
 * @param rect where, in page coordinates
 * @param argb the colour, 0xAARRGGBB (alpha blends over what is below)
 */
public record FillRect(Rect rect, int argb) implements DisplayItem {
    @Override
    public Rect bounds() { return rect; }

    /** Prints like {@code rect (0,0 800x600) #ffffff}. */
    @Override
    public String toString() {
        return "rect " + rect + " " + CssColor.format(argb);
    }
}
