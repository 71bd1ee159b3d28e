package minibrowser.renderer.script;

import minibrowser.renderer.script.dom.FormControls;
import org.jsoup.nodes.Element;

/**
 * What a key does to a focused text field when nothing cancels it: a printable key
 * appends its text, Backspace removes the last character, Enter in a {@code <textarea>}
 * starts a new line. The caret is always at the end (moving it, selection and undo are
 * non-goals). The value lives where the engine draws it from ({@link FormControls}), so
 * the next layout shows it. Used for pages with and without scripts; loads no script engine.
 */
public final class TextEditing {
    /** The longest value typing makes (an input's {@code maxlength} can make it shorter). */
    static final int MAX_VALUE_CHARS = 10_000;

    private TextEditing() {}

    /** Applies {@code key} to {@code field}, a text field; returns true when its value changed. */
    public static boolean edit(Element field, KeyPress key) {
        String value = FormControls.value(field);
        String edited = value;
        if (key.isBackspace()) {
            if (!value.isEmpty()) edited = value.substring(0, value.offsetByCodePoints(value.length(), -1));
        } else if (key.isEnter()) {
            if (field.normalName().equals("textarea")) edited = value + "\n";
        } else if (!key.text().isEmpty() && (key.modifiers() & (KeyPress.CONTROL | KeyPress.ALT)) == 0) {
            String text = field.normalName().equals("textarea") ? key.text() : key.text().replaceAll("[\\r\\n]", "");
            edited = value + text;
        }
        int limit = maxLength(field);
        if (edited.length() > limit && edited.length() > value.length()) return false;
        if (edited.equals(value)) return false;
        FormControls.setValue(field, edited);
        return true;
    }

    /** The field's {@code maxlength}, or {@link #MAX_VALUE_CHARS}. */
    private static int maxLength(Element field) {
        try {
            int max = Integer.parseInt(field.attr("maxlength").strip());
            if (max >= 0) return Math.min(max, MAX_VALUE_CHARS);
        } catch (NumberFormatException none) {
            // no limit of its own
        }
        return MAX_VALUE_CHARS;
    }

    /**
     * The button a form's implicit submission clicks (HTML standard 4.10.21.2, "the
     * default button"): its first submit button, or null when it has none. A disabled
     * default button blocks implicit submission; {@link #blocksSubmission} says so.
     */
    public static Element defaultButton(Element form) {
        return form.selectFirst("button:not([type]), button[type=submit], input[type=submit], input[type=image]");
    }

    /** True when the form's default button is disabled: Enter then submits nothing. */
    public static boolean blocksSubmission(Element form) {
        Element button = defaultButton(form);
        return button != null && button.hasAttr("disabled");
    }
}
