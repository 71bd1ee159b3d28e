package minibrowser.renderer.engine;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which elements take the keyboard's focus, and of what kind each is (HTML standard
 * section 6.6.3, in miniature): links with an {@code href}, form controls that are not
 * disabled, and any element with a {@code tabindex}. A focusable element is named by its
 * <em>focus index</em>, its 1-based place among the document's focusable elements in
 * document order: the renderer reports it with each control on screen, and the browser
 * names the control it moved Tab focus to by it. Adding an element after a control
 * keeps the control's index, which is what a to-do list does as it grows.
 *
 * <p>{@code tabindex} order (positive values first) is a non-goal: Tab follows reading
 * order. Main only: the elements are the live DOM.
 */
public final class Focusables {
    private Focusables() {}

    /** What a focusable element is, for where keys go. */
    public enum Kind {
        /** {@code <a href>}: Enter follows it. */
        LINK,
        /** A one-line text field: typed keys edit it; Enter submits its form. */
        TEXT_FIELD,
        /** {@code <textarea>}: typed keys edit it; Enter is a new line. */
        TEXT_AREA,
        /** {@code <button>}, {@code <input type=submit|button|reset|image>}: Enter clicks it. */
        BUTTON,
        /** A checkbox, radio, select, or an element with {@code tabindex}: Enter clicks it. */
        OTHER
    }

    /** True when {@code e} takes focus. */
    public static boolean isFocusable(Element e) {
        if (e.hasAttr("disabled")) return false;
        return switch (e.normalName()) {
            case "input" -> !type(e).equals("hidden");
            case "textarea", "select", "button" -> true;
            case "a" -> e.hasAttr("href");
            default -> e.hasAttr("tabindex");
        };
    }

    /** The kind of a focusable element. */
    public static Kind kind(Element e) {
        switch (e.normalName()) {
            case "a": return e.hasAttr("href") ? Kind.LINK : Kind.OTHER;
            case "textarea": return Kind.TEXT_AREA;
            case "button": return Kind.BUTTON;
            case "input":
                return switch (type(e)) {
                    case "text", "search", "email", "url", "tel", "password", "number" -> Kind.TEXT_FIELD;
                    case "submit", "button", "reset", "image" -> Kind.BUTTON;
                    default -> Kind.OTHER;
                };
            default: return Kind.OTHER;
        }
    }

    /** An input's type, lower case, "text" when missing (as the script bindings' FormControls reads it). */
    private static String type(Element input) {
        String type = input.attr("type").strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? "text" : type;
    }

    /** Every focusable element of {@code document} with its focus index (1-based, document order). */
    public static Map<Element, Integer> indexes(Document document) {
        Map<Element, Integer> indexes = new IdentityHashMap<>();
        if (document == null) return indexes;
        for (Element e : document.getAllElements()) {
            if (isFocusable(e)) indexes.put(e, indexes.size() + 1);
        }
        return indexes;
    }

    /** The focusable element with focus index {@code index} in {@code document}, or null. */
    public static Element byIndex(Document document, int index) {
        if (document == null || index <= 0) return null;
        int seen = 0;
        for (Element e : document.getAllElements()) {
            if (isFocusable(e) && ++seen == index) return e;
        }
        return null;
    }

    /** The focus index of {@code e} in its document; 0 when it is not focusable or not in the document. */
    public static int indexOf(Element e) {
        if (e == null || e.ownerDocument() == null || !isFocusable(e)) return 0;
        Integer index = indexes(e.ownerDocument()).get(e);
        return index == null ? 0 : index;
    }
}
