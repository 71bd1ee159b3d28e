package minibrowser.renderer.engine.animation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import minibrowser.renderer.engine.style.CssWords;

/**
 * Reads the {@code animation-*} and {@code transition-*} longhands of an element's
 * cascaded values into {@link Declared} animations and transitions, and expands the
 * {@code animation} and {@code transition} shorthands into those longhands. Lists are
 * comma-separated; a shorter list repeats to the length of the names' list (CSS
 * Animations 1, section 4.2). Never throws: a value it cannot read takes the initial one.
 */
public final class AnimationDeclarations {
    /** At most this many animations or transitions per element. */
    static final int MAX_PER_ELEMENT = 16;
    private static final Set<String> DIRECTIONS = Set.of("normal", "reverse", "alternate", "alternate-reverse");
    private static final Set<String> FILLS = Set.of("none", "forwards", "backwards", "both");

    private AnimationDeclarations() {}

    /**
     * One declared animation (its name) or transition (its property) with its timing.
     *
     * @param name   the {@code @keyframes} name, or the transitioned property ({@code all}: every one)
     * @param timing its timing, delay and duration included
     */
    public record Declared(String name, AnimationTiming timing) {}

    /** The animations {@code values} declare, in order; {@code none} and unnamed ones left out. */
    public static List<Declared> animations(Map<String, String> values) {
        List<String> names = CssWords.commaList(values.get("animation-name"));
        List<Declared> out = new ArrayList<>();
        List<String> durations = CssWords.commaList(values.get("animation-duration"));
        List<String> easings = CssWords.commaList(values.get("animation-timing-function"));
        List<String> delays = CssWords.commaList(values.get("animation-delay"));
        List<String> counts = CssWords.commaList(values.get("animation-iteration-count"));
        List<String> directions = CssWords.commaList(values.get("animation-direction"));
        List<String> fills = CssWords.commaList(values.get("animation-fill-mode"));
        for (int i = 0; i < names.size() && out.size() < MAX_PER_ELEMENT; i++) {
            String name = unquote(names.get(i));
            if (name.isEmpty() || name.equalsIgnoreCase("none")) continue;
            String direction = pick(directions, i, "normal").toUpperCase(Locale.ROOT).replace('-', '_');
            String fill = pick(fills, i, "none").toUpperCase(Locale.ROOT);
            AnimationTiming timing = new AnimationTiming(time(pick(delays, i, "0s")), time(pick(durations, i, "0s")),
                    count(pick(counts, i, "1")),
                    DIRECTIONS.contains(direction.toLowerCase(Locale.ROOT).replace('_', '-'))
                            ? AnimationTiming.Direction.valueOf(direction) : AnimationTiming.Direction.NORMAL,
                    FILLS.contains(fill.toLowerCase(Locale.ROOT)) ? AnimationTiming.Fill.valueOf(fill) : AnimationTiming.Fill.NONE,
                    easing(pick(easings, i, "ease")));
            out.add(new Declared(name, timing));
        }
        return out;
    }

    /** The transitions {@code values} declare, one per property (a transition fills backwards through its delay). */
    public static List<Declared> transitions(Map<String, String> values) {
        List<String> properties = CssWords.commaList(values.getOrDefault("transition-property", "all"));
        List<String> durations = CssWords.commaList(values.get("transition-duration"));
        if (durations.isEmpty()) return List.of();
        List<String> easings = CssWords.commaList(values.get("transition-timing-function"));
        List<String> delays = CssWords.commaList(values.get("transition-delay"));
        List<Declared> out = new ArrayList<>();
        for (int i = 0; i < properties.size() && out.size() < MAX_PER_ELEMENT; i++) {
            String property = properties.get(i).trim().toLowerCase(Locale.ROOT);
            long duration = time(pick(durations, i, "0s"));
            if (property.equals("none") || duration <= 0) continue;
            out.add(new Declared(property, new AnimationTiming(time(pick(delays, i, "0s")), duration, 1,
                    AnimationTiming.Direction.NORMAL, AnimationTiming.Fill.BACKWARDS, easing(pick(easings, i, "ease")))));
        }
        return out;
    }

