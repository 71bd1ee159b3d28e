package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The IPC inspector's panel as lines over the page (a pure function, like
 * {@link ConsolePanel}): a heading, one line per caller, callee and method, busiest first,
 * then the last calls, newest at the bottom, as many of each as fit in {@code pageRows}.
 * <pre>
 *   IPC inspector · 9 process pairs · all processes · live   I closes · p pauses · o filters
 *   processes: browser 4242 · gpu 4250 · renderer-1 4260 (tab 1) · plugin 4270
 *   caller       callee     method                       call/s calls    bytes p50 ms p95 ms err
 *   renderer-1 → gpu        FrameSink.SubmitCompositorF…    4.0    31   1.9 KB    0.3    1.2   0
 *   last calls
 *     0.2 s ago  renderer-1 → gpu  FrameSink.SubmitCompositorFrame  64 B / 2 B  0.3 ms  OK
 * </pre>
 */
final class IpcInspectorPanel {
    /** The widest line: a 100-column terminal, less the box's border. */
    private static final int LINE_WIDTH = 94;
    /** Lines kept for the last calls when rows are many. */
    private static final int RECENT_LINES = 6;

    private IpcInspectorPanel() {}

    static List<String> lines(IpcInspector.View view, int pageRows) {
        IpcTable table = view.table();
        String process = view.filter();
        List<IpcTable.Row> rows = table.rows().stream().filter(r -> process == null || r.involves(process)).toList();
        List<IpcTable.Recent> recent = table.recent().stream().filter(r -> process == null || r.involves(process)).toList();
        List<String> lines = new ArrayList<>();
        lines.add("IPC inspector · " + table.pairs() + " process pairs · " + (process == null ? "all processes" : process)
                + " · " + (view.paused() ? "PAUSED" : "live") + "   I closes · p pauses · o filters");
        lines.addAll(wrap("processes: ", table.legend()));
        lines.add(String.format("%-10s   %-10s %-28s %6s %5s %8s %6s %6s %3s",
                "caller", "callee", "method", "call/s", "calls", "bytes", "p50 ms", "p95 ms", "err"));
        int room = Math.max(1, pageRows - 2); // the box's border
        int recentRoom = Math.min(RECENT_LINES, recent.size());
        int rowRoom = Math.max(1, room - lines.size() - (recentRoom > 0 ? recentRoom + 1 : 0));
        if (rows.isEmpty()) lines.add(table.sampledNanos() == 0 ? "(sampling...)" : "(no calls yet)");
        for (IpcTable.Row row : rows.subList(0, Math.min(rows.size(), rowRoom))) {
            lines.add(String.format("%-10s → %-10s %-28s %6.1f %5d %8s %6.1f %6.1f %3d", fit(row.caller(), 10),
                    fit(row.callee(), 10), fit(row.method(), 28), row.perSecond(), row.calls(),
                    bytes(row.bytesSent() + row.bytesReceived()), row.p50Micros() / 1000.0, row.p95Micros() / 1000.0,
                    row.errors()));
        }
        if (rows.size() > rowRoom) lines.add("(" + (rows.size() - rowRoom) + " more rows: o filters by process)");
        if (recentRoom > 0 && lines.size() + 1 < room) {
            lines.add("last calls");
            int fits = Math.min(recentRoom, room - lines.size());
            for (IpcTable.Recent call : recent.subList(recent.size() - fits, recent.size())) {
                lines.add(fit("  " + describe(call), LINE_WIDTH));
            }
        }
        return lines;
    }

    /** "0.2 s ago  renderer-1 → gpu  FrameSink.SubmitCompositorFrame  64 B / 2 B  0.3 ms  OK". */
    static String describe(IpcTable.Recent call) {
        return String.format("%5.1f s ago  %s → %s  %s  %s / %s  %.1f ms  %s", call.agoNanos() / 1e9, call.caller(),
                call.callee(), call.method(), bytes(call.bytesSent()), bytes(call.bytesReceived()),
                call.latencyMicros() / 1000.0, call.status());
    }

    /** "processes: browser 4242 · gpu 4250 · ..." in lines of at most {@link #LINE_WIDTH}. */
    private static List<String> wrap(String heading, List<String> items) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(heading);
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i + 1 < items.size() ? " ·" : "");
            if (line.length() + item.length() + 1 > LINE_WIDTH && line.length() > heading.length()) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(heading.length()));
            }
            line.append(line.length() > heading.length() ? " " : "").append(fit(item, LINE_WIDTH - heading.length()));
        }
        lines.add(line.toString());
        return lines;
    }

    /** "62 B", "1.9 KB", "3.4 MB". */
    static String bytes(long count) {
        if (count < 1024) return count + " B";
        if (count < 1024 * 1024) return String.format("%.1f KB", count / 1024.0);
        return String.format("%.1f MB", count / (1024.0 * 1024));
    }

    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
