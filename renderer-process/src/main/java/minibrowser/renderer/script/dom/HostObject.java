package minibrowser.renderer.script.dom;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The base of every object this engine gives scripts (nodes, events, style...): a plain
 * Rhino object whose properties are answered by Java code, never by reflection, so a
 * script sees exactly the names written in these classes and nothing of Java behind them.
 *
 * <p>A subclass answers its own property names in {@link #get(String, Scriptable)} and
 * {@link #put(String, Scriptable, Object)} and passes every other name on to Rhino
 * (the prototype's methods, and the script's own expando properties). Methods live on
 * one prototype per kind of object, made by {@link #method}.
 */
public abstract class HostObject extends ScriptableObject {

    /** What Rhino shows as the object's class: {@code [object HTMLElement]}. */
    private final String className;

    protected HostObject(String className) {
        this.className = className;
    }

    @Override
    public String getClassName() {
        return className;
    }

    /**
     * The body of a method: the object it is called on (checked to be a {@code T}) and its
     * arguments. It returns what the script gets: Java {@code null} is JavaScript's
     * {@code null} (no element found); a method that returns nothing returns
     * {@link Undefined#instance}.
     */
    @FunctionalInterface
    public interface Body<T> {
        Object call(T self, Object[] args);
    }

    /**
     * Defines {@code name} on {@code prototype} as a method of objects of {@code type}:
     * called on anything else, it throws a TypeError, as a browser's does.
     */
    public static <T> void method(Scriptable prototype, String name, int arity, Class<T> type, Body<T> body) {
        LambdaFunction function = new LambdaFunction(ScriptableObject.getTopLevelScope(prototype), name, arity,
                (Context cx, Scriptable scope, Scriptable thisObj, Object[] args) -> {
                    if (!type.isInstance(thisObj)) throw ScriptRuntime.typeError("Illegal invocation of " + name);
                    return body.call(type.cast(thisObj), args);
                });
        ScriptableObject.defineProperty(prototype, name, function, ScriptableObject.DONTENUM);
    }

    /** Argument {@code i} as a string (JavaScript's conversion), or "undefined" when missing. */
    public static String string(Object[] args, int i) {
        return i < args.length ? ScriptRuntime.toString(args[i]) : "undefined";
    }

    /** Argument {@code i} as it came, or undefined when missing. */
    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.instance;
    }

    /**
     * A {@code DOMException} of the DOM Standard's {@code name} ("HierarchyRequestError",
     * "NotFoundError", "InvalidCharacterError"...), to throw from a method a script called:
     * an {@code Error} with that name, which the script can catch. (Rhino's own
     * {@code constructError} knows only the language's error names.)
     */
    public static RuntimeException domException(String name, String message) {
        Context cx = Context.getCurrentContext();
        Scriptable error = cx.newObject(ScriptRuntime.getTopCallScope(cx), "Error", new Object[] {message});
        ScriptableObject.putProperty(error, "name", name);
        org.mozilla.javascript.EcmaError here = ScriptRuntime.constructError("Error", ""); // knows the script line that called us
        return new JavaScriptException(error, here.sourceName(), here.lineNumber());
    }

    /** True for JavaScript's null and undefined. */
    public static boolean isNullish(Object value) {
        return value == null || Undefined.isUndefined(value);
    }
}
