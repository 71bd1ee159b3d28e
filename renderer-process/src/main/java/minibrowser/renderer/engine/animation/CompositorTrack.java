package minibrowser.renderer.engine.animation;

/**
 * A running animation or transition of one compositor property ({@code transform} or
 * {@code opacity}) of one element, as the style stage finds it: keyframes as written,
 * with the element's own value standing in for a missing {@code from} or {@code to}.
 * The painter resolves it against the box's size into a {@link LayerAnimation}.
 *
 * @param property   {@code transform} or {@code opacity}
 * @param keyframes  the keyframes (a transition's are its start and end values)
 * @param base       the element's value without the animation
 * @param timing     when it runs
 * @param startNanos when it started, on the renderer's monotonic clock ({@link System#nanoTime})
 */
public record CompositorTrack(String property, Keyframes keyframes, String base, AnimationTiming timing,
                              long startNanos) {}
