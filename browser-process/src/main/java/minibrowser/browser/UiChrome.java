package minibrowser.browser;

import java.util.List;

/**
 * The parts of the browser UI that belong to the terminal front end rather than
 * to a tab: the address being typed, an overlay page (help), a message for the
 * status line. Changed only on browser-ui, through {@link Browser#updateChrome}.
 */
public final class UiChrome {
    /** The address bar's text while the user edits it; null otherwise. */
    public String editing;
    /** Lines shown instead of the page (help); null for none. */
    public List<String> overlay;
    /** A message for the status line; null for none. */
    public String message;
}
