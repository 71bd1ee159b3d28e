package minibrowser.browser.profile;

import java.util.List;

/**
 * The open tabs, as a session restore needs them: in tab-strip order, each tab's back and
 * forward list with its current entry, and which tab is active.
 *
 * @param active index into {@code tabs} of the active tab (0 when there are none)
 */
public record SessionState(List<TabEntries> tabs, int active) {
    /** One tab's back/forward list; {@code current} indexes {@code entries}. */
    public record TabEntries(List<String> entries, int current) {
        public TabEntries {
            entries = List.copyOf(entries);
            if (entries.isEmpty() || current < 0 || current >= entries.size()) {
                throw new IllegalArgumentException("current entry " + current + " of " + entries.size());
            }
        }

        public String currentUrl() {
            return entries.get(current);
        }
    }

    public static final SessionState EMPTY = new SessionState(List.of(), 0);

    public SessionState {
        tabs = List.copyOf(tabs);
        active = tabs.isEmpty() ? 0 : Math.max(0, Math.min(active, tabs.size() - 1));
    }
}
