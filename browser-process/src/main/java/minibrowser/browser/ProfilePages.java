package minibrowser.browser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import minibrowser.browser.profile.ProfileDatabase;
import minibrowser.browser.profile.ProfileStore;

/**
 * {@code about:history} (and {@code about:history?filter=TEXT}) and {@code about:bookmarks}:
 * pages the browser makes from its profile and commits to the tab's renderer like any
 * page. Titles and URLs were written by web pages, so every one is escaped.
 */
final class ProfilePages {
    static final String HISTORY = "about:history";
    static final String BOOKMARKS = "about:bookmarks";
    /** The most visits about:history lists. */
    private static final int HISTORY_ROWS = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ProfilePages() {}

    static boolean is(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.equals(HISTORY) || lower.startsWith(HISTORY + "?") || lower.equals(BOOKMARKS);
    }

    /** The page for {@code url}, made from {@code store} on its thread. */
    static CompletableFuture<byte[]> page(String url, ProfileStore store) {
        if (url.toLowerCase(Locale.ROOT).equals(BOOKMARKS)) return store.bookmarks().thenApply(ProfilePages::bookmarks);
        String filter = minibrowser.browser.net.AboutPages.filterOf(url);
        return store.history(filter == null ? "" : filter, HISTORY_ROWS).thenApply(visits -> history(visits, filter));
    }

    private static byte[] history(List<ProfileDatabase.Visit> visits, String filter) {
        StringBuilder page = new StringBuilder("<html><head><title>History</title></head><body><h1>History</h1><p>")
                .append(filter == null ? "Every page visited, the latest first."
                        : "Pages whose address or title contains \"" + ErrorPages.escape(filter) + "\".")
                .append(" Filter with <code>about:history?filter=TEXT</code>.</p><ul>");
        for (ProfileDatabase.Visit visit : visits) {
            page.append("<li>").append(WHEN.format(visit.lastVisit())).append(" <a href=\"").append(ErrorPages.escape(visit.url()))
                    .append("\">").append(ErrorPages.escape(visit.title().isEmpty() ? visit.url() : visit.title()))
                    .append("</a> ").append(ErrorPages.escape(visit.url())).append(" (").append(visit.visitCount())
                    .append(visit.visitCount() == 1 ? " visit" : " visits").append(")</li>");
        }
        if (visits.isEmpty()) page.append("<li>No pages yet.</li>");
        return page.append("</ul></body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] bookmarks(List<ProfileDatabase.Bookmark> bookmarks) {
        StringBuilder page = new StringBuilder("<html><head><title>Bookmarks</title></head><body><h1>Bookmarks</h1>"
                + "<p>D or Ctrl-D bookmarks the page; 1 to 9 open the first nine.</p><ol>");
        for (ProfileDatabase.Bookmark bookmark : bookmarks) {
            page.append("<li><a href=\"").append(ErrorPages.escape(bookmark.url())).append("\">")
                    .append(ErrorPages.escape(bookmark.title())).append("</a> ").append(ErrorPages.escape(bookmark.url()))
                    .append("</li>");
        }
        if (bookmarks.isEmpty()) page.append("<li>No bookmarks yet.</li>");
        return page.append("</ol></body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
