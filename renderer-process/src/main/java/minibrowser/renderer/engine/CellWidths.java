package minibrowser.renderer.engine;

/**
 * How many terminal cells a character takes (after Unicode UAX #11, East Asian Width):
 * shared by the cell device, which measures, and the cell rasterizer, which draws, so
 * both agree to the cell.
 */
public final class CellWidths {

    private CellWidths() {}

    /**
     * How many cells a code point takes: 0 for combining marks and invisible format
     * characters (zero width space, soft hyphen, byte order mark), 2 for East Asian wide
     * characters, else 1.
     */
    public static int cellsOf(int cp) {
        if (isZeroWidth(cp)) return 0;
        return isWide(cp) ? 2 : 1;
    }

    /** Combining marks and invisible format characters, which take no cell of their own. */
    public static boolean isZeroWidth(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0xAD;
    }

    /**
     * East Asian Wide and Fullwidth ranges (Unicode UAX #11), the common ones: Hangul
     * Jamo and syllables, CJK radicals to Yi, CJK ideographs, compatibility forms,
     * fullwidth forms, and the supplementary ideographic planes.
     */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xA960 && cp <= 0xA97F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
