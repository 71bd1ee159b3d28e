package minibrowser.renderer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import minibrowser.renderer.engine.paint.DisplayList;
import minibrowser.renderer.engine.paint.DrawText;
import minibrowser.renderer.engine.raster.PixelRaster;
import org.junit.jupiter.api.Test;

/**
 * The bundled fonts and glyph-by-glyph fallback: Hangul gets real glyphs from the
 * bundled Nanum Gothic whatever fonts the machine has, Latin comes from Liberation.
 */
class FontChainTest {

    private static final TextStyle SANS_20 = new TextStyle(TextStyle.Family.SANS_SERIF, 20, false, false);

    @Test
    void latinUsesTheBundledFaceAndHangulFallsBackToTheBundledKoreanFace() {
        List<FontChain.Run> runs = FontChain.of(SANS_20).runs("Hello 한국어 text");
        assertEquals(3, runs.size(), runs.toString());
        assertEquals("Hello ", runs.get(0).text());
        assertTrue(runs.get(0).font().getFontName().startsWith("Liberation Sans"), runs.get(0).font().getFontName());
        assertEquals("한국어", runs.get(1).text());
        assertTrue(runs.get(1).font().getFontName().startsWith("NanumGothic"), runs.get(1).font().getFontName());
        assertEquals(" text", runs.get(2).text());
    }

    @Test
    void everyFamilyHasItsOwnBundledFace() {
        java.util.Map<TextStyle.Family, String> faces = java.util.Map.of(
                TextStyle.Family.SERIF, "Liberation Serif", TextStyle.Family.SANS_SERIF, "Liberation Sans",
                TextStyle.Family.MONOSPACE, "DejaVu Sans Mono", TextStyle.Family.COURIER, "Liberation Mono",
                TextStyle.Family.DEJAVU_SANS, "DejaVu Sans", TextStyle.Family.DEJAVU_SERIF, "DejaVu Serif");
        for (TextStyle.Family family : TextStyle.Family.values()) {
            for (int style = 0; style < 4; style++) {
                String name = AwtFonts.of(new TextStyle(family, 16, (style & 1) != 0, (style & 2) != 0)).getFontName();
                assertTrue(name.startsWith(faces.get(family)), family + " " + style + " drew in " + name);
            }
        }
    }

    @Test
    void measuringAddsUpTheRuns() {
        Device device = Device.pixels();
        int whole = device.textWidth("ab한", SANS_20);
        assertTrue(whole > device.textWidth("ab", SANS_20));
        // A Hangul syllable is about one em wide in Nanum Gothic.
        int syllable = device.textWidth("한", SANS_20);
        assertTrue(syllable >= 15 && syllable <= 22, "width " + syllable);
    }

    /**
     * A screenshot of a Hangul line has glyphs, not "missing glyph" boxes: every
     * syllable draws differently, and none looks like what a private-use character
     * (which no font has) draws.
     */
    @Test
    void hangulScreenshotHasDistinctGlyphsNotBoxes() {
        String[] syllables = {"한", "국", "어", "글", "자"};
        Set<String> shapes = new HashSet<>();
        String box = shape("\uE000");
        for (String s : syllables) {
            String shape = shape(s);
            assertTrue(shape.contains("#"), "nothing drawn for " + s);
            assertNotEquals(box, shape, s + " drew as the missing-glyph box");
            shapes.add(shape);
        }
        assertEquals(syllables.length, shapes.size(), "some syllables drew the same shape");
    }

    /** The character drawn alone, as rows of '#' (dark) and '.' pixels. */
    private static String shape(String character) {
        int w = 32;
        int h = 32;
        int[] pixels = new int[w * h];
        DisplayList list = new DisplayList(List.of(new DrawText(4, 24, character, SANS_20, 0xFF000000, false)));
        new PixelRaster().raster(list, 0, 0, w, h, pixels, Map.of());
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) out.append((pixels[y * w + x] & 0xFF) < 128 ? '#' : '.');
            out.append('\n');
        }
        return out.toString();
    }

    @Test
    void cyrillicAndGreekComeFromTheLatinFace() {
        List<FontChain.Run> runs = FontChain.of(SANS_20).runs("Привет αβγ");
        assertEquals(1, runs.size());
        assertTrue(Arrays.stream(new String[]{"Liberation"}).allMatch(n -> runs.get(0).font().getFontName().startsWith(n)));
    }
}
