/**
 * CSS animations and transitions (CSS Animations 1, CSS Transitions 1), split as
 * Chromium splits them:
 *
 * <ul>
 *   <li>an animation or transition of {@code transform} and {@code opacity} only is a
 *       <em>compositor animation</em>: the painter puts the element on a layer of its
 *       own ({@link minibrowser.renderer.engine.animation.CompositedLayer}) and the page
 *       carries the layer with its curves ({@link minibrowser.renderer.engine.animation.LayerAnimation});
 *       the compositor thread samples them on its own frame clock, with no work on main;</li>
 *   <li>any other animated property (left, width, colours...) is a <em>main-thread
 *       animation</em>: at each animation frame main renders the document again at the
 *       current time ({@link minibrowser.renderer.engine.animation.DocumentAnimations}
 *       puts the animated values in place of the cascaded ones), lays it out, paints and
 *       commits. It stops when main is busy.</li>
 * </ul>
 *
 * <p>Interpolation is done on specified values as text ({@link minibrowser.renderer.engine.animation.Interpolation}):
 * lengths and numbers of the same unit, colours, transforms; anything else flips at the
 * midpoint (discrete), as the spec says for values that cannot be interpolated.
 *
 * <p>Non-goals: per-keyframe timing functions, {@code steps()}, {@code animation-play-state},
 * animation events, {@code rotate}/{@code skew}/matrix transforms, {@code transform-origin}
 * (always the centre), the Web Animations API.
 */
package minibrowser.renderer.engine.animation;
