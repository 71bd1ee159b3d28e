package minibrowser.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Pages the browser shows when something went wrong: a page that could not be
 * loaded (rendered by the tab's renderer, like any page) and the crashed-tab page
 * (drawn by the browser UI itself, since the tab has no renderer left).
 */
final class ErrorPages {
    private ErrorPages() {}

    static byte[] loadFailed(String url, String reason) {
        String html = "<html><head><title>Cannot open " + escape(url) + "</title></head>"
                + "<body style=\"background:#fafafa\"><h1>This page cannot be opened</h1>"
                + "<p><b>" + escape(url) + "</b></p><p>Reason: " + escape(reason) + "</p>"
                + "<p>Check the address, or press r to try again.</p></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The crashed-tab page ("Aw, Snap!"): what ended the renderer, how to get the tab back,
     * where its crash report is ({@code reportFile}, or "" when it left none), and, after
     * quick crashes in a row, that it crashed again ({@code streak}, or "").
     */
    static List<String> crashedTab(String reason, String reportFile, String streak) {
        List<String> lines = new java.util.ArrayList<>(List.of(
                "",
                "  :-(  This tab's renderer process is gone.",
                ""));
        // "thread: error; how it exited; ..." reads best a part a line.
        String[] parts = reason.split("; ");
        lines.add("  What happened: " + parts[0]);
        for (int i = 1; i < parts.length; i++) lines.add("                 " + parts[i]);
        if (!reportFile.isEmpty()) lines.add("  Crash report:  " + reportFile + "  (about:crashes lists them)");
        if (!streak.isEmpty()) lines.add("  It " + streak + ".");
        lines.addAll(List.of(
                "",
                "  Every other tab still works: each one has a renderer process of its own.",
                "  Press r (or Ctrl-R) to reload: a new renderer process starts for this tab."));
        return lines;
    }

    /** The Unresponsive prompt: the page's main thread has not answered for a while. */
    static List<String> unresponsive(String title, long seconds) {
        return List.of(
                "",
                "  Page unresponsive: " + title,
                "",
                "  Its renderer's main thread has not answered for " + seconds + " seconds.",
                "  Scrolling still works (it runs on the renderer's compositor thread).",
                "",
                "  w  Wait        k  Kill (end the renderer process; reload starts a new one)");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
