package minibrowser.renderer.script.dom;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;

/**
 * A script object that is an event target but not a node ({@code EventTarget}, DOM
 * Standard section 2.7): today the {@code Worker} object a page holds. It has listeners
 * of its own and {@code on<type>} handler properties, and {@link DomBinding#dispatch}
 * dispatches at it with no path (no capture or bubble: it has no parent).
 */
public abstract class EventTargetObject extends HostObject {
    /** Its listeners and {@code on<type>} handlers. */
    final EventListeners listeners = new EventListeners();

    protected EventTargetObject(String className) {
        super(className);
    }

    /** Defines addEventListener, removeEventListener and dispatchEvent on {@code prototype}, for objects of {@code dom}. */
    public static void defineMethods(Scriptable prototype, DomBinding dom) {
        method(prototype, "addEventListener", 2, EventTargetObject.class, (self, a) -> {
            self.listeners.addFromScript(a);
            return null;
        });
        method(prototype, "removeEventListener", 2, EventTargetObject.class, (self, a) -> {
            self.listeners.removeFromScript(a);
            return null;
        });
        method(prototype, "dispatchEvent", 1, EventTargetObject.class, (self, a) -> {
            if (!(arg(a, 0) instanceof EventObject event)) throw ScriptRuntime.typeError("dispatchEvent needs an Event");
            return dom.dispatch(self, event);
        });
    }

    @Override
    public Object get(String name, Scriptable start) {
        if (name.startsWith("on") && name.length() > 2) return listeners.handler(name.substring(2));
        return super.get(name, start);
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        if (name.startsWith("on") && name.length() > 2) {
            listeners.setHandler(name.substring(2), value instanceof Callable c ? c : null);
            return;
        }
        super.put(name, start, value);
    }
}
