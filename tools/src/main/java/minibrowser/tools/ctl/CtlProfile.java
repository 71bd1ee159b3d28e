package minibrowser.tools.ctl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minibrowser.proto.BookmarkEntry;
import minibrowser.proto.HistoryEntry;
import minibrowser.proto.ListBookmarksRequest;
import minibrowser.proto.ListHistoryRequest;
import minibrowser.proto.TabRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctl history}, {@code ctl bookmarks} and {@code ctl bookmark TAB}: the profile's data. */
final class CtlProfile {
    private CtlProfile() {}

    @Command(name = "history", description = "The pages visited, the latest first.")
    static final class History extends Ctl.Sub {
        @Option(names = "--filter", paramLabel = "TEXT", defaultValue = "", description = "Only pages whose URL or title contains TEXT.")
        String filter;

        @Override
        public Integer call() {
            List<HistoryEntry> entries = ctl.call(s -> s.listHistory(ListHistoryRequest.newBuilder().setFilter(filter).build())
                    .getEntriesList());
            List<Object> rows = new ArrayList<>();
            for (HistoryEntry entry : entries) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("url", entry.getUrl());
                row.put("title", entry.getTitle());
                row.put("visitCount", entry.getVisitCount());
                row.put("lastVisit", Instant.ofEpochMilli(entry.getLastVisitMillis()).toString());
                rows.add(row);
                if (!ctl.json) System.out.println(row.get("lastVisit") + "  " + entry.getVisitCount() + "  " + entry.getUrl() + "  " + entry.getTitle());
            }
            if (ctl.json) System.out.println(Json.write(rows));
            return 0;
        }
    }

    @Command(name = "bookmarks", description = "The bookmarks, the oldest first.")
    static final class Bookmarks extends Ctl.Sub {
        @Override
        public Integer call() {
            List<BookmarkEntry> bookmarks = ctl.call(s -> s.listBookmarks(ListBookmarksRequest.getDefaultInstance()).getBookmarksList());
            List<Object> rows = new ArrayList<>();
            for (BookmarkEntry bookmark : bookmarks) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("url", bookmark.getUrl());
                row.put("title", bookmark.getTitle());
                rows.add(row);
                if (!ctl.json) System.out.println(bookmark.getUrl() + "  " + bookmark.getTitle());
            }
            if (ctl.json) System.out.println(Json.write(rows));
            return 0;
        }
    }

    @Command(name = "bookmark", description = "Bookmark the page tab TAB shows.")
    static final class Bookmark extends Ctl.Sub {
        @Parameters(paramLabel = "TAB") int tab;

        @Override
        public Integer call() {
            ctl.call(s -> s.bookmarkTab(TabRequest.newBuilder().setTab(tab).build()));
            if (ctl.json) System.out.println("{\"bookmarked\":" + tab + "}");
            return 0;
        }
    }
}
