package minibrowser.renderer.engine.paint;

import minibrowser.renderer.engine.Rect;
import minibrowser.renderer.engine.TextStyle;
import minibrowser.renderer.engine.style.CssColor;

/**
 * Draws a run of text in one style, its baseline at {@code baselineY}.
 *
 * @param x         left edge of the text, page px
 * @param baselineY baseline, page px
 * @param text      what to draw
 * @param style     the font
 * @param argb      the colour, 0xAARRGGBB
 * @param underline whether to underline it (links)
 */
public record DrawText(int x, int baselineY, String text, TextStyle style, int argb, boolean underline)
        implements DisplayItem {

    /** An estimate: from one font size above the baseline to half of one below; width from 2 em per char. */
    @Override
    public Rect bounds() {
        int size = style.size();
        long width = (long) text.length() * size * 2;
        return new Rect(x, baselineY - size - 2, (int) Math.min(Integer.MAX_VALUE / 2, width), size * 2 + 4);
    }

    /** Prints like {@code text (10,28) "Hello" 16px bold #000000 underline}. */
    @Override
    public String toString() {
        String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return "text (" + x + "," + baselineY + ") \"" + shown.replace("\n", "\\n") + "\" " + style + " "
                + CssColor.format(argb) + (underline ? " underline" : "");
    }
}
