package minibrowser.browser;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tab model: the open tabs in their order and which one is active. Only data:
 * it starts nothing and calls no process. Used on browser-ui only.
 */
final class TabStrip {
    private final Map<Integer, Tab> tabs = new LinkedHashMap<>();
    private int activeTab;
    private int nextTabId = 1;

    /** A new tab at the end, made active. Tab ids are never reused. */
    Tab open() {
        Tab tab = new Tab(nextTabId++);
        tabs.put(tab.id, tab);
        activeTab = tab.id;
        return tab;
    }

    /** The tab, or null when there is no such tab (closed, or never opened). */
    Tab get(int tabId) {
        return tabs.get(tabId);
    }

    /** The tab; throws when there is none (a control client named a bad id). */
    Tab require(int tabId) {
        Tab tab = tabs.get(tabId);
        if (tab == null) throw new IllegalArgumentException("no tab " + tabId);
        return tab;
    }

    boolean isOpen(Tab tab) {
        return tabs.get(tab.id) == tab;
    }

    Collection<Tab> all() {
        return tabs.values();
    }

    /** The active tab, or null when no tab is open. */
    Tab active() {
        return tabs.get(activeTab);
    }

    /** The active tab's id, 0 when no tab is open. */
    int activeId() {
        return activeTab;
    }

    /** Removes the tab; if it was active, its right neighbour (or the new last tab) becomes active. */
    void close(int tabId) {
        List<Integer> order = new ArrayList<>(tabs.keySet());
        int index = order.indexOf(tabId);
        tabs.remove(tabId);
        if (activeTab == tabId) {
            order.remove(index);
            activeTab = order.isEmpty() ? 0 : order.get(Math.min(index, order.size() - 1));
        }
    }

    void activate(int tabId) {
        require(tabId);
        activeTab = tabId;
    }

    /** Activates the tab {@code step} places to the right (negative: left), wrapping around. */
    void activateRelative(int step) {
        List<Integer> order = new ArrayList<>(tabs.keySet());
        if (order.isEmpty()) return;
        activeTab = order.get(Math.floorMod(order.indexOf(activeTab) + step, order.size()));
    }

    /** Activates the n-th tab (1-based), if there is one. */
    void activateIndex(int n) {
        List<Integer> order = new ArrayList<>(tabs.keySet());
        if (n >= 1 && n <= order.size()) activeTab = order.get(n - 1);
    }

    /** The newest navigation id issued for a tab, or -1 when there is no such tab (for message checks). */
    long latestNavigationOf(int tabId) {
        Tab tab = tabs.get(tabId);
        return tab == null ? -1L : tab.navigationId;
    }

    /** The tab as it is now, for other threads. */
    static TabSnapshot snapshot(Tab tab) {
        long pid = tab.renderer != null && tab.renderer.process.isAlive() ? tab.renderer.pid() : 0;
        return new TabSnapshot(tab.id, tab.url(), tab.title, tab.state, pid, tab.crashReason, tab.loadError,
                tab.history.canGoBack(), tab.history.canGoForward(), tab.crashes.recentCrashes(),
                tab.state == TabState.CRASHED ? tab.crashes.describeStreak() : "", DialogSnapshot.of(tab.dialog));
    }
}
