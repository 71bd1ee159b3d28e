package minibrowser.renderer.engine.style;

/**
 * One {@code property: value} pair of a rule, shorthands already expanded into their
 * longhands by the {@link CssParser}.
 *
 * @param property  lower-case property name, e.g. {@code margin-top}
 * @param value     the value text as written, trimmed, without {@code !important}
 * @param important whether it was marked {@code !important}
 */
public record Declaration(String property, String value, boolean important) {
    @Override
    public String toString() {
        return property + ": " + value + (important ? " !important" : "");
    }
}
