package minibrowser.renderer.engine.animation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The animations and transitions of one document, kept between its renders (the
 * engine keeps one per {@link org.jsoup.nodes.Document} object, so a page rendered again
 * after a change keeps its animations' start times and can start transitions).
 *
 * <p>The style stage calls {@link #apply} for every element with its cascaded values, at
 * one time for the whole render:
 * <ul>
 *   <li>an animation starts when its name first appears on the element (and starts again
 *       if the name goes and comes back);</li>
 *   <li>a transition starts when the value of a transitioned property differs from the
 *       one the previous render saw (CSS Transitions 1, section 3), from the value shown
 *       then to the new one;</li>
 *   <li>those of {@link Keyframes#COMPOSITOR_PROPERTIES} only become {@link CompositorTrack}s
 *       (the compositor runs them); all others write their current value in place of the
 *       cascaded one, and make {@link #mainThreadAnimating} true while they run.</li>
 * </ul>
 *
 * <p>Used on renderer-main only: not thread-safe.
 */
public final class DocumentAnimations {
    /** Elements followed at most (a hostile page cannot grow this without bound). */
    private static final int MAX_ELEMENTS = 10_000;

    /** What {@link #apply} gives for one element. */
    public record Applied(Map<String, String> values, List<CompositorTrack> compositorTracks) {}

    /** One running transition of one property. */
    private record Transition(Keyframes keyframes, AnimationTiming timing, long startNanos) {}

    /** What is remembered of one element between renders. */
    private static final class ElementState {
        final Map<String, Long> animationStarts = new HashMap<>();
        final Map<String, String> lastValues = new HashMap<>();
        final Map<String, Transition> transitions = new HashMap<>();
    }

    private final Map<Element, ElementState> elements = new HashMap<>();
    private Map<String, Keyframes> keyframes = Map.of();
    private long now;
    private boolean mainThreadAnimating;
    private boolean compositorAnimating;

    /**
     * Starts one render at {@code nowNanos} with the {@code @keyframes} of the document's
     * sheets (a later rule of the same name wins, as the spec says).
     */
    public void beginRender(List<Keyframes> sheetKeyframes, long nowNanos) {
        Map<String, Keyframes> byName = new HashMap<>();
        for (Keyframes k : sheetKeyframes) byName.put(k.name(), k);
        keyframes = byName;
        now = nowNanos;
        mainThreadAnimating = false;
        compositorAnimating = false;
    }

    /** Whether, at this render's time, some main-thread animation or transition still runs (or waits in its delay). */
    public boolean mainThreadAnimating() {
        return mainThreadAnimating;
    }

    /** Whether some compositor animation or transition still runs at this render's time. */
    public boolean compositorAnimating() {
        return compositorAnimating;
    }

    /** The element's values with main-thread animations applied, and its compositor tracks. */
    public Applied apply(Element element, Map<String, String> cascaded) {
        List<AnimationDeclarations.Declared> animations = AnimationDeclarations.animations(cascaded);
        List<AnimationDeclarations.Declared> transitions = AnimationDeclarations.transitions(cascaded);
        ElementState state = elements.get(element);
        if (animations.isEmpty() && transitions.isEmpty() && state == null) return new Applied(cascaded, List.of());
        if (state == null) {
            if (elements.size() >= MAX_ELEMENTS) return new Applied(cascaded, List.of());
            state = new ElementState();
            elements.put(element, state);
        }
        Map<String, String> values = new LinkedHashMap<>(cascaded);
        List<CompositorTrack> tracks = new ArrayList<>();
        transition(state, transitions, cascaded, values, tracks);
        animate(state, animations, cascaded, values, tracks);
        return new Applied(values, List.copyOf(tracks));
    }

    /** Keyframe animations: later ones override earlier ones and transitions (CSS Animations 1 ranks them so). */
    private void animate(ElementState state, List<AnimationDeclarations.Declared> declared, Map<String, String> cascaded,
                         Map<String, String> values, List<CompositorTrack> tracks) {
        Set<String> present = new HashSet<>();
        for (AnimationDeclarations.Declared d : declared) {
            Keyframes frames = keyframes.get(d.name());
            if (frames == null) continue;
            present.add(d.name());
            long start = state.animationStarts.computeIfAbsent(d.name(), name -> now);
            boolean running = !d.timing().endedAt(now - start);
            if (frames.compositorOnly()) {
                for (String property : frames.properties()) {
                    tracks.add(new CompositorTrack(property, frames, base(cascaded, property), d.timing(), start));
                }
                compositorAnimating |= running;
                continue;
            }
            OptionalDouble p = d.timing().progressAt(now - start);
            if (p.isPresent()) {
                for (String property : frames.properties()) {
                    values.put(property, frames.valueAt(property, p.getAsDouble(), base(cascaded, property)));
                }
            }
            mainThreadAnimating |= running;
        }
        state.animationStarts.keySet().retainAll(present);
    }

    /** Transitions: started on a change of a transitioned property's value, then applied while they run. */
    private void transition(ElementState state, List<AnimationDeclarations.Declared> declared, Map<String, String> cascaded,
                            Map<String, String> values, List<CompositorTrack> tracks) {
        Map<String, AnimationTiming> timings = new LinkedHashMap<>();
        AnimationTiming all = null;
        for (AnimationDeclarations.Declared d : declared) {
            if (d.name().equals("all")) all = d.timing(); else timings.put(d.name(), d.timing());
        }
        Set<String> watched = new HashSet<>(timings.keySet());
        if (all != null) {
            watched.addAll(cascaded.keySet());
            watched.addAll(state.lastValues.keySet());
            watched.removeIf(p -> p.startsWith("transition") || p.startsWith("animation"));
        }
        for (String property : watched) {
            String value = base(cascaded, property);
            String before = state.lastValues.get(property);
            AnimationTiming timing = timings.getOrDefault(property, all);
            if (before != null && value != null && !before.equals(value) && timing != null) {
                Transition running = state.transitions.get(property);
                String from = running == null ? before : shown(property, running, before);
                Keyframes frames = new Keyframes("transition " + property, List.of(
                        new Keyframes.Keyframe(0, Map.of(property, from)), new Keyframes.Keyframe(1, Map.of(property, value))));
                state.transitions.put(property, new Transition(frames, timing, now));
            }
            if (value != null) state.lastValues.put(property, value); else state.lastValues.remove(property);
        }
        state.transitions.keySet().retainAll(watched);
        for (var it = state.transitions.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            String property = entry.getKey();
            Transition t = entry.getValue();
            if (t.timing().endedAt(now - t.startNanos())) {
                it.remove();
                continue;
            }
            if (Keyframes.COMPOSITOR_PROPERTIES.contains(property)) {
                tracks.add(new CompositorTrack(property, t.keyframes(), base(cascaded, property), t.timing(), t.startNanos()));
                compositorAnimating = true;
            } else {
                values.put(property, shown(property, t, base(cascaded, property)));
                mainThreadAnimating = true;
            }
        }
    }

    /** The value a running transition shows now. */
    private String shown(String property, Transition t, String base) {
        OptionalDouble p = t.timing().progressAt(now - t.startNanos());
        return p.isPresent() ? t.keyframes().valueAt(property, p.getAsDouble(), base) : base;
    }

    /** The element's own value of {@code property}; for transform and opacity the initial value when none is declared. */
    private static String base(Map<String, String> cascaded, String property) {
        String v = cascaded.get(property);
        if (v != null) return v;
        return switch (property) {
            case "transform" -> "none";
            case "opacity" -> "1";
            default -> null;
        };
    }
}
