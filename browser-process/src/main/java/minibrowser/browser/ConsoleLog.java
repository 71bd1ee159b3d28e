package minibrowser.browser;

import java.util.ArrayDeque;
import java.util.List;
import minibrowser.proto.ConsoleLevel;

/**
 * A tab's console (what DevTools' Console panel shows in Chromium): the last
 * {@link #CAPACITY} messages its page's scripts logged, oldest first. A bounded ring, so
 * a page that logs in a loop costs the browser a fixed amount. It holds the current
 * document's messages only: the tab clears it when it commits a new document, as
 * Chromium does with "Preserve log" off (its default). Used on browser-ui only.
 */
final class ConsoleLog {
    /** How many messages a tab keeps; older ones fall out. */
    static final int CAPACITY = 500;

    /** One message as the page logged it; {@code source} is "URL:line" or "". */
    record Entry(ConsoleLevel level, String text, String source) {
        /** The level as ctl and the panel print it: "log", "warn"... */
        String levelName() {
            return levelName(level);
        }

        static String levelName(ConsoleLevel level) {
            return level.name().substring("CONSOLE_LEVEL_".length()).toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The console at one moment, for other threads: its messages, oldest first, and how many fell out. */
    record Snapshot(List<Entry> entries, int dropped) {}

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private int dropped;

    void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
    }

    /** A new document: its console starts empty. */
    void clear() {
        entries.clear();
        dropped = 0;
    }

    /** The messages, oldest first. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    Snapshot snapshot() {
        return new Snapshot(entries(), dropped);
    }

    /** How many messages fell out of the ring since the last {@link #clear}. */
    int dropped() {
        return dropped;
    }
}
