package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Callable;

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

    /** The listeners for {@code type} in a phase, as they are now (a listener may add or remove others). */
    List<Listener> forPhase(String type, boolean capturing, boolean atTarget) {
        List<Listener> out = new ArrayList<>();
        for (Listener l : listeners) {
            if (l.type.equals(type) && (atTarget || l.capture == capturing)) out.add(l);
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
