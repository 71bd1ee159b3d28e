package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * A tab's back/forward list. Navigating to a new URL drops the entries ahead of
 * the current one, as in every browser.
 */
final class NavigationHistory {
    private final List<String> entries = new ArrayList<>();
    private int current = -1;

    /** A new page: it becomes current, and the forward entries are gone. */
    void push(String url) {
        while (entries.size() > current + 1) entries.remove(entries.size() - 1);
        entries.add(url);
        current = entries.size() - 1;
    }

    /** The current entry's URL changed (a redirect). */
    void replaceCurrent(String url) {
        if (current >= 0) entries.set(current, url);
    }

    boolean canGoBack() { return current > 0; }
    boolean canGoForward() { return current < entries.size() - 1; }

    String back() { return entries.get(--current); }
    String forward() { return entries.get(++current); }

    String currentUrl() { return current < 0 ? "" : entries.get(current); }

    int size() { return entries.size(); }

    /** A copy of the entries, oldest first (for the saved session). */
    List<String> entries() { return List.copyOf(entries); }

    /** The current entry's index; -1 before the first page. */
    int currentIndex() { return current; }

    /** A restored tab's list, as the session saved it. */
    void restore(List<String> saved, int currentIndex) {
        entries.clear();
        entries.addAll(saved);
        current = Math.max(-1, Math.min(currentIndex, entries.size() - 1));
    }
}
