package minibrowser.renderer.engine;

/**
 * The rendering engine's limits, in one place: what a hostile or merely enormous page
 * may cost a renderer. None of them turns a page into an error: past a limit the
 * engine drops or clamps what is over it and renders the rest, as Chromium does. The
 * browser's network limits (document size, redirects, timeouts) are in
 * {@code minibrowser.browser.net.Limits}; ARCHITECTURE.md ("Limits") lists both, with
 * what Chromium does for each.
 */
public final class EngineLimits {
    private EngineLimits() {}

    /**
     * How deep elements may nest. The parser stops nesting there (deeper elements become
     * children of the element at the limit, so the text stays on the page), and the style
     * stage flattens anything still deeper into its text. Chromium's HTML parser caps its
     * tree at 512 the same way; ours stops at 256 so that layout's recursion fits in a
     * renderer main thread's 1 MB stack with room to spare (RobustnessTest runs it in 512 KB).
     */
    public static final int MAX_DOM_DEPTH = 256;

    /**
     * Elements styled and laid out per document; the rest of the document is left out.
     * Chromium has no such limit, but its renderers may use gigabytes: ours have a 256 MB
     * heap, and the fuzzer found that 400,000 nested table cells (3 MB of markup) fill it.
     * 200,000 elements of ordinary markup lay out in well under that.
     */
    public static final int MAX_ELEMENTS = 200_000;

    /**
     * Start tags parsed per document; the text after them is cut off before parsing
     * ({@link MarkupCutter}), so that a few megabytes of {@code <td>} cannot build a DOM
     * larger than the renderer's heap (the fuzzer found 13 MB of table cells did).
     */
    public static final int MAX_START_TAGS = 300_000;

    /** External style sheets ({@code <link rel=stylesheet>} and {@code @import}) fetched per document; later ones are ignored. */
    public static final int MAX_STYLESHEETS = 32;

    /** Characters of one style sheet that are parsed; the rest is cut off. */
    public static final int MAX_STYLESHEET_CHARS = 2_000_000;

    /**
     * Pixels of one decoded image (width times height, read from the header before
     * decoding). A larger image is drawn as broken: its alt text, as Chromium draws an
     * image it could not decode.
     */
    public static final long MAX_IMAGE_PIXELS = 16_000_000;

    /** The most iframes of a page that are drawn (the others show their placeholder), and how large each may be, in pixels. */
    public static final int MAX_FRAMES = 8;
    public static final long MAX_FRAME_PIXELS = 4_000_000;

    /** Larger {@code colspan} values are clamped, as HTML does (the spec's limit is 1000). */
    public static final int MAX_COLSPAN = 1000;

    /** Larger {@code rowspan} values are clamped, as HTML does (the spec's limit is 65534). */
    public static final int MAX_ROWSPAN = 65_534;

    /** Columns of one table; cells past the last are dropped. */
    public static final int MAX_TABLE_COLUMNS = 1000;
}
