package minibrowser.renderer.engine;

/**
 * The terminal {@link Device}: text sits on a grid of cells 8 CSS px wide and 16 CSS px
 * tall. Every code point takes one cell, East Asian wide characters two. Line heights
 * are whole rows, so consecutive lines of text fall on consecutive rows of cells.
 *
 * <p>Immutable and thread-safe.
 */
final class CellDevice implements Device {

    /** Width of one terminal cell in CSS px. */
    public static final int CELL_WIDTH = 8;
    /** Height of one terminal cell in CSS px. */
    public static final int CELL_HEIGHT = 16;

    @Override
    public int textWidth(String text, TextStyle style) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cellsOf(cp) * CELL_WIDTH;
            i += Character.charCount(cp);
        }
        return width;
    }

    @Override
    public int lineHeight(TextStyle style) {
        // One row for body text; big headings take as many rows as their size needs.
        return snapLineHeight(style.size());
    }

    @Override
    public int ascent(TextStyle style) {
        // The baseline sits in the last row of the line, 4 px above its bottom.
        return lineHeight(style) - 4;
    }

    @Override
    public int snapLineHeight(int lineHeight) {
        int rows = Math.max(1, (lineHeight + CELL_HEIGHT - 1) / CELL_HEIGHT);
        return rows * CELL_HEIGHT;
    }

    /** How many cells a code point takes: 2 for East Asian wide characters, else 1. */
    public static int cellsOf(int cp) {
        return isWide(cp) ? 2 : 1;
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
