package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The listeners of one event target (a node, or the window): those added with
 * {@code addEventListener}, in the order they were added, and the one handler per type
 * set as a property ({@code el.onclick = f}) or an attribute ({@code onclick="..."}).
 */
public final class EventListeners {
    /** A listener: its function (or object with {@code handleEvent}), and whether it listens while capturing. */
    record Listener(String type, Object callback, boolean capture, boolean once) {}

    /** A page may add listeners in a loop; past this many on one target, more are ignored. */
    static final int MAX_LISTENERS = 10_000;

    private final List<Listener> listeners = new ArrayList<>();
    private final Map<String, Callable> handlers = new HashMap<>();

    /**
     * {@code addEventListener(type, callback, options)} as a script calls it: options may be
     * a boolean (capture) or an object ({@code capture}, {@code once}).
     */
    public void addFromScript(Object[] a) {
        Object callback = HostObject.arg(a, 1);
        if (HostObject.isNullish(callback)) return;
        Object options = HostObject.arg(a, 2);
        boolean once = options instanceof Scriptable o && flag(o, "once");
        add(HostObject.string(a, 0), callback, captureOption(options), once);
    }

    /** {@code options.name} as a boolean; false when missing (Rhino's NOT_FOUND would convert to true). */
    private static boolean flag(Scriptable options, String name) {
        Object value = ScriptableObject.getProperty(options, name);
        return value != Scriptable.NOT_FOUND && Context.toBoolean(value);
    }

    /** {@code removeEventListener(type, callback, options)} as a script calls it. */
    public void removeFromScript(Object[] a) {
        remove(HostObject.string(a, 0), HostObject.arg(a, 1), captureOption(HostObject.arg(a, 2)));
    }

    private static boolean captureOption(Object options) {
        if (options instanceof Scriptable o) return flag(o, "capture");
        return !HostObject.isNullish(options) && Context.toBoolean(options);
    }

    /** {@code addEventListener}: the same function for the same type and phase is added once. */
    public void add(String type, Object callback, boolean capture, boolean once) {
        for (Listener l : listeners) {
            if (l.type.equals(type) && l.callback == callback && l.capture == capture) return;
        }
        if (listeners.size() < MAX_LISTENERS) listeners.add(new Listener(type, callback, capture, once));
    }

    /** {@code removeEventListener}. */
    public void remove(String type, Object callback, boolean capture) {
        listeners.removeIf(l -> l.type.equals(type) && l.callback == callback && l.capture == capture);
    }

    /** The capturing (or the other) listeners for {@code type}, as they are now (a listener may add or remove others). */
    List<Listener> forPhase(String type, boolean capturing) {
        List<Listener> out = new ArrayList<>();
        for (Listener l : listeners) {
            if (l.type.equals(type) && l.capture == capturing) out.add(l);
        }
        return out;
    }

    /** Whether {@code l} is still registered (a listener earlier in the same dispatch may have removed it). */
    boolean contains(Listener l) {
        return listeners.contains(l);
    }

    /** The {@code on<type>} handler, or null. */
    Callable handler(String type) {
        return handlers.get(type);
    }

    /** Sets (or, with null, clears) the {@code on<type>} handler. */
    void setHandler(String type, Callable handler) {
        if (handler == null) handlers.remove(type); else handlers.put(type, handler);
    }
}
