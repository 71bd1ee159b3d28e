package minibrowser.tools.chaos;

import java.util.List;

/**
 * One fault the plan chose: what, and on which tab, process or page.
 *
 * @param tabs       the tabs it hits (a renderer's tabs, or the one tab that navigates); empty for gpu and plugin faults
 * @param pid        the process it signals, or 0
 * @param url        the page a tab opens, or ""
 * @param stopMillis how long a stopped process stays stopped, or 0
 */
record Fault(FaultKind kind, List<Integer> tabs, long pid, String url, int stopMillis) {
    /** The first tab hit, or 0. */
    int tab() {
        return tabs.isEmpty() ? 0 : tabs.get(0);
    }

    /** The fault in words, for its log line ("kill -9 renderer pid 1234 (tab 2)"). */
    String describe() {
        String tabWords = (tabs.size() == 1 ? "tab " : "tabs ") + tabs.toString().replaceAll("[\\[\\]]", "");
        switch (kind) {
            case KILL_RENDERER: return "kill -9 renderer pid " + pid + " (" + tabWords + ")";
            case STOP_RENDERER: return "stop renderer pid " + pid + " (" + tabWords + ") for " + seconds(stopMillis);
            case KILL_GPU: return "kill -9 gpu pid " + pid;
            case STOP_GPU: return "stop gpu pid " + pid + " for " + seconds(stopMillis);
            case KILL_PLUGIN: return "kill -9 plugin pid " + pid;
            case STOP_PLUGIN: return "stop plugin pid " + pid + " for " + seconds(stopMillis);
            case RELOAD: return tabWords + " reloads";
            default: return tabWords + " opens " + url;
        }
    }

    private static String seconds(int millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
