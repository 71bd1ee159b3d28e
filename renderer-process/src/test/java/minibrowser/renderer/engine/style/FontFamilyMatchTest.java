package minibrowser.renderer.engine.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import minibrowser.renderer.engine.TextStyle.Family;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Font-family lists resolve as Debian's Chromium resolves them (FontFamilyMatch's table):
 * generics through Chromium's settings, metric-compatible names to Liberation, names of
 * fonts that are not installed skipped, and the default serif when nothing matches.
 */
class FontFamilyMatchTest {

    @ParameterizedTest(name = "{0} draws in {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "serif | SERIF",
        "sans-serif | SANS_SERIF",
        "monospace | MONOSPACE",
        "system-ui | DEJAVU_SANS",
        "Arial | SANS_SERIF",
        "'Helvetica' | SANS_SERIF",
        "Times New Roman | SERIF",
        "Courier New, monospace | COURIER",
        "Georgia, Verdana, Roboto, sans-serif | SANS_SERIF",
        "Consolas, 'Lucida Console', monospace | MONOSPACE",
        "'DejaVu Sans', Arial, Helvetica, sans-serif | DEJAVU_SANS",
        "Verdana | SERIF",
        "-apple-system, BlinkMacSystemFont, 'Segoe UI' | SERIF",
    })
    void aListResolvesAsInChromium(String list, Family expected) {
        assertEquals(expected, FontFamilyMatch.of(list));
    }
}
