package minibrowser.renderer.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.NativeJavaClass;
import org.mozilla.javascript.NativeJavaPackage;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Wrapper;

/**
 * No script reaches Java: a battery of the ways scripts have reached Java through Rhino
 * (LiveConnect's globals, {@code getClass}, the Function constructor's global, prototype
 * tricks, reflection through a leaked object), run as page scripts and in bare safe
 * contexts. Each attempt throws or yields a plain script value, never a Java object or
 * class; and a Java object that leaked into a scope is opaque, because the
 * {@link SafeContexts} class shutter admits no class ({@code java.lang.Runtime} included).
 */
class HostileScriptsTest {

    /** name, then an expression that tries to hand back something of Java. */
    private static final Map<String, String> ATTEMPTS = new LinkedHashMap<>();
    static {
        ATTEMPTS.put("java.lang.System", "java.lang.System");
        ATTEMPTS.put("Packages", "Packages.java.lang.Runtime");
        ATTEMPTS.put("Packages via this", "this.Packages.java.lang.Runtime.getRuntime()");
        ATTEMPTS.put("getClass", "getClass(document)");
        ATTEMPTS.put("document.getClass", "document.getClass()");
        ATTEMPTS.put("window.getClass", "window.getClass().forName('java.lang.Runtime')");
        ATTEMPTS.put("Function global", "document.constructor.constructor('return this')().java");
        ATTEMPTS.put("Function global Packages", "(function(){}).constructor('return Packages')()");
        ATTEMPTS.put("JavaAdapter", "new JavaAdapter(java.lang.Runnable, { run: function () {} })");
        ATTEMPTS.put("JavaImporter", "new JavaImporter(java.lang)");
        ATTEMPTS.put("importPackage", "importPackage(java.lang)");
        ATTEMPTS.put("importClass", "importClass(java.lang.Runtime)");
        ATTEMPTS.put("__proto__ of a node", "document.body.__proto__.__proto__.constructor.constructor('return java')()");
        ATTEMPTS.put("__proto__ walk", "(function () { var o = document; while (o.__proto__) o = o.__proto__;"
                + " return o.getClass ? o.getClass() : undefined; })()");
        ATTEMPTS.put("__parent__", "document.__parent__ && document.__parent__.java");
        ATTEMPTS.put("eval", "eval('java.lang.Runtime')");
        ATTEMPTS.put("with Packages", "(function () { with (this) { return Packages; } })()");
        ATTEMPTS.put("Object.getOwnPropertyNames", "Object.getOwnPropertyNames(this).filter(function (n) {"
                + " return /^(java|javax|Packages|JavaAdapter|JavaImporter|getClass|importPackage|importClass)$/.test(n); })"
                + ".length || undefined");
        ATTEMPTS.put("fetch.constructor", "fetch.constructor('return java')()");
        ATTEMPTS.put("setTimeout getClass", "setTimeout.getClass()");
        ATTEMPTS.put("error stack", "(function () { try { null.x; } catch (e) { return e.javaException; } })()");
        ATTEMPTS.put("rhinoException", "(function () { try { null.x; } catch (e) { return e.rhinoException; } })()");
    }

    /** Each attempt as a page script: it throws (blocked) or yields no Java object (blocked). */
    @Test
    void pageScriptsThatTryToReachJavaAreBlocked() {
        StringBuilder script = new StringBuilder("<body><p>hostile</p><script>"
                + "function looksLikeJava(r) {"
                + "  if (r === undefined || r === null) return false;"
                + "  if (typeof r !== 'object' && typeof r !== 'function') return false;"
                + "  return /java|JavaObject|JavaClass|JavaPackage|class /.test(String(r)) || typeof r.getClass === 'function';"
                + "}"
                + "function probe(name, f) {"
                + "  try { var r = f(); console.log(name + ': ' + (looksLikeJava(r) ? 'REACHED ' + r : 'blocked (' + typeof r + ')')); }"
                + "  catch (e) { console.log(name + ': blocked (' + e.name + ')'); }"
                + "}");
        for (Map.Entry<String, String> attempt : ATTEMPTS.entrySet()) {
            script.append("probe('").append(attempt.getKey()).append("', function () { return ")
                    .append(attempt.getValue()).append("; });");
        }
        ScriptedPage page = new ScriptedPage(script.append("</script>").toString());
        List<String> logs = page.console();
        assertEquals(ATTEMPTS.size(), logs.size(), logs.toString());
        List<String> names = new ArrayList<>(ATTEMPTS.keySet());
        for (int i = 0; i < logs.size(); i++) {
            assertTrue(logs.get(i).startsWith("log: " + names.get(i) + ": blocked"), logs.get(i));
        }
    }

    /** The same attempts in a bare safe context, where the value each yields is looked at from Java. */
    @Test
    void noAttemptYieldsAJavaObjectClassOrPackage() {
        try (Context cx = SafeContexts.enter()) {
            ScriptableObject global = SafeContexts.newGlobal(cx);
            cx.evaluateString(global, "var document = {}; var window = this; function fetch() {} function setTimeout() {}",
                    "setup", 1, null);
            for (Map.Entry<String, String> attempt : ATTEMPTS.entrySet()) {
                Object result;
                try {
                    result = cx.evaluateString(global, attempt.getValue(), attempt.getKey(), 1, null);
                } catch (RhinoException blocked) {
                    continue;
                }
                assertFalse(isJava(result), attempt.getKey() + " yielded " + result);
            }
        }
    }

    /**
     * Even a Java object handed to a script by mistake gives nothing away: the moment
     * Rhino would wrap it for a script, it asks the class shutter whether the class may be
     * seen, and {@link SafeContexts}' shutter says no, to {@code java.lang.Runtime} and to
     * every other class. Nobody can swap the shutter for another once a context has it.
     */
    @Test
    void theClassShutterIsConsultedAndAdmitsNoClass() {
        try (Context cx = SafeContexts.enter()) {
            assertNull(cx.getClassShutterSetter(), "a shutter is installed, and nobody can replace it");
            ScriptableObject global = SafeContexts.newGlobal(cx);
            for (Object leak : List.of(Runtime.getRuntime(), new StringBuilder("leaked"), new Object(), Runtime.class)) {
                String name = leak instanceof Class<?> c ? c.getName() : leak.getClass().getName();
                EvaluatorException refused = assertThrows(EvaluatorException.class, () -> Context.javaToJS(leak, global),
                        "a script may not see " + name);
                assertTrue(refused.getMessage().contains("\"" + (leak instanceof Class<?> ? "java.lang.Class" : name) + "\"")
                        && refused.getMessage().contains("prohibited"), refused.getMessage());
            }
        }
    }

    private static boolean isJava(Object value) {
        if (value instanceof Wrapper || value instanceof NativeJavaClass || value instanceof NativeJavaPackage) return true;
        if (value instanceof Scriptable || value instanceof String || value instanceof Number
                || value instanceof Boolean || value == null) return false;
        return !(value instanceof CharSequence) && value != org.mozilla.javascript.Undefined.instance;
    }
}
