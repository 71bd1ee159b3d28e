package minibrowser.renderer.engine.style;

/**
 * A node of the style tree: the output of the style stage and the input of layout.
 * Either an element with its computed style and children, or a run of text.
 */
public sealed interface StyledNode permits StyledElement, StyledText {}
