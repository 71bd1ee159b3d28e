package minibrowser.renderer.script.dom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Dispatches an event as the DOM Standard does (section 2.9), on renderer-main: the path
 * from the window down to the target is fixed first; then the capture phase (window to
 * the target's parent, capturing listeners), the target (its capturing listeners, then
 * its handler and other listeners), and, for an event that bubbles,
 * the bubble phase back up (non-capturing listeners). {@code stopPropagation} ends the
 * walk after the current target; {@code stopImmediatePropagation} also skips the rest
 * of its listeners. A listener that throws is reported (as an uncaught error in the
 * console) and the others still run.
 */
final class EventDispatch {
    /** An object on the path, with its listeners. */
    record Stop(Scriptable object, EventListeners listeners, Element element) {}

    /** The {@code <body>} attributes that are the window's handlers (HTML standard, "window-reflecting body element event handlers" and the window's own). */
    private static final Set<String> BODY_HANDLERS_OF_THE_WINDOW = Set.of("load", "unload", "beforeunload", "pageshow",
            "pagehide", "hashchange", "popstate", "message", "online", "offline", "resize", "scroll", "error", "focus", "blur");

    private final DomBinding dom;
    private final Consumer<RhinoException> report;

    EventDispatch(DomBinding dom, Consumer<RhinoException> report) {
        this.dom = dom;
        this.report = report;
    }

    /** Dispatches {@code event} at {@code target}; true unless a listener cancelled it. */
    boolean dispatch(Scriptable target, EventObject event) {
        List<Stop> path = pathOf(target);
        event.target = target;
        for (int i = path.size() - 1; i >= 1 && !event.propagationStopped; i--) {
            invoke(path.get(i), event, EventObject.CAPTURING, true);
        }
        // At the target, its capturing listeners first, then the others (DOM Standard, as browsers do since 2021).
        if (!event.propagationStopped) invoke(path.get(0), event, EventObject.AT_TARGET, true);
        if (!event.propagationStopped) invoke(path.get(0), event, EventObject.AT_TARGET, false);
        if (event.bubbles) {
            for (int i = 1; i < path.size() && !event.propagationStopped; i++) {
                invoke(path.get(i), event, EventObject.BUBBLING, false);
            }
        }
        event.phase = EventObject.NONE;
        event.currentTarget = null;
        return !event.defaultPrevented;
    }

    /** The target, its ancestors, the document and the window, nearest first. */
    private List<Stop> pathOf(Scriptable target) {
        List<Stop> path = new ArrayList<>();
        if (target instanceof NodeObject node) {
            for (Node n = node.node; n != null; n = n.parent()) {
                NodeObject wrapper = dom.wrap(n);
                path.add(new Stop(wrapper, wrapper.listeners, n instanceof Element e && !(n instanceof org.jsoup.nodes.Document) ? e : null));
            }
            if (node.node.ownerDocument() == dom.document()) path.add(new Stop(dom.window(), dom.windowListeners(), null));
        } else {
            path.add(new Stop(target, target == dom.window() ? dom.windowListeners() : new EventListeners(), null));
        }
        return path;
    }

    /** Calls {@code stop}'s capturing listeners ({@code capturing}), or its handler and its other listeners. */
    private void invoke(Stop stop, EventObject event, int phase, boolean capturing) {
        event.currentTarget = stop.object();
        event.phase = phase;
        if (!capturing) {
            Callable handler = handlerOf(stop, event.type);
            if (handler != null) {
                Object result = call(handler, stop.object(), event);
                if (Boolean.FALSE.equals(result) && event.cancelable) event.defaultPrevented = true;
            }
        }
        for (EventListeners.Listener listener : stop.listeners().forPhase(event.type, capturing)) {
            if (event.immediatePropagationStopped) return;
            if (!stop.listeners().contains(listener)) continue;
            if (listener.once()) stop.listeners().remove(listener.type(), listener.callback(), listener.capture());
            Object callback = listener.callback();
            if (callback instanceof Callable function) {
                call(function, stop.object(), event);
            } else if (callback instanceof Scriptable object
                    && ScriptableObject.getProperty(object, "handleEvent") instanceof Callable handleEvent) {
                call(handleEvent, object, event);
            }
        }
    }

    /**
     * The {@code on<type>} handler: set as a property, else compiled from the element's
     * attribute. The window's is its global {@code on<type>} ({@code window.onload = f},
     * or {@code function onload() {}}), else the body's attribute for the events the body
     * reflects for the window ({@code <body onload="...">}), as the HTML standard says.
     */
    private Callable handlerOf(Stop stop, String type) {
        Callable set = stop.listeners().handler(type);
        if (set != null) return set;
        if (stop.object() == dom.window()) return windowHandler(type);
        if (stop.element() == null) return null;
        return compiled(stop, type, stop.element().attr("on" + type), true);
    }

    private Callable windowHandler(String type) {
        if (ScriptableObject.getProperty(dom.window(), "on" + type) instanceof Callable property) return property;
        Element body = dom.document().body();
        if (body == null || !BODY_HANDLERS_OF_THE_WINDOW.contains(type)) return null;
        return compiled(null, type, body.attr("on" + type), false);
    }

    /** The handler of an {@code on<type>} attribute's text; kept on {@code stop}'s listeners if {@code keep}. */
    private Callable compiled(Stop stop, String type, String source, boolean keep) {
        if (source.isEmpty()) return null;
        Context cx = Context.getCurrentContext();
        try {
            Function compiled = cx.compileFunction(dom.window(), "function on" + type + "(event) {\n" + source + "\n}",
                    "on" + type + " attribute", 1, null);
            if (keep) stop.listeners().setHandler(type, compiled);
            return compiled;
        } catch (RhinoException e) {
            report.accept(e);
            return null;
        }
    }

    private Object call(Callable function, Scriptable self, EventObject event) {
        try {
            return function.call(Context.getCurrentContext(), dom.window(), self, new Object[] {event});
        } catch (RhinoException e) {
            report.accept(e);
            return null;
        }
    }
}
