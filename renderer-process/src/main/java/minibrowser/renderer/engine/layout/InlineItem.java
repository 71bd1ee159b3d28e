package minibrowser.renderer.engine.layout;

import minibrowser.renderer.engine.style.ComputedStyle;

/**
 * A piece of inline content waiting to be broken into lines: a run of text, an atomic
 * box (image, embed, inline-block) that moves as one unit, or a forced line break.
 * Nested inline elements are flattened: each item carries the style of its own element.
 */
public sealed interface InlineItem {

    /** The style the item is drawn in. */
    ComputedStyle style();

    /**
     * A run of text from one DOM text node; {@code href} is the enclosing link or null;
     * {@code owner} the element whose text it is (null for text the engine made up).
     */
    record Text(String text, ComputedStyle style, String href, org.jsoup.nodes.Element owner) implements InlineItem {
        /** Text the engine made up (alt text, a control's label): a click on it hits the enclosing box. */
        public Text(String text, ComputedStyle style, String href) {
            this(text, style, href, null);
        }
    }

    /** An image, embed or inline-block, placed whole on a line. */
    record Atomic(LayoutBox box, ComputedStyle style, String href) implements InlineItem {}

    /**
     * Room taken by an inline element's left or right margin, border and padding
     * (drawn as space: inline borders and padding backgrounds are not painted).
     */
    record Spacer(int width, ComputedStyle style) implements InlineItem {}

    /**
     * A float that starts in the middle of inline content (after some text of the same
     * block): it is placed at the line where it appears if it fits beside what that line
     * already holds, else below that line (CSS 2.1 section 9.5.1), and the lines after
     * it flow around it.
     */
    record Float(BlockBox box) implements InlineItem {
        @Override
        public ComputedStyle style() {
            return box.style();
        }
    }

    /** A {@code <br>}. */
    record LineBreak(ComputedStyle style) implements InlineItem {}
}
