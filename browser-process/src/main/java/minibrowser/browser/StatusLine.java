package minibrowser.browser;

import minibrowser.common.Language;

/** The text of the status line: the active tab's renderer PID and state, or a message. */
final class StatusLine {
    private StatusLine() {}

    static String of(TabSnapshot tab, String message) {
        return of(Language.ENGLISH, tab, message, "", null);
    }

    /**
     * @param progress while loading, how far ("40% starting a renderer process"); "" otherwise
     * @param linkUrl the focused link's URL, or null
     */
    static String of(Language language, TabSnapshot tab, String message, String progress, String linkUrl) {
        StringBuilder line = new StringBuilder();
        if (tab != null) {
            line.append(language.pick("tab ", "탭 ")).append(tab.id()).append(" · ");
            line.append(tab.rendererPid() == 0 ? language.pick("no renderer", "렌더러 없음")
                    : language.pick("renderer pid ", "렌더러 PID ") + tab.rendererPid());
            line.append(" · ").append(tab.state().label(language));
            if (!progress.isEmpty()) line.append(" ").append(progress);
            if (!tab.loadError().isEmpty()) line.append(" · ").append(tab.loadError());
        }
        if (linkUrl != null && !linkUrl.isEmpty()) line.append(line.length() > 0 ? " · " : "").append("-> ").append(linkUrl);
        if (message != null && !message.isEmpty()) line.append(line.length() > 0 ? " · " : "").append(message);
        line.append(language.pick("   ? help  q quit", "   ? 도움말  q 끝내기"));
        return line.toString();
    }
}
