package minibrowser.renderer.engine.animation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One {@code @keyframes} rule: its name and its keyframes, sorted by offset
 * ({@code from} is 0, {@code to} is 1, {@code N%} is N / 100).
 *
 * @param name   the animation name it defines
 * @param frames the keyframes in ascending offset (equal offsets keep source order)
 */
public record Keyframes(String name, List<Keyframe> frames) {

    /** The properties that may run on the compositor: changing them needs neither layout nor paint. */
    public static final Set<String> COMPOSITOR_PROPERTIES = Set.of("transform", "opacity");

    /**
     * One keyframe: the declared values (longhands) at one offset.
     *
     * @param offset in [0, 1]
     * @param values property to value as written
     */
    public record Keyframe(double offset, Map<String, String> values) {
        public Keyframe {
            values = Map.copyOf(values);
        }
    }

    public Keyframes {
        List<Keyframe> sorted = new ArrayList<>(frames);
        sorted.sort(Comparator.comparingDouble(Keyframe::offset));
        frames = List.copyOf(sorted);
    }

    /** Every property some keyframe sets, in order of first appearance. */
    public Set<String> properties() {
        Set<String> out = new LinkedHashSet<>();
        for (Keyframe f : frames) out.addAll(f.values().keySet());
        return out;
    }

    /** Whether every animated property is one the compositor can animate ({@link #COMPOSITOR_PROPERTIES}). */
    public boolean compositorOnly() {
        Set<String> properties = properties();
        return !properties.isEmpty() && COMPOSITOR_PROPERTIES.containsAll(properties);
    }

    /**
     * The value of {@code property} at keyframe progress {@code p}: between the two
     * keyframes around {@code p} that set it, with {@code base} (the element's own value)
     * standing in for a missing {@code from} or {@code to} (CSS Animations 1, section 3).
     */
    public String valueAt(String property, double p, String base) {
        List<double[]> offsets = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (Keyframe f : frames) {
            String v = f.values().get(property);
            if (v == null) continue;
            offsets.add(new double[] {f.offset()});
            values.add(v);
        }
        if (values.isEmpty()) return base;
        if (offsets.get(0)[0] > 0) {
            offsets.add(0, new double[] {0});
            values.add(0, base);
        }
        if (offsets.get(offsets.size() - 1)[0] < 1) {
            offsets.add(new double[] {1});
            values.add(base);
        }
        int i = 0;
        while (i < offsets.size() - 2 && p >= offsets.get(i + 1)[0]) i++;
        double from = offsets.get(i)[0];
        double to = offsets.get(i + 1)[0];
        double local = to == from ? 1 : (p - from) / (to - from);
        return Interpolation.between(property, values.get(i), values.get(i + 1), local);
    }
}
