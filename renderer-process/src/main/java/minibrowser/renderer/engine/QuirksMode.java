package minibrowser.renderer.engine;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Node;

/**
 * Whether a document is in quirks mode, decided from its doctype as the HTML standard's
 * tree builder does (section 13.2.6.4.1, "the initial insertion mode"): no doctype, a
 * doctype not named {@code html}, or a public identifier of the pre-standards era (HTML
 * 2 and 3.2, HTML 4.0 Transitional, HTML 4.01 Transitional without a system identifier,
 * vendor DTDs) means quirks. jsoup parses the page but does not say this reliably, so
 * the engine reads the doctype itself.
 *
 * <p>The engine honours the quirks that move whole blocks, as Chromium does: the first
 * block of a body or table cell keeps no default top margin
 * ({@link minibrowser.renderer.engine.layout.BlockLayout}); a cell's last paragraph no
 * bottom margin (the quirks style sheet, {@code quirks.css} beside the user-agent sheet);
 * a broken image with a width or a height stays a box of that size
 * ({@link minibrowser.renderer.engine.layout.BoxTreeBuilder}).
 */
public final class QuirksMode {

    /** Public identifier prefixes that mean quirks mode (compared in lower case; the standard's list, condensed). */
    private static final List<String> QUIRKY_PREFIXES = List.of(
            "+//silmaril//dtd html pro v0r11 19970101//", "-//as//dtd html 3.0 aswedit + extensions//",
            "-//advasoft ltd//dtd html 3.0 aswedit + extensions//", "-//ietf//dtd html", "-//metrius//dtd metrius presentational//",
            "-//microsoft//dtd internet explorer", "-//netscape comm. corp.//dtd", "-//o'reilly and associates//dtd html",
            "-//sq//dtd html 2.0 hotmetal + extensions//", "-//softquad", "-//spyglass//dtd html 2.0 extended//",
            "-//sun microsystems corp.//dtd hotjava", "-//w3c//dtd html 3", "-//w3c//dtd html 4.0 frameset//",
            "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental", "-//w3c//dtd w3 html//",
            "-//w3o//dtd w3 html 3.0//", "-//webtechs//dtd mozilla html");
    /** Prefixes that mean quirks only when the doctype has no system identifier. */
    private static final List<String> QUIRKY_WITHOUT_SYSTEM_ID = List.of(
            "-//w3c//dtd html 4.01 frameset//", "-//w3c//dtd html 4.01 transitional//");

    private QuirksMode() {}

    /** True if {@code document} (null: none) renders in quirks mode. */
    public static boolean of(Document document) {
        if (document == null) return false;
        DocumentType doctype = null;
        for (Node node : document.childNodes()) {
            if (node instanceof DocumentType d) {
                doctype = d;
                break;
            }
        }
        if (doctype == null) return true;
        if (!doctype.name().equalsIgnoreCase("html")) return true;
        String publicId = doctype.publicId().toLowerCase(Locale.ROOT);
        String systemId = doctype.systemId().toLowerCase(Locale.ROOT);
        if (publicId.equals("-//w3o//dtd w3 html strict 3.0//en//") || publicId.equals("-/w3c/dtd html 4.0 transitional/en")
                || publicId.equals("html") || systemId.equals("http://www.ibm.com/data/dtd/v11/ibmxhtml1-transitional.dtd")) {
            return true;
        }
        for (String prefix : QUIRKY_PREFIXES) {
            if (publicId.startsWith(prefix)) return true;
        }
        if (systemId.isEmpty()) {
            for (String prefix : QUIRKY_WITHOUT_SYSTEM_ID) {
                if (publicId.startsWith(prefix)) return true;
            }
        }
        return false;
    }
}
