package minibrowser.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minibrowser.browser.profile.ProfileStore;
import minibrowser.browser.profile.SessionState;

/**
 * What the browser's state means for its profile, worked out on browser-ui after every
 * change ({@code BrowserParts.changed}) and handed to {@link ProfileStore}, which writes on
 * its own thread:
 * <ul>
 *   <li>a tab that finished loading a page is a visit in the history (once per
 *       navigation; internal {@code about:} and {@code data:} pages are not history, as
 *       Chromium keeps {@code chrome://} pages out of it);</li>
 *   <li>the open tabs, their back/forward lists and the active one are the session,
 *       saved whenever they differ from what was saved last.</li>
 * </ul>
 * Until {@link #stop}, when the browser begins to shut down: closing its tabs then is not
 * the user's doing, and must not overwrite the session.
 */
final class ProfileWriter {
    private final ProfileStore store;
    /** The navigation each tab's last recorded visit was, by tab id. */
    private final Map<Integer, Long> recorded = new HashMap<>();
    private SessionState saved;
    private boolean stopped;

    /** After each visit is written (a bookmark may have taken its title): the bookmarks bar is read again. */
    private final Runnable visited;

    ProfileWriter(ProfileStore store, Runnable visited) {
        this.store = store;
        this.visited = visited;
    }

    /** On browser-ui, after any change to the tabs. */
    void changed(TabStrip tabs) {
        if (stopped) return;
        for (Tab tab : tabs.all()) {
            if (tab.state != TabState.READY || recorded.getOrDefault(tab.id, -1L) == tab.navigationId) continue;
            recorded.put(tab.id, tab.navigationId);
            String url = tab.url();
            if (isHistory(url)) store.recordVisit(url, tab.title).thenRun(visited);
        }
        recorded.keySet().removeIf(id -> tabs.get(id) == null);
        SessionState now = session(tabs);
        if (!now.equals(saved)) {
            saved = now;
            store.saveSession(now);
        }
    }

    /** The browser is shutting down: nothing more is written from the tabs. */
    void stop() {
        stopped = true;
    }

    static boolean isHistory(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return !lower.startsWith("about:") && !lower.startsWith("data:") && !lower.isBlank();
    }

    private static SessionState session(TabStrip tabs) {
        List<SessionState.TabEntries> open = new ArrayList<>();
        int active = 0;
        for (Tab tab : tabs.all()) {
            List<String> entries = tab.history.entries();
            if (entries.isEmpty()) continue; // a tab that has not started its first page
            if (tab.id == tabs.activeId()) active = open.size();
            open.add(new SessionState.TabEntries(entries, Math.max(0, tab.history.currentIndex())));
        }
        return new SessionState(open, active);
    }
}
