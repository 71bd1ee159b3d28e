package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The console panel ({@code J}, as Chromium's Ctrl-Shift-J): a tab's console as the lines
 * of a box over its page, newest at the bottom, as many as fit. A pure function, like
 * {@link BrowserUiPainter}, which uses it.
 */
final class ConsolePanel {
    private ConsolePanel() {}

    /** @param pageRows the page area's height in rows: the box's border takes two, the heading two more */
    static List<String> lines(int tabId, ConsoleLog console, int pageRows) {
        List<ConsoleLog.Entry> entries = console.entries();
        List<String> lines = new ArrayList<>();
        lines.add("console of tab " + tabId + " · " + entries.size() + " message" + (entries.size() == 1 ? "" : "s")
                + (console.dropped() > 0 ? " (" + console.dropped() + " older dropped)" : "") + " · J or Esc closes");
        lines.add("");
        if (entries.isEmpty()) lines.add("(no messages since the page was loaded)");
        int room = Math.max(1, pageRows - 2 - lines.size());
        for (ConsoleLog.Entry entry : entries.subList(Math.max(0, entries.size() - room), entries.size())) {
            lines.add(String.format("%-5s %s%s", entry.levelName(), entry.text().replace('\n', ' ').replace('\t', ' '),
                    entry.source().isEmpty() ? "" : "  (" + entry.source() + ")"));
        }
        return lines;
    }
}
