package minibrowser.renderer.engine;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts that draw one {@link TextStyle}, in the order they are tried for each
 * character (font fallback glyph by glyph, as browsers do):
 *
 * <ol>
 *   <li>the bundled face of the style's family, Liberation or DejaVu (Latin, Greek, Cyrillic);</li>
 *   <li>the bundled Nanum Gothic face (Hangul, and the Hanja and kana of KS X 1001);</li>
 *   <li>the JDK's logical font "Dialog", which itself falls back over the machine's fonts
 *       (for scripts neither bundled face has, e.g. Thai or Devanagari).</li>
 * </ol>
 *
 * <p>{@link #runs} cuts a text into pieces that one font draws; the pixel device measures
 * those pieces and the pixel rasterizer draws them, so measuring and drawing agree.
 * Immutable and thread-safe.
 */
public final class FontChain {

    /** A piece of text drawn in one font. */
    public record Run(String text, Font font) {}

    private final Font[] fonts;

    /** The chain for {@code style}, at its size. */
    public static FontChain of(TextStyle style) {
        return new FontChain(style);
    }

    private FontChain(TextStyle style) {
        FontFaces faces = FontFaces.get();
        float size = style.size();
        Font primary = faces.latin(style.family(), style.bold(), style.italic()).deriveFont(size);
        int awtStyle = (style.bold() ? Font.BOLD : 0) | (style.italic() ? Font.ITALIC : 0);
        Font hangul = faces.hangul().deriveFont(awtStyle, size);
        Font system = new Font(Font.DIALOG, awtStyle, style.size());
        this.fonts = new Font[] {primary, hangul, system};
    }

    /** The first font of the chain (its metrics give the line's ascent and descent). */
    public Font primary() {
        return fonts[0];
    }

    /**
     * {@code text} cut into runs, each drawn by the first font of the chain that has a glyph
     * for all of its characters. Characters no font has stay with the primary font (which
     * draws its "missing glyph" box); invisible format characters and combining marks stay
     * with the run before them.
     */
    public List<Run> runs(String text) {
        if (fonts[0].canDisplayUpTo(text) == -1) return List.of(new Run(text, fonts[0]));
        List<Run> runs = new ArrayList<>();
        int start = 0;
        int current = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int chosen = CellWidths.isZeroWidth(cp) && current >= 0 ? current : fontFor(cp);
            if (current >= 0 && chosen != current) {
                runs.add(new Run(text.substring(start, i), fonts[current]));
                start = i;
            }
            current = chosen;
            i += Character.charCount(cp);
        }
        if (current >= 0) runs.add(new Run(text.substring(start), fonts[current]));
        return runs;
    }

    /** The advance width of {@code text}, in unrounded px, summed over its runs. */
    public double advance(String text, FontRenderContext context) {
        double width = 0;
        for (Run run : runs(text)) width += run.font().getStringBounds(run.text(), context).getWidth();
        return width;
    }

    private int fontFor(int cp) {
        for (int i = 0; i < fonts.length; i++) {
            if (fonts[i].canDisplay(cp)) return i;
        }
        return 0;
    }
}
