package minibrowser.renderer.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Errors with the names the web platform gives them ({@code DataCloneError},
 * {@code SecurityError}, {@code QuotaExceededError}...), which Rhino has no constructors
 * for: an ordinary {@code Error} of the scope with its {@code name} set, thrown as a
 * script value, so {@code catch (e) { e.name }} reads as in a browser (where they are
 * DOMExceptions).
 */
final class ScriptErrors {
    private ScriptErrors() {}

    /** An {@code Error} named {@code name}, to be thrown into the script running in {@code scope}. */
    static JavaScriptException named(Scriptable scope, String name, String message) {
        Context cx = Context.getCurrentContext();
        Scriptable error = cx.newObject(ScriptableObject.getTopLevelScope(scope), "Error", new Object[] {message});
        ScriptableObject.putProperty(error, "name", name);
        EcmaError here = ScriptRuntime.constructError("Error", ""); // knows the script line that called us
        return new JavaScriptException(error, here.sourceName(), here.lineNumber());
    }
}
