package minibrowser.renderer.engine.style;

/**
 * A run of text, as it stands in the DOM (white space not yet collapsed: that depends
 * on {@code white-space}, which layout applies).
 *
 * @param text   the text
 * @param style  the style of the element containing it
 * @param parent the element containing it (what a click on the text hits)
 */
public record StyledText(String text, ComputedStyle style, org.jsoup.nodes.Element parent) implements StyledNode {}
