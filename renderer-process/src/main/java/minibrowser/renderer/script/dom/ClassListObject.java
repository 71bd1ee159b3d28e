package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;

/**
 * {@code el.classList} ({@code DOMTokenList}): the element's {@code class} attribute as
 * a list of names, with {@code add}, {@code remove}, {@code toggle}, {@code contains},
 * {@code replace}; each change writes the attribute back.
 */
final class ClassListObject extends HostObject {
    private final ElementObject owner;

    ClassListObject(ElementObject owner) {
        super("DOMTokenList");
        this.owner = owner;
        setParentScope(owner.dom.window());
        setPrototype(owner.dom.plainPrototype);
        method(this, "add", 1, ClassListObject.class, (self, a) -> {
            List<String> names = self.names();
            for (Object name : a) if (!names.contains(Context.toString(name))) names.add(Context.toString(name));
            self.write(names);
            return Undefined.instance;
        });
        method(this, "remove", 1, ClassListObject.class, (self, a) -> {
            List<String> names = self.names();
            for (Object name : a) names.remove(Context.toString(name));
            self.write(names);
            return Undefined.instance;
        });
        method(this, "toggle", 1, ClassListObject.class, (self, a) -> {
            List<String> names = self.names();
            String name = string(a, 0);
            boolean on = a.length > 1 && !isNullish(a[1]) ? Context.toBoolean(a[1]) : !names.contains(name);
            names.remove(name);
            if (on) names.add(name);
            self.write(names);
            return on;
        });
        method(this, "contains", 1, ClassListObject.class, (self, a) -> self.names().contains(string(a, 0)));
        method(this, "replace", 2, ClassListObject.class, (self, a) -> {
            List<String> names = self.names();
            int at = names.indexOf(string(a, 0));
            if (at < 0) return false;
            names.set(at, string(a, 1));
            self.write(names);
            return true;
        });
        method(this, "item", 1, ClassListObject.class, (self, a) -> {
            int i = (int) Context.toNumber(arg(a, 0));
            List<String> names = self.names();
            return i >= 0 && i < names.size() ? names.get(i) : null;
        });
        method(this, "toString", 0, ClassListObject.class, (self, a) -> self.owner.element().className());
    }

    @Override
    public Object get(String name, Scriptable start) {
        if (name.equals("length")) return names().size();
        if (name.equals("value")) return owner.element().className();
        return super.get(name, start);
    }

    @Override
    public Object get(int index, Scriptable start) {
        List<String> names = names();
        return index >= 0 && index < names.size() ? names.get(index) : NOT_FOUND;
    }

    private List<String> names() {
        List<String> out = new ArrayList<>();
        for (String name : owner.element().className().trim().split("\\s+")) if (!name.isEmpty() && !out.contains(name)) out.add(name);
        return out;
    }

    private void write(List<String> names) {
        owner.setAttribute("class", String.join(" ", names));
    }
}
