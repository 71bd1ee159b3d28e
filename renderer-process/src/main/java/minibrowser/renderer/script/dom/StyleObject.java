package minibrowser.renderer.script.dom;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * An element's inline style ({@code el.style}, CSSOM's {@code CSSStyleDeclaration}): it
 * reads and writes the element's {@code style} attribute, one declaration per property,
 * so that the cascade sees a script's change as it sees any inline style. Property
 * names come in camel case ({@code backgroundColor}) or, through
 * {@code setProperty}/{@code getPropertyValue}, as in CSS ({@code background-color}).
 */
final class StyleObject extends HostObject {
    private final ElementObject owner;

    StyleObject(ElementObject owner) {
        super("CSSStyleDeclaration");
        this.owner = owner;
        setParentScope(owner.dom.window());
        setPrototype(owner.dom.stylePrototype);
    }

    /**
     * The methods, on a prototype of their own: defined on the style object itself they
     * would go through {@link #put} and become declarations.
     */
    static void defineMethods(Scriptable p) {
        method(p, "setProperty", 2, StyleObject.class, (self, a) -> {
            self.set(string(a, 0), isNullish(arg(a, 1)) ? "" : string(a, 1));
            return Undefined.instance;
        });
        method(p, "getPropertyValue", 1, StyleObject.class, (self, a) -> self.declarations().getOrDefault(string(a, 0), ""));
        method(p, "removeProperty", 1, StyleObject.class, (self, a) -> {
            String old = self.declarations().getOrDefault(string(a, 0), "");
            self.set(string(a, 0), "");
            return old;
        });
    }

    @Override
    public Object get(String name, Scriptable start) {
        if (name.equals("cssText")) return owner.element().attr("style");
        Object own = super.get(name, start);
        if (own != NOT_FOUND || ScriptableObject.hasProperty(getPrototype(), name)) return own; // an expando, or a method
        return declarations().getOrDefault(cssName(name), "");
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        String text = isNullish(value) ? "" : ScriptRuntime.toString(value);
        if (name.equals("cssText")) {
            owner.setAttribute("style", text);
        } else {
            set(cssName(name), text);
        }
    }

    /** Sets one declaration ("" removes it) and writes the attribute back. */
    private void set(String property, String value) {
        Map<String, String> declarations = declarations();
        if (value.isBlank()) declarations.remove(property); else declarations.put(property, value.strip());
        StringBuilder css = new StringBuilder();
        declarations.forEach((k, v) -> css.append(css.length() == 0 ? "" : " ").append(k).append(": ").append(v).append(';'));
        owner.setAttribute("style", css.toString());
    }

    /** The declarations of the style attribute, in order (a simple split: no values with ';' in strings). */
    private Map<String, String> declarations() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : owner.element().attr("style").split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0) out.put(part.substring(0, colon).strip().toLowerCase(Locale.ROOT), part.substring(colon + 1).strip());
        }
        return out;
    }

    /** {@code backgroundColor} -> {@code background-color}; {@code cssFloat} -> {@code float}. */
    static String cssName(String camel) {
        if (camel.equals("cssFloat")) return "float";
        StringBuilder out = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) out.append('-').append(Character.toLowerCase(c)); else out.append(c);
        }
        return out.toString();
    }
}
