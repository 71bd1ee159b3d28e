package minibrowser.renderer.engine.style;

/** The four sides of a box, in the order CSS shorthands list them. */
public enum Side { TOP, RIGHT, BOTTOM, LEFT }
