package minibrowser.browser;

import java.util.List;
import java.util.Locale;

/**
 * {@code about:ipc} (and {@code about:ipc?filter=renderer-2}): the IPC inspector as a
 * page, made by the browser from a fresh sample and committed to the tab's renderer like
 * any page; while the tab shows it, the browser commits a new one every second (the same
 * navigation, so the scroll position stays). Every name in it came from a process's
 * counters, so every one is escaped.
 */
final class IpcPage {
    static final String URL = "about:ipc";

    private IpcPage() {}

    /** True for {@code about:ipc}, with or without a filter. */
    static boolean is(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.equals(URL) || lower.startsWith(URL + "?");
    }

    /** A size that never breaks across lines. */
    private static String bytes(long count) {
        return IpcInspectorPanel.bytes(count).replace(" ", "&nbsp;");
    }

    static byte[] html(IpcTable table, String filter) {
        StringBuilder page = new StringBuilder("<html><head><title>about:ipc</title><style>"
                + "td, th { padding: 0 8px; text-align: right; } td.name, th.name { text-align: left; }</style></head><body>"
                + "<h1>IPC inspector</h1><p>Every process counts its own gRPC calls; the browser asks each for its "
                + "counters (ChildProcess.GetIpcStats) and refreshes this page every second.</p><p>Processes: ");
        page.append(ErrorPages.escape(String.join(" · ", table.legend()))).append("</p>");
        page.append("<p>Showing: ").append(filter == null ? "all processes" : ErrorPages.escape(filter))
                .append(". Filter by a process with <code>about:ipc?filter=NAME</code>.</p>");
        page.append("<table><tr><th class=\"name\">caller</th><th class=\"name\">callee</th><th class=\"name\">method</th>"
                + "<th>calls/s</th><th>calls</th><th>sent</th><th>received</th><th>p50 ms</th><th>p95 ms</th><th>errors</th></tr>");
        List<IpcTable.Row> rows = table.rows().stream().filter(r -> filter == null || r.involves(filter)).toList();
        for (IpcTable.Row row : rows) {
            page.append("<tr><td class=\"name\">").append(ErrorPages.escape(row.caller()))
                    .append("</td><td class=\"name\">").append(ErrorPages.escape(row.callee()))
                    .append("</td><td class=\"name\">").append(ErrorPages.escape(row.method()))
                    .append("</td><td>").append(String.format("%.1f", row.perSecond()))
                    .append("</td><td>").append(row.calls())
                    .append("</td><td>").append(bytes(row.bytesSent()))
                    .append("</td><td>").append(bytes(row.bytesReceived()))
                    .append("</td><td>").append(String.format("%.1f", row.p50Micros() / 1000.0))
                    .append("</td><td>").append(String.format("%.1f", row.p95Micros() / 1000.0))
                    .append("</td><td>").append(row.errors()).append("</td></tr>");
        }
        page.append("</table>");
        if (rows.isEmpty()) page.append("<p>No calls yet.</p>");
        page.append("<h2>Last calls</h2><ul>");
        table.recent().stream().filter(r -> filter == null || r.involves(filter))
                .forEach(call -> page.append("<li>").append(ErrorPages.escape(IpcInspectorPanel.describe(call))).append("</li>"));
        page.append("</ul></body></html>");
        return page.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
