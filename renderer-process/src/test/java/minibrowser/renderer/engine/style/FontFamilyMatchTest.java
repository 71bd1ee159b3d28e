package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import minibrowser.renderer.engine.TextStyle.Family;
import org.junit.jupiter.api.Test;

/** Font-family lists resolve as Debian's Chromium resolves them (FontFamilyMatch's table). */
class FontFamilyMatchTest {

    @Test
    void genericsGoWhereChromiumsSettingsSendThem() {
        assertEquals(Family.SERIF, FontFamilyMatch.of("serif"));
        assertEquals(Family.SANS_SERIF, FontFamilyMatch.of("sans-serif"));
        assertEquals(Family.MONOSPACE, FontFamilyMatch.of("monospace"));
        assertEquals(Family.DEJAVU_SANS, FontFamilyMatch.of("system-ui"));
    }

    @Test
    void metricCompatibleNamesDrawInLiberation() {
        assertEquals(Family.SANS_SERIF, FontFamilyMatch.of("Arial"));
        assertEquals(Family.SANS_SERIF, FontFamilyMatch.of("'Helvetica'"));
        assertEquals(Family.SERIF, FontFamilyMatch.of("\"Times New Roman\""));
        assertEquals(Family.COURIER, FontFamilyMatch.of("Courier New, monospace"));
    }

    @Test
    void uninstalledNamesAreSkippedNotGuessed() {
        assertEquals(Family.SANS_SERIF, FontFamilyMatch.of("Georgia, Verdana, Roboto, sans-serif"));
        assertEquals(Family.MONOSPACE, FontFamilyMatch.of("Consolas, 'Lucida Console', monospace"));
        assertEquals(Family.DEJAVU_SANS, FontFamilyMatch.of("'DejaVu Sans', Arial, Helvetica, sans-serif"));
    }

    @Test
    void aListWhereNothingMatchesDrawsInTheDefaultSerif() {
        assertEquals(Family.SERIF, FontFamilyMatch.of("Verdana"));
        assertEquals(Family.SERIF, FontFamilyMatch.of("-apple-system, BlinkMacSystemFont, 'Segoe UI'"));
        assertEquals(Family.SERIF, FontFamilyMatch.of(""));
    }
}
