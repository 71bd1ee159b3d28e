package minibrowser.renderer.engine.style;

/**
 * A run of text, as it stands in the DOM (white space not yet collapsed: that depends
 * on {@code white-space}, which layout applies).
 *
 * @param text  the text
 * @param style the style of the element containing it
 */
public record StyledText(String text, ComputedStyle style) implements StyledNode {}
