package minibrowser.browser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import minibrowser.browser.children.CrashReports;

/**
 * {@code about:crashes} (Chromium's {@code chrome://crashes}): the crash reports of
 * this session, newest first, made by the browser from its crash directory when the
 * page is opened. A report's fields came from a dead child, so every one is escaped.
 */
final class CrashesPage {
    static final String URL = "about:crashes";

    private CrashesPage() {}

    static boolean is(String url) {
        return url.toLowerCase(Locale.ROOT).equals(URL);
    }

    static byte[] html(List<CrashReports.Filed> reports) {
        StringBuilder page = new StringBuilder("<html><head><title>about:crashes</title></head><body>"
                + "<h1>Crash reports</h1><p>A renderer, gpu or plugin process that dies of an error nobody caught "
                + "(an exception, an out-of-memory error, a stack overflow) writes a report into its directory "
                + "of the session before it exits; the browser files it here. A process killed by a signal "
                + "(<code>kill -9</code>) runs no more code and leaves none.</p>");
        if (reports.isEmpty()) page.append("<p>No crash reports in this session.</p>");
        for (CrashReports.Filed filed : reports) {
            page.append("<h2>").append(ErrorPages.escape(filed.childId())).append(" (pid ").append(filed.pid())
                    .append(")</h2><p><b>").append(ErrorPages.escape(filed.report().summary())).append("</b></p>")
                    .append("<p>heap: ").append(ErrorPages.escape(filed.report().heap()))
                    .append(" · filed ").append(ErrorPages.escape(filed.written().toString()))
                    .append(" · <code>").append(ErrorPages.escape(filed.file().toString())).append("</code></p><pre>");
            for (String frame : filed.report().frames()) page.append(ErrorPages.escape(frame)).append('\n');
            page.append("</pre>");
        }
        page.append("</body></html>");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }
}
