package minibrowser.renderer.script;

import java.util.IdentityHashMap;
import java.util.Map;
import minibrowser.renderer.script.dom.HostObject;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.json.JsonParser;

/**
 * How a message crosses between a page and its worker: by copy, never by reference. The
 * sender's thread writes the value as JSON text ({@link #write}); the text, an immutable
 * Java string, is what is posted; the receiver's thread reads it into objects of its own
 * scope ({@link #read}). So no JavaScript object is ever reachable from two threads (a
 * Rhino object belongs to the thread that uses it), and a change the sender makes after
 * {@code postMessage} cannot reach the copy.
 *
 * <p>This is the HTML standard's structured clone cut down to JSON-like values: strings,
 * numbers, booleans, null, arrays and plain objects, nested (at most {@link #MAX_DEPTH}
 * deep), and {@code undefined} as the whole message. What a browser cannot clone either
 * (a function, a DOM node, an event, a {@code Worker}, a symbol) is refused with a
 * {@code DataCloneError}, and so is what JSON cannot hold (a cycle, a BigInt). Where JSON
 * differs from a real structured clone, JSON wins: a {@code Date} arrives as its ISO
 * string, a {@code Map} or {@code Set} as {@code {}}, {@code NaN} as {@code null}, and
 * {@code undefined} inside an object is left out (inside an array, {@code null}).
 */
final class StructuredClone {
    /** How deeply a message may nest (a deeper one is refused, well before any stack runs out). */
    static final int MAX_DEPTH = 500;

    private StructuredClone() {}

    /** The message as JSON text, or null for {@code undefined}; throws a DataCloneError for what cannot be copied. */
    static String write(Context cx, Scriptable scope, Object value) {
        if (Undefined.isUndefined(value)) return null;
        check(scope, value, new IdentityHashMap<>(), 0);
        Object json = NativeJSON.stringify(cx, scope, value, null, null);
        return json instanceof CharSequence text ? text.toString() : "null";
    }

    /** The copy, made of objects of {@code scope} (on the receiver's thread). */
    static Object read(Context cx, Scriptable scope, String json) {
        if (json == null) return Undefined.instance;
        try {
            return new JsonParser(cx, scope).parseValue(json);
        } catch (JsonParser.ParseException e) {
            throw new IllegalStateException("a message that JSON.stringify wrote did not parse", e); // never on a healthy renderer
        }
    }

    /** Walks the value as the clone would, refusing what cannot be copied. */
    private static void check(Scriptable scope, Object value, Map<Object, Boolean> path, int depth) {
        if (value == null || Undefined.isUndefined(value) || value instanceof CharSequence || value instanceof Number
                && !(value instanceof java.math.BigInteger) || value instanceof Boolean) {
            return;
        }
        if (value instanceof Callable) throw refused(scope, "a function could not be cloned");
        if (value instanceof HostObject host) throw refused(scope, "an object of type " + host.getClassName() + " could not be cloned");
        if (value instanceof Symbol) throw refused(scope, "a symbol could not be cloned");
        if (!(value instanceof Scriptable object)) throw refused(scope, "a " + ScriptRuntime.typeof(value) + " could not be cloned");
        if (depth >= MAX_DEPTH) throw refused(scope, "the message nests more than " + MAX_DEPTH + " deep");
        if (path.put(object, Boolean.TRUE) != null) throw refused(scope, "the message contains a cycle");
        for (Object id : object.getIds()) {
            Object child = id instanceof Integer index ? ScriptableObject.getProperty(object, index)
                    : ScriptableObject.getProperty(object, String.valueOf(id));
            check(scope, child, path, depth + 1);
        }
        path.remove(object); // the same object twice (not inside itself) is fine: it is copied twice
    }

    private static RuntimeException refused(Scriptable scope, String why) {
        return HostObject.domException("DataCloneError", "Failed to execute 'postMessage': " + why);
    }
}