    /** {@code animation: name 2s ease-in 1s infinite alternate both, ...} as its seven longhands. */
    public static Map<String, String> expandAnimation(String value) {
        String[] keys = {"animation-name", "animation-duration", "animation-timing-function", "animation-delay",
            "animation-iteration-count", "animation-direction", "animation-fill-mode"};
        List<List<String>> columns = new ArrayList<>();
        for (int k = 0; k < keys.length; k++) columns.add(new ArrayList<>());
        for (String part : CssWords.commaList(value)) {
            String name = "none", duration = "0s", easing = "ease", delay = "0s", count = "1", direction = "normal", fill = "none";
            boolean durationSeen = false;
            for (String word : CssWords.words(part)) {
                String w = word.toLowerCase(Locale.ROOT);
                if (isTime(w)) {
                    if (durationSeen) delay = w; else duration = w;
                    durationSeen = true;
                } else if (TimingFunction.parse(w) != null) {
                    easing = w;
                } else if (w.equals("infinite") || isNumber(w)) {
                    count = w;
                } else if (DIRECTIONS.contains(w) && !w.equals("normal")) {
                    direction = w;
                } else if (FILLS.contains(w) && !w.equals("none")) {
                    fill = w;
                } else {
                    name = word;
                }
            }
            String[] row = {name, duration, easing, delay, count, direction, fill};
            for (int k = 0; k < keys.length; k++) columns.get(k).add(row[k]);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int k = 0; k < keys.length; k++) out.put(keys[k], String.join(", ", columns.get(k)));
        return out;
    }

    /** {@code transition: left 1s ease-in 0.5s, ...} as its four longhands. */
    public static Map<String, String> expandTransition(String value) {
        List<String> properties = new ArrayList<>(), durations = new ArrayList<>(), easings = new ArrayList<>(),
                delays = new ArrayList<>();
        for (String part : CssWords.commaList(value)) {
            String property = "all", duration = "0s", easing = "ease", delay = "0s";
            boolean durationSeen = false;
            for (String word : CssWords.words(part)) {
                String w = word.toLowerCase(Locale.ROOT);
                if (isTime(w)) {
                    if (durationSeen) delay = w; else duration = w;
                    durationSeen = true;
                } else if (TimingFunction.parse(w) != null) {
                    easing = w;
                } else {
                    property = w;
                }
            }
            properties.add(property);
            durations.add(duration);
            easings.add(easing);
            delays.add(delay);
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("transition-property", String.join(", ", properties));
        out.put("transition-duration", String.join(", ", durations));
        out.put("transition-timing-function", String.join(", ", easings));
        out.put("transition-delay", String.join(", ", delays));
        return out;
    }

    /** A {@code <time>} in nanoseconds ({@code 2s}, {@code 150ms}); 0 if unreadable; at most a day. */
    static long time(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            double seconds;
            if (t.endsWith("ms")) seconds = Double.parseDouble(t.substring(0, t.length() - 2)) / 1000;
            else if (t.endsWith("s")) seconds = Double.parseDouble(t.substring(0, t.length() - 1));
            else return 0;
            if (!Double.isFinite(seconds)) return 0;
            return (long) (Math.max(-86_400, Math.min(86_400, seconds)) * 1e9);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isTime(String w) {
        return (w.endsWith("ms") || w.endsWith("s")) && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '.' || w.charAt(0) == '-');
    }

    private static boolean isNumber(String w) {
        try {
            Double.parseDouble(w);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double count(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("infinite")) return Double.POSITIVE_INFINITY;
        try {
            double n = Double.parseDouble(t);
            return Double.isFinite(n) && n >= 0 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static TimingFunction easing(String text) {
        TimingFunction f = TimingFunction.parse(text);
        return f == null ? TimingFunction.EASE : f;
    }

    private static String pick(List<String> list, int i, String initial) {
        return list.isEmpty() ? initial : list.get(i % list.size()).trim();
    }

    private static String unquote(String s) {
        String t = s.trim();
        if (t.length() >= 2 && (t.charAt(0) == '"' || t.charAt(0) == '\'') && t.charAt(t.length() - 1) == t.charAt(0)) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
