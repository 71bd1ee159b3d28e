package minibrowser.renderer.engine.layout;

/**
 * One line of inline content (CSS 2.1 section 9.4.2). Its children are
 * {@link TextFragment}s and atomic inline boxes (images, embeds, inline-blocks), left
 * to right. Its height is what its tallest content needs; {@link #baseline()} is where
 * the text of the line stands.
 */
public final class LineBox extends LayoutBox {

    int baseline;

    /** The baseline of this line, in page y. */
    public int baseline() {
        return baseline;
    }

    @Override
    protected void afterTranslate(int dx, int dy) {
        baseline += dy;
    }

    @Override
    public String label() {
        return "line";
    }
}
