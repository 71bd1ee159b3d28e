package minibrowser.browser;

/**
 * A tab as it was at one moment, safe to hand to other threads ({@code ctl tabs},
 * the status line).
 *
 * @param rendererPid 0 while the tab has no renderer process
 * @param crashesRecent the restart policy's streak of quick crashes ({@link minibrowser.browser.children.CrashHistory})
 * @param crashStreak that streak in words, or ""
 * @param dialog the script dialog waiting for an answer, or null
 */
public record TabSnapshot(int id, String url, String title, TabState state, long rendererPid, String crashReason,
                          String loadError, boolean canGoBack, boolean canGoForward, int crashesRecent,
                          String crashStreak, DialogSnapshot dialog) {
    /** A tab without a pending dialog. */
    public TabSnapshot(int id, String url, String title, TabState state, long rendererPid, String crashReason,
                       String loadError, boolean canGoBack, boolean canGoForward, int crashesRecent, String crashStreak) {
        this(id, url, title, state, rendererPid, crashReason, loadError, canGoBack, canGoForward, crashesRecent,
                crashStreak, null);
    }

    /** A tab that has not crashed lately. */
    public TabSnapshot(int id, String url, String title, TabState state, long rendererPid, String crashReason,
                       String loadError, boolean canGoBack, boolean canGoForward) {
        this(id, url, title, state, rendererPid, crashReason, loadError, canGoBack, canGoForward, 0, "");
    }
}
