package minibrowser.renderer.engine.style;

import java.util.List;

/**
 * A style rule: {@code selectors { declarations }}. A rule with several selectors
 * ({@code h1, h2 { ... }}) applies with the specificity of whichever selector matched.
 *
 * @param selectors    the selector list (never empty)
 * @param declarations its declarations, shorthands expanded
 */
public record StyleRule(List<Selector> selectors, List<Declaration> declarations) {
    public StyleRule {
        selectors = List.copyOf(selectors);
        declarations = List.copyOf(declarations);
    }
}
