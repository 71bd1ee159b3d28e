package minibrowser.renderer;

import java.util.Optional;
import minibrowser.proto.PageFocus;
import minibrowser.renderer.compositor.FocusKinds;
import minibrowser.renderer.engine.Focusables;
import minibrowser.renderer.script.DocumentScripts;
import minibrowser.renderer.script.FormSubmission;
import minibrowser.renderer.script.KeyPress;
import minibrowser.renderer.script.TextEditing;
import minibrowser.renderer.script.dom.FormControls;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Focus and keys within one document, on renderer-main. The renderer owns focus within
 * the page, as Chromium's does (the browser owns which tab and the address bar): the
 * browser's Tab names the control it reached by its focus index ({@link Focusables}),
 * and keys come here while an element has focus.
 *
 * <p>A page with scripts keeps its focus in its DOM binding and gets events
 * ({@link DocumentScripts#focus}, {@link DocumentScripts#key}); a page without any keeps
 * it here, and typing still edits its fields (no script engine is loaded for that): the
 * value changes in the kept DOM and the page is laid out again ({@code relayout}). Enter
 * in a field submits its form; Enter on a submit button too. The answer always says what
 * has focus, so the browser knows where the next key goes.
 */
final class PageInput {
    /** A key and what it did: a link to follow (a form submitted), and what has focus after it. */
    record Answer(Optional<String> link, PageFocus focused) {}

    private final Document dom;
    /** The document's scripts, or null for a page without any. */
    private final DocumentScripts scripts;
    /** Lays the page out again after typing changed a field of a page without scripts (with scripts, their rendering step does). */
    private final Runnable relayout;
    /** The focused element of a page without scripts running (null: the body). */
    private Element focused;

    PageInput(Document dom, DocumentScripts scripts, Runnable relayout) {
        this.dom = dom;
        this.scripts = scripts;
        this.relayout = relayout;
    }

    /** Whether the page's scripts run: until they start, a scripted page is typed into as a plain one. */
    private boolean scripted() {
        return scripts != null && scripts.dom() != null;
    }

    /** The focused element, or null; an element removed from the document meanwhile has lost focus. */
    Element focusedElement() {
        Element e = scripted() ? scripts.focused() : focused;
        return e == null || e.ownerDocument() != dom ? null : e;
    }

    /** What has focus, as the browser is told. */
    PageFocus focus() {
        Element e = focusedElement();
        int index = Focusables.indexOf(e);
        if (index == 0) return PageFocus.getDefaultInstance();
        return PageFocus.newBuilder().setKind(FocusKinds.toProto(Focusables.kind(e))).setFocusIndex(index).build();
    }

    /** The browser's Tab reached the focusable element {@code focusIndex} (0 or unknown: none). */
    PageFocus focusIndex(int focusIndex) {
        Element element = Focusables.byIndex(dom, focusIndex);
        if (scripted()) scripts.focus(element);
        else focused = element;
        return focus();
    }

    /** A click on a page without scripts hit {@code target} (null: nothing): focus goes to it or its focusable ancestor. */
    void clickedWithoutScripts(Element target) {
        if (scripted()) return; // the click's own event moved focus
        Element at = target;
        while (at != null && !Focusables.isFocusable(at)) at = at.parent();
        focused = at;
    }

    /** A key while the page has focus. */
    Answer key(KeyPress key) {
        if (scripted()) return new Answer(scripts.key(key), focus());
        Element target = focusedElement();
        Optional<String> link = Optional.empty();
        if (target != null) {
            if (FormControls.isTextField(target)) {
                if (key.isEnter() && !target.normalName().equals("textarea")) {
                    Element form = target.closest("form");
                    if (form != null && !TextEditing.blocksSubmission(form)) link = Optional.of(FormSubmission.url(form));
                } else if (TextEditing.edit(target, key)) {
                    relayout.run();
                }
            } else if (key.isEnter() && Focusables.kind(target) == Focusables.Kind.BUTTON
                    && FormControls.type(target).equals("submit") && target.closest("form") != null) {
                link = Optional.of(FormSubmission.url(target.closest("form")));
            } else if (key.isEnter() && Focusables.kind(target) == Focusables.Kind.LINK) {
                String href = target.absUrl("href");
                link = Optional.of(href.isEmpty() ? target.attr("href") : href);
            }
        }
        return new Answer(link, focus());
    }
}
