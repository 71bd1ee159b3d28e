package minibrowser.renderer.engine.style;

import java.util.List;
import minibrowser.renderer.engine.animation.Keyframes;

/**
 * A parsed style sheet and where it came from (its origin decides its place in the
 * cascade: user-agent rules lose to author rules of any specificity).
 *
 * @param origin where the sheet came from
 * @param rules  its style rules in source order
 * @param keyframes its {@code @keyframes} rules in source order
 */
public record StyleSheet(Origin origin, List<StyleRule> rules, List<Keyframes> keyframes) {

    /** The cascade origins this engine knows (there is no user style sheet). */
    public enum Origin { USER_AGENT, AUTHOR }

    public StyleSheet {
        rules = List.copyOf(rules);
        keyframes = List.copyOf(keyframes);
    }

    /** A sheet without {@code @keyframes}. */
    public StyleSheet(Origin origin, List<StyleRule> rules) {
        this(origin, rules, List.of());
    }
}
