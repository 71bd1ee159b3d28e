package minibrowser.browser;

/** The text of the status line: the active tab's renderer PID and state, or a message. */
final class StatusLine {
    private StatusLine() {}

    static String of(TabSnapshot tab, String message) {
        return of(tab, message, "", null);
    }

    /**
     * @param progress while loading, how far ("40% starting a renderer process"); "" otherwise
     * @param linkUrl the focused link's URL, or null
     */
    static String of(TabSnapshot tab, String message, String progress, String linkUrl) {
        StringBuilder line = new StringBuilder();
        if (tab != null) {
            line.append("tab ").append(tab.id()).append(" · ");
            line.append(tab.rendererPid() == 0 ? "no renderer" : "renderer pid " + tab.rendererPid());
            line.append(" · ").append(tab.state().label());
            if (!progress.isEmpty()) line.append(" ").append(progress);
            if (!tab.loadError().isEmpty()) line.append(" · ").append(tab.loadError());
        }
        if (linkUrl != null && !linkUrl.isEmpty()) line.append(line.length() > 0 ? " · " : "").append("-> ").append(linkUrl);
        if (message != null && !message.isEmpty()) line.append(line.length() > 0 ? " · " : "").append(message);
        line.append("   ? help  q quit");
        return line.toString();
    }
}
