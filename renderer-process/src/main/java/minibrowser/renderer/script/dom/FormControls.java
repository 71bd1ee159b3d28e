package minibrowser.renderer.script.dom;

import java.util.Locale;
import minibrowser.renderer.engine.Focusables;
import org.jsoup.nodes.Element;

/**
 * The state of form controls ({@code <input>}, {@code <textarea>}, {@code <select>}),
 * kept where the engine draws it from: an input's value in its {@code value} attribute, a
 * text area's in its text, a select's in which option is {@code selected}. Used by the
 * script objects ({@code value}) and by typing into a focused control.
 */
public final class FormControls {
    private FormControls() {}

    /** True for an element that takes typed text: a text-like {@code <input>} or a {@code <textarea>}. */
    public static boolean isTextField(Element e) {
        Focusables.Kind kind = Focusables.kind(e); // the one list of text-like input types
        return kind == Focusables.Kind.TEXT_FIELD || kind == Focusables.Kind.TEXT_AREA;
    }

    /** An input's type, lower case ("text" when missing or unknown); "" for other elements. */
    public static String type(Element e) {
        if (e.normalName().equals("button")) return e.hasAttr("type") ? e.attr("type").toLowerCase(Locale.ROOT) : "submit";
        if (!e.normalName().equals("input")) return e.normalName().equals("textarea") ? "textarea" : "";
        String type = e.attr("type").toLowerCase(Locale.ROOT).strip();
        return type.isEmpty() ? "text" : type;
    }

    /** The control's {@code value}. */
    public static String value(Element e) {
        switch (e.normalName()) {
            case "textarea": return e.wholeText();
            case "select": {
                Element option = e.selectFirst("option[selected]");
                if (option == null) option = e.selectFirst("option");
                return option == null ? "" : optionValue(option);
            }
            case "option": return optionValue(e);
            case "input":
                if ((type(e).equals("checkbox") || type(e).equals("radio")) && !e.hasAttr("value")) return "on";
                return e.attr("value");
            default: return e.attr("value");
        }
    }

    /** Sets the control's {@code value}. */
    public static void setValue(Element e, String value) {
        switch (e.normalName()) {
            case "textarea" -> e.text(value);
            case "select" -> {
                for (Element option : e.select("option")) {
                    if (optionValue(option).equals(value)) option.attr("selected", ""); else option.removeAttr("selected");
                }
            }
            default -> e.attr("value", value);
        }
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }
}
