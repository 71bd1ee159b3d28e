package minibrowser.renderer.engine.animation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One compositor animation curve, resolved for its box: keyframe offsets and, at each,
 * a transform in px or an opacity; its timing and its start. The compositor thread
 * samples it at each of its frames ({@link #transformAt}, {@link #opacityAt}) without
 * asking main anything. Immutable.
 *
 * @param property   {@code transform} or {@code opacity}
 * @param offsets    keyframe offsets, ascending, first 0 and last 1
 * @param transforms the transform at each offset (for {@code transform}; percentages resolved)
 * @param opacities  the opacity at each offset (for {@code opacity})
 * @param timing     when it runs
 * @param startNanos when it started, on the renderer's monotonic clock ({@link System#nanoTime})
 */
public record LayerAnimation(String property, List<Double> offsets, List<Transform> transforms,
                             List<Double> opacities, AnimationTiming timing, long startNanos) {

    public LayerAnimation {
        offsets = List.copyOf(offsets);
        transforms = List.copyOf(transforms);
        opacities = List.copyOf(opacities);
    }

    /** The curve of {@code track} for a box of this border-box size. */
    public static LayerAnimation resolve(CompositorTrack track, int boxWidth, int boxHeight) {
        List<Double> offsets = new ArrayList<>();
        List<Transform> transforms = new ArrayList<>();
        List<Double> opacities = new ArrayList<>();
        List<Double> marks = new ArrayList<>(List.of(0.0, 1.0));
        for (Keyframes.Keyframe f : track.keyframes().frames()) {
            if (f.values().containsKey(track.property()) && !marks.contains(f.offset())) marks.add(f.offset());
        }
        marks.sort(Double::compare);
        for (double offset : marks) {
            String value = track.keyframes().valueAt(track.property(), offset, track.base());
            offsets.add(offset);
            if (track.property().equals("transform")) {
                Transform t = Transform.parse(value);
                transforms.add((t == null ? Transform.NONE : t).resolve(boxWidth, boxHeight));
            } else {
                opacities.add(Opacity.parse(value));
            }
        }
        return new LayerAnimation(track.property(), offsets, transforms, opacities, track.timing(), track.startNanos());
    }

    /** Whether this animates {@code transform}. */
    public boolean animatesTransform() {
        return property.equals("transform");
    }

    /** The transform at {@code nowNanos}, or null when the animation has no effect then. */
    public Transform transformAt(long nowNanos) {
        OptionalDouble p = timing.progressAt(nowNanos - startNanos);
        if (p.isEmpty() || transforms.isEmpty()) return null;
        int i = segment(p.getAsDouble());
        return transforms.get(i).towards(transforms.get(i + 1), local(i, p.getAsDouble()));
    }

    /** The opacity at {@code nowNanos}, or NaN when the animation has no effect then. */
    public double opacityAt(long nowNanos) {
        OptionalDouble p = timing.progressAt(nowNanos - startNanos);
        if (p.isEmpty() || opacities.isEmpty()) return Double.NaN;
        int i = segment(p.getAsDouble());
        double a = opacities.get(i);
        return a + (opacities.get(i + 1) - a) * local(i, p.getAsDouble());
    }

    /** Whether the animation still needs frames at {@code nowNanos} (in its delay, or running). */
    public boolean runningAt(long nowNanos) {
        return !timing.endedAt(nowNanos - startNanos);
    }

    private int segment(double p) {
        int i = 0;
        while (i < offsets.size() - 2 && p >= offsets.get(i + 1)) i++;
        return i;
    }

    private double local(int i, double p) {
        double from = offsets.get(i), to = offsets.get(i + 1);
        return to == from ? 1 : Math.max(0, Math.min(1, (p - from) / (to - from)));
    }
}
