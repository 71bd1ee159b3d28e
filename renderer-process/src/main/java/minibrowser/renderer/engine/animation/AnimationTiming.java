package minibrowser.renderer.engine.animation;

import java.util.OptionalDouble;

/**
 * When an animation runs and where it is at a given time (CSS Animations 1 with the
 * timing model of Web Animations 1, section 4.8): delay, duration, iteration count,
 * direction, fill mode and easing. A transition is an animation of one iteration that
 * fills backwards (it shows its start value during its delay).
 *
 * @param delayNanos    time from the start before the first iteration (may be negative)
 * @param durationNanos one iteration's length, at least 0
 * @param iterations    how many iterations; {@link Double#POSITIVE_INFINITY} for {@code infinite}
 * @param direction     which way iterations run
 * @param fill          whether the animation applies before its delay ends and after it ends
 * @param easing        the timing function applied within each iteration
 */
public record AnimationTiming(long delayNanos, long durationNanos, double iterations, Direction direction,
                              Fill fill, TimingFunction easing) {

    /** {@code animation-direction}. */
    public enum Direction { NORMAL, REVERSE, ALTERNATE, ALTERNATE_REVERSE }

    /** {@code animation-fill-mode}. */
    public enum Fill { NONE, FORWARDS, BACKWARDS, BOTH }

    /**
     * The eased progress through the keyframes (0 at the first, 1 at the last) at
     * {@code elapsedNanos} since the animation started, or empty when it has no effect
     * then (in its delay without a backwards fill, or after its end without a forwards fill).
     */
    public OptionalDouble progressAt(long elapsedNanos) {
        double local = elapsedNanos - (double) delayNanos;
        double active = durationNanos * iterations;
        double iterationProgress;
        double iteration;
        if (local < 0) {
            if (fill != Fill.BACKWARDS && fill != Fill.BOTH) return OptionalDouble.empty();
            iteration = 0;
            iterationProgress = 0;
        } else if (local >= active) {
            if (fill != Fill.FORWARDS && fill != Fill.BOTH) return OptionalDouble.empty();
            double whole = Math.floor(iterations);
            boolean exact = iterations == whole;
            iteration = exact ? Math.max(0, whole - 1) : whole;
            iterationProgress = exact ? (iterations == 0 ? 0 : 1) : iterations - whole;
        } else {
            iteration = Math.floor(local / durationNanos);
            iterationProgress = local / durationNanos - iteration;
        }
        boolean odd = ((long) iteration) % 2 == 1;
        boolean reversed = switch (direction) {
            case NORMAL -> false;
            case REVERSE -> true;
            case ALTERNATE -> odd;
            case ALTERNATE_REVERSE -> !odd;
        };
        return OptionalDouble.of(easing.at(reversed ? 1 - iterationProgress : iterationProgress));
    }

    /** Whether the animation has ended by {@code elapsedNanos} (never, for an infinite one): no more frames are needed for it. */
    public boolean endedAt(long elapsedNanos) {
        return !Double.isInfinite(iterations) && elapsedNanos >= delayNanos + durationNanos * iterations;
    }
}
