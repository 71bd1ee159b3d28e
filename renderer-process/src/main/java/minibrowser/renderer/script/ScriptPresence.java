package minibrowser.renderer.script;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a document has script at all: the question renderer-main asks of every
 * document before it makes {@link DocumentScripts}. It is a class of its own, with no
 * reference to the script engine, because loading a class that has one (DocumentScripts)
 * makes the JVM load engine classes to verify it: asked there, a page without script
 * would load Rhino too ({@code bench scripts} counts the classes).
 */
public final class ScriptPresence {
    /** Script types that are classic JavaScript (HTML standard: a JavaScript MIME type essence, or none). */
    private static final Set<String> JAVASCRIPT_TYPES = Set.of("", "text/javascript", "application/javascript",
            "application/ecmascript", "text/ecmascript", "text/jscript", "application/x-javascript");

    private ScriptPresence() {}

    /** True when {@code document} has a classic script or an inline event handler ({@code onclick="..."}). */
    public static boolean in(Document document) {
        for (Element script : document.getElementsByTag("script")) {
            if (isClassicScript(script)) return true;
        }
        for (Element e : document.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().startsWith("on") && a.getKey().length() > 2) return true;
            }
        }
        return false;
    }

    /** True for a {@code <script>} of a classic JavaScript type (not a module, not data). */
    static boolean isClassicScript(Element script) {
        return JAVASCRIPT_TYPES.contains(script.attr("type").strip().toLowerCase(Locale.ROOT));
    }
}
