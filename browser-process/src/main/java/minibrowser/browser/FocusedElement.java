package minibrowser.browser;

import minibrowser.proto.FocusKind;
import minibrowser.proto.PageFocus;

/**
 * What has the focus inside a tab's page, as its renderer said (the renderer owns focus
 * within the page; the browser only routes keys by it): typed keys go to the page while a
 * text field has it, Enter while any control has it. The renderer's word is checked: an
 * unknown kind or an index out of range is taken as "nothing focused", which costs the
 * page only its keys going to browser shortcuts.
 *
 * @param tab        the tab whose page it is
 * @param kind       what it is
 * @param focusIndex its place among the page's focusable elements (1-based), 0 for none
 */
public record FocusedElement(int tab, Kind kind, int focusIndex) {
    /** The highest focus index believed: more focusable elements than any page a person tabs through. */
    static final int MAX_FOCUS_INDEX = 1_000_000;

    /** What kind of element it is. */
    public enum Kind {
        /** Nothing of the page (the body): keys are the browser's. */
        NONE,
        /** A link: Enter follows it (the browser does, from the link's URL). */
        LINK,
        /** A one-line text field: typed keys and Enter go to the page. */
        TEXT_FIELD,
        /** A text area: typed keys and Enter (a new line) go to the page. */
        TEXT_AREA,
        /** A button: Enter goes to the page, which clicks it. */
        BUTTON,
        /** Another control (checkbox, select, tabindex): Enter goes to the page. */
        OTHER
    }

    /** Nothing focused in {@code tab}. */
    public static FocusedElement none(int tab) {
        return new FocusedElement(tab, Kind.NONE, 0);
    }

    /** The renderer's answer, checked. */
    static FocusedElement of(int tab, PageFocus focus) {
        return of(tab, focus.getKind(), focus.getFocusIndex());
    }

    /** A kind and index the renderer sent, checked: UNSPECIFIED, unknown or out of range is none. */
    static FocusedElement of(int tab, FocusKind kind, int focusIndex) {
        Kind checked = switch (kind) {
            case FOCUS_KIND_LINK -> Kind.LINK;
            case FOCUS_KIND_TEXT_FIELD -> Kind.TEXT_FIELD;
            case FOCUS_KIND_TEXT_AREA -> Kind.TEXT_AREA;
            case FOCUS_KIND_BUTTON -> Kind.BUTTON;
            case FOCUS_KIND_OTHER -> Kind.OTHER;
            default -> Kind.NONE;
        };
        if (checked == Kind.NONE || focusIndex <= 0 || focusIndex > MAX_FOCUS_INDEX) return none(tab);
        return new FocusedElement(tab, checked, focusIndex);
    }

    /** True for a text field or text area: typed keys edit it. */
    public boolean takesText() {
        return kind == Kind.TEXT_FIELD || kind == Kind.TEXT_AREA;
    }

    /** True for an element the page handles Enter on (every kind but a link, which the browser follows). */
    public boolean takesEnter() {
        return kind != Kind.NONE && kind != Kind.LINK;
    }
}
