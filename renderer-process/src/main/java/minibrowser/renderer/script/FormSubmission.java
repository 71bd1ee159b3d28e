package minibrowser.renderer.script;

import minibrowser.common.UrlParts;
import minibrowser.renderer.script.dom.FormControls;
import org.jsoup.nodes.Element;

/**
 * A form's submission as a GET navigation (HTML standard section 4.10.21, in miniature):
 * the {@code action} URL with the form's named, enabled fields as its query. POST
 * bodies and file uploads are non-goals: a POST form is submitted as GET.
 */
public final class FormSubmission {
    private FormSubmission() {}

    /** The URL submitting {@code form} goes to. */
    public static String url(Element form) {
        String action = form.hasAttr("action") && !form.attr("action").isBlank() ? form.absUrl("action") : form.baseUri();
        int hash = action.indexOf('#');
        if (hash >= 0) action = action.substring(0, hash);
        int query = action.indexOf('?');
        if (query >= 0) action = action.substring(0, query);
        StringBuilder fields = new StringBuilder();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            if (field.hasAttr("disabled")) continue;
            String type = FormControls.type(field);
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) continue;
            if (type.equals("submit") || type.equals("button") || type.equals("reset") || type.equals("file")) continue;
            if (fields.length() > 0) fields.append('&');
            fields.append(encode(field.attr("name"))).append('=').append(encode(FormControls.value(field)));
        }
        return action + "?" + fields;
    }

    private static String encode(String text) {
        return UrlParts.formEncode(text);
    }
}
