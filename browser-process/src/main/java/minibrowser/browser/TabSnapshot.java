package minibrowser.browser;

/**
 * A tab as it was at one moment, safe to hand to other threads ({@code ctl tabs},
 * the status line).
 *
 * @param rendererPid 0 while the tab has no renderer process
 */
public record TabSnapshot(int id, String url, String title, String state, long rendererPid, String crashReason,
                          String loadError, boolean canGoBack, boolean canGoForward) {}
