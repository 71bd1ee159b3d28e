package minibrowser.browser;

import java.util.List;
import minibrowser.proto.PageMark;

/**
 * The parts of the browser UI that belong to the terminal front end rather than
 * to a tab: the address being typed, an overlay page (help, task manager), a
 * message for the status line, the console panel, marks over the page (find, link focus and hints). Changed only on browser-ui, through {@link Browser#updateChrome}.
 */
public final class UiChrome {
    /** The language of the browser's own words (status line, crashed-tab page...); set once, at the start. */
    public minibrowser.common.Language language = minibrowser.common.Language.ENGLISH;
    /** The address bar's text while the user edits it; null otherwise. */
    public String editing;
    /** The bookmarks bar: the first bookmarks, numbered as the keys that open them; empty for no bar. */
    public List<String> bookmarksBar = List.of();
    /** The address bar's suggestions while it is edited, as lines under it; empty for none. */
    public List<String> suggestions = List.of();
    /** Lines shown instead of the page (help); null for none. */
    public List<String> overlay;
    /** The panel docked under the page (the guided tour's narration); empty for none. */
    public List<String> panel = List.of();
    /** True while the console panel (J) shows the active tab's console over its page. */
    public boolean console;
    /** The IPC inspector's panel (I) over the page, as last sampled; null while it is closed. */
    public IpcInspector.View ipc;
    /** A message for the status line; null for none. */
    public String message;
    /** The focused link's URL, shown on the status line; null for none. */
    public String linkUrl;
    /** Marks over the page (find matches, focused link, hint labels); empty for none. */
    public List<PageMark> marks = List.of();
    /** The tab the marks were measured on: they are shown only while it is active. */
    public int marksTab;
    /** The page scroll offset (CSS px) the marks were measured at. */
    public int marksScrollY;
}
