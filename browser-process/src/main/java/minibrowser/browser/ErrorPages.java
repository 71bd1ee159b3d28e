package minibrowser.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.common.Language;

/**
 * Pages the browser shows when something went wrong: a page that could not be
 * loaded (rendered by the tab's renderer, like any page) and the crashed-tab page
 * (drawn by the browser UI itself, since the tab has no renderer left). Each is
 * written in English and in Korean ({@link Language}); what a process said (the
 * reason, the crash report's file) is shown as it came.
 */
final class ErrorPages {
    private ErrorPages() {}

    static byte[] loadFailed(Language language, String url, String reason) {
        String html = "<html><head><title>" + language.pick("Cannot open ", "열 수 없음: ") + escape(url) + "</title></head>"
                + "<body style=\"background:#fafafa\"><h1>" + language.pick("This page cannot be opened", "이 페이지를 열 수 없습니다")
                + "</h1><p><b>" + escape(url) + "</b></p><p>" + language.pick("Reason: ", "이유: ") + escape(reason) + "</p>"
                + "<p>" + language.pick("Check the address, or press r to try again.", "주소를 확인하거나 r을 눌러 다시 시도하세요.")
                + "</p></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The crashed-tab page ("Aw, Snap!"): what ended the renderer, how to get the tab back,
     * where its crash report is ({@code reportFile}, or "" when it left none), and, after
     * quick crashes in a row, that it crashed again ({@code streak}, in the same language, or "").
     */
    static List<String> crashedTab(Language language, String reason, String reportFile, String streak) {
        List<String> lines = new ArrayList<>(List.of(
                "",
                language.pick("  :-(  This tab's renderer process is gone.", "  :-(  이 탭의 렌더러 프로세스가 종료되었습니다."),
                ""));
        // "thread: error; how it exited; ..." reads best a part a line.
        // The labels take 17 columns in both languages (a Hangul syllable takes two).
        String what = language.pick("  What happened: ", "  원인:          ");
        String indent = " ".repeat(17);
        String[] parts = ChildProcessHost.reasonIn(language, reason).split("; ");
        lines.add(what + parts[0]);
        for (int i = 1; i < parts.length; i++) lines.add(indent + parts[i]);
        if (!reportFile.isEmpty()) {
            lines.add(language.pick("  Crash report:  " + reportFile + "  (about:crashes lists them)",
                    "  크래시 보고서: " + reportFile + "  (about:crashes에서 모아 볼 수 있습니다)"));
        }
        if (!streak.isEmpty()) lines.add(language.pick("  It ", "  ") + streak + ".");
        lines.addAll(language.pick(List.of(
                "",
                "  Every other tab still works: each one has a renderer process of its own.",
                "  Press r (or Ctrl-R) to reload: a new renderer process starts for this tab."), List.of(
                "",
                "  다른 탭은 모두 그대로 동작합니다. 탭마다 렌더러 프로세스가 따로 있기 때문입니다.",
                "  r(또는 Ctrl-R)을 누르면 새로고침됩니다. 이 탭을 위한 새 렌더러 프로세스가 시작됩니다.")));
        return lines;
    }

    /** The Unresponsive prompt: the page's main thread has not answered for a while. */
    static List<String> unresponsive(Language language, String title, long seconds) {
        return language.pick(List.of(
                "",
                "  Page unresponsive: " + title,
                "",
                "  Its renderer's main thread has not answered for " + seconds + " seconds.",
                "  Scrolling still works (it runs on the renderer's compositor thread).",
                "",
                "  w  Wait        k  Kill (end the renderer process; reload starts a new one)"), List.of(
                "",
                "  페이지가 응답하지 않습니다: " + title,
                "",
                "  이 페이지 렌더러의 메인 스레드가 " + seconds + "초 동안 응답하지 않았습니다.",
                "  스크롤은 여전히 됩니다 (렌더러의 컴포지터 스레드가 따로 처리합니다).",
                "",
                "  w  기다리기     k  종료 (렌더러 프로세스를 끝냅니다. 새로고침하면 새로 시작됩니다)"));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
