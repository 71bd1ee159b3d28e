package minibrowser.renderer.script.dom;

import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;

/**
 * {@code el.dataset} ({@code DOMStringMap}): the element's {@code data-*} attributes by
 * their camel-case names ({@code data-item-id} is {@code dataset.itemId}).
 */
final class DatasetObject extends HostObject {
    private final ElementObject owner;

    DatasetObject(ElementObject owner) {
        super("DOMStringMap");
        this.owner = owner;
        setParentScope(owner.dom.window());
        setPrototype(owner.dom.plainPrototype);
    }

    @Override
    public Object get(String name, Scriptable start) {
        String attribute = "data-" + StyleObject.cssName(name);
        return owner.element().hasAttr(attribute) ? owner.element().attr(attribute) : super.get(name, start);
    }

    @Override
    public boolean has(String name, Scriptable start) {
        return owner.element().hasAttr("data-" + StyleObject.cssName(name));
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        owner.setAttribute("data-" + StyleObject.cssName(name), ScriptRuntime.toString(value));
    }

    @Override
    public void delete(String name) {
        owner.removeAttribute("data-" + StyleObject.cssName(name));
    }
}
