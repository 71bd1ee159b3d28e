package minibrowser.renderer.script.dom;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;

/**
 * An event as scripts see it ({@code Event}, DOM Standard section 2.2): its type, whether
 * it bubbles and can be cancelled, where it is on its way ({@code target},
 * {@code currentTarget}, {@code eventPhase}), and the flags listeners set
 * ({@code preventDefault}, {@code stopPropagation}). What a particular kind of event
 * carries besides ({@code key}, {@code clientX}, {@code detail}, {@code data}) is set as
 * ordinary properties by whoever makes it.
 */
public final class EventObject extends HostObject {
    public static final int NONE = 0;
    public static final int CAPTURING = 1;
    public static final int AT_TARGET = 2;
    public static final int BUBBLING = 3;

    final String type;
    final boolean bubbles;
    final boolean cancelable;
    Object target;
    Object currentTarget;
    int phase = NONE;
    boolean defaultPrevented;
    boolean propagationStopped;
    boolean immediatePropagationStopped;
    /** True while dispatched by the engine for something the user did (a real click, a key). */
    final boolean trusted;
    private final double timeStamp;

    /** A new event, not yet dispatched; {@code prototype} is the scope's Event.prototype. */
    public EventObject(Scriptable prototype, String type, boolean bubbles, boolean cancelable, boolean trusted) {
        super("Event");
        this.type = type;
        this.bubbles = bubbles;
        this.cancelable = cancelable;
        this.trusted = trusted;
        this.timeStamp = System.nanoTime() / 1e6;
        setPrototype(prototype);
        setParentScope(getTopLevelScope(prototype));
    }

    /** The methods every event has, on Event.prototype. */
    static void defineMethods(Scriptable prototype) {
        method(prototype, "preventDefault", 0, EventObject.class, (event, args) -> {
            if (event.cancelable) event.defaultPrevented = true;
            return Undefined.instance;
        });
        method(prototype, "stopPropagation", 0, EventObject.class, (event, args) -> {
            event.propagationStopped = true;
            return Undefined.instance;
        });
        method(prototype, "stopImmediatePropagation", 0, EventObject.class, (event, args) -> {
            event.propagationStopped = true;
            event.immediatePropagationStopped = true;
            return Undefined.instance;
        });
    }

    /** The event's type, e.g. "click". */
    public String type() { return type; }

    /** True once a listener called {@code preventDefault()} (of a cancelable event). */
    public boolean defaultPrevented() { return defaultPrevented; }

    @Override
    public Object get(String name, Scriptable start) {
        switch (name) {
            case "type": return type;
            case "bubbles": return bubbles;
            case "cancelable": return cancelable;
            case "target": case "srcElement": return target;
            case "currentTarget": return currentTarget;
            case "eventPhase": return phase;
            case "defaultPrevented": return defaultPrevented;
            case "isTrusted": return trusted;
            case "timeStamp": return timeStamp;
            case "returnValue": return !defaultPrevented;
            default: return super.get(name, start);
        }
    }

    @Override
    public void put(String name, Scriptable start, Object value) {
        if (name.equals("returnValue") && !Context.toBoolean(value) && cancelable) {
            defaultPrevented = true;
            return;
        }
        if (name.equals("cancelBubble") && Context.toBoolean(value)) {
            propagationStopped = true;
            return;
        }
        super.put(name, start, value);
    }
}
