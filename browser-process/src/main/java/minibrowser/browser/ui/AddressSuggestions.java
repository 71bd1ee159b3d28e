package minibrowser.browser.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import minibrowser.browser.Browser;

/**
 * The address bar's suggestions, as Chromium's omnibox gives them: while the user types,
 * the bookmarks and then the pages of the history whose address or title contains the
 * text (read on the profile's thread, never on the key loop); Up and Down choose one,
 * Enter goes to the chosen one (or to what was typed when none is). A reply to an older
 * text is dropped: only the latest typing is answered.
 *
 * <p>Used from the key loop only; the browser-ui side sees the lines through UiChrome.
 */
final class AddressSuggestions {
    /** The most suggestions shown. */
    static final int MAX = 6;

    private final AtomicInteger asked = new AtomicInteger();
    private volatile List<Browser.Suggestion> shown = List.of();
    private volatile int chosen = -1;

    /** The text in the bar changed: ask for its suggestions. */
    void typed(Browser browser, String text) {
        int question = asked.incrementAndGet();
        if (text.isBlank()) {
            show(browser, List.of(), -1);
            return;
        }
        browser.suggest(text, MAX).thenAccept(found -> {
            if (asked.get() == question) show(browser, found, -1);
        });
    }

    /** Up (-1) or Down (+1): the suggestion above or below; above the first is none (what was typed). */
    void move(Browser browser, int step) {
        List<Browser.Suggestion> now = shown;
        if (now.isEmpty()) return;
        int next = Math.max(-1, Math.min(now.size() - 1, chosen + step));
        show(browser, now, next);
    }

    /** The chosen suggestion's URL, or null when none is chosen. */
    String chosen() {
        List<Browser.Suggestion> now = shown;
        int index = chosen;
        return index >= 0 && index < now.size() ? now.get(index).url() : null;
    }

    /** The bar closed: no suggestions. */
    void clear(Browser browser) {
        asked.incrementAndGet();
        show(browser, List.of(), -1);
    }

    private void show(Browser browser, List<Browser.Suggestion> suggestions, int index) {
        shown = suggestions;
        chosen = index;
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < suggestions.size(); i++) {
            Browser.Suggestion s = suggestions.get(i);
            lines.add((i == index ? "> " : "  ") + (s.bookmark() ? "* " : "  ") + s.title() + "  " + s.url());
        }
        if (!lines.isEmpty()) lines.add("  Up/Down choose · Enter goes · Esc cancels");
        List<String> drawn = List.copyOf(lines);
        browser.updateChrome(chrome -> chrome.suggestions = drawn);
    }
}
