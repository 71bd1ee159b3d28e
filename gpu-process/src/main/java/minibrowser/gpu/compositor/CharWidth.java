package minibrowser.gpu.compositor;

/**
 * How many terminal columns a code point takes: 2 for East Asian wide and full-width
 * characters (Hangul, Kanji, full-width forms), 1 otherwise.
 *
 * <p>The ranges are the main blocks of Unicode's East Asian Width "W" and "F"
 * classes (UAX #11). They matter only for text the gpu writes itself (tab titles,
 * the address, the status line); page cells come from the renderer already laid out,
 * with {@link minibrowser.common.frame.CellGrid#CONTINUATION} marking right halves.
 */
public final class CharWidth {

    private CharWidth() {
    }

    /** The number of columns {@code codePoint} takes on a terminal: 1 or 2. */
    public static int columns(int codePoint) {
        return isWide(codePoint) ? 2 : 1;
    }

    /** True for the East Asian wide and full-width characters. */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)      // Hangul Jamo initial consonants
                || (cp >= 0x2E80 && cp <= 0x303E)  // CJK radicals .. CJK symbols and punctuation
                || (cp >= 0x3041 && cp <= 0x33FF)  // Hiragana .. CJK compatibility
                || (cp >= 0x3400 && cp <= 0x4DBF)  // CJK extension A
                || (cp >= 0x4E00 && cp <= 0x9FFF)  // CJK unified ideographs
                || (cp >= 0xA000 && cp <= 0xA4CF)  // Yi
                || (cp >= 0xAC00 && cp <= 0xD7A3)  // Hangul syllables
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFF60)  // full-width forms
                || (cp >= 0xFFE0 && cp <= 0xFFE6)  // full-width signs
                || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs and emoticons
                || (cp >= 0x1F900 && cp <= 0x1F9FF) // supplemental pictographs
                || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and beyond
    }

    /** The number of columns {@code text} takes. */
    public static int columns(String text) {
        return text.codePoints().map(CharWidth::columns).sum();
    }
}
