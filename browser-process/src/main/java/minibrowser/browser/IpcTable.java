package minibrowser.browser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import minibrowser.proto.IpcCall;
import minibrowser.proto.IpcMethodStats;
import minibrowser.proto.IpcStatsReply;

/**
 * What the IPC inspector shows at one moment: one row per caller, callee and method
 * (calls, calls per second since the last sample, bytes each way, errors, latency p50 and
 * p95) and the last calls of every process, newest last. Made from each process's own
 * counters ({@code ChildProcess.GetIpcStats}, and the browser's own); immutable.
 *
 * <p>The counters of a child are its word, so they are only shown, never acted on, and
 * bounded first: at most {@value #MAX_ROWS_PER_PROCESS} rows a process, names cut to
 * {@value #MAX_NAME} characters, negative numbers read as 0.
 */
record IpcTable(long sampledNanos, List<Row> rows, List<Recent> recent, List<String> legend) {
    static final int MAX_ROWS_PER_PROCESS = 200;
    static final int MAX_RECENT = 64;
    static final int MAX_NAME = 60;

    /**
     * One process's counters, as the browser got them: who it is and which it is (the
     * browser's word: "renderer-2", "renderer-2 4711 (tab 2)") and what it said.
     */
    record Report(String caller, String label, IpcStatsReply stats) {}

    /** The calls of {@code caller} to {@code method} of {@code callee}. */
    record Row(String caller, String callee, String method, long calls, double perSecond, long bytesSent,
               long bytesReceived, long errors, long p50Micros, long p95Micros) {
        boolean involves(String process) {
            return caller.equals(process) || callee.equals(process);
        }
    }

    /** One call, {@code agoNanos} before the sample. */
    record Recent(long agoNanos, String caller, String callee, String method, long bytesSent, long bytesReceived,
                  long latencyMicros, String status) {
        boolean involves(String process) {
            return caller.equals(process) || callee.equals(process);
        }
    }

    static final IpcTable EMPTY = new IpcTable(0, List.of(), List.of(), List.of());

    /** The table of {@code reports} at {@code nowNanos}; rates against {@code previous} (EMPTY for none). */
    static IpcTable of(List<Report> reports, IpcTable previous, long nowNanos) {
        Map<String, Row> before = new HashMap<>();
        for (Row row : previous.rows()) before.put(key(row.caller(), row.callee(), row.method()), row);
        double seconds = previous.sampledNanos() == 0 ? 0 : (nowNanos - previous.sampledNanos()) / 1e9;
        List<Row> rows = new ArrayList<>();
        List<Recent> recent = new ArrayList<>();
        for (Report report : reports) {
            String caller = cut(report.caller());
            int taken = 0;
            for (IpcMethodStats m : report.stats().getMethodsList()) {
                if (++taken > MAX_ROWS_PER_PROCESS) break;
                String callee = cut(m.getPeer());
                String method = cut(m.getMethod());
                long calls = Math.max(0, m.getCalls());
                Row last = before.get(key(caller, callee, method));
                double rate = seconds <= 0 || last == null ? 0 : Math.max(0, calls - last.calls()) / seconds;
                rows.add(new Row(caller, callee, method, calls, rate, Math.max(0, m.getBytesSent()),
                        Math.max(0, m.getBytesReceived()), Math.max(0, m.getErrors()), Math.max(0, m.getP50Micros()),
                        Math.max(0, m.getP95Micros())));
            }
            taken = 0;
            for (IpcCall call : report.stats().getRecentList()) {
                if (++taken > MAX_RECENT) break;
                recent.add(new Recent(Math.max(0, nowNanos - call.getTimeNanos()), caller, cut(call.getPeer()),
                        cut(call.getMethod()), Math.max(0, call.getBytesSent()), Math.max(0, call.getBytesReceived()),
                        Math.max(0, call.getLatencyMicros()), cut(call.getStatus())));
            }
        }
        // The busiest first, so that a tab just opened shows its messages at the top.
        rows.sort(Comparator.comparingDouble(Row::perSecond).reversed().thenComparing(Comparator.comparingLong(Row::calls).reversed())
                .thenComparing(Row::caller).thenComparing(Row::callee).thenComparing(Row::method));
        recent.sort(Comparator.comparingLong(Recent::agoNanos).reversed());
        List<Recent> newest = recent.subList(Math.max(0, recent.size() - MAX_RECENT), recent.size());
        return new IpcTable(nowNanos, List.copyOf(rows), List.copyOf(newest),
                reports.stream().map(Report::label).toList());
    }

    /** Every process named as a caller or a callee, sorted: what the filter cycles through. */
    List<String> processes() {
        TreeSet<String> names = new TreeSet<>();
        for (Row row : rows) {
            names.add(row.caller());
            names.add(row.callee());
        }
        return List.copyOf(names);
    }

    /** Distinct caller-callee pairs. */
    long pairs() {
        return rows.stream().map(r -> r.caller() + "\u0000" + r.callee()).distinct().count();
    }

    private static String key(String caller, String callee, String method) {
        return caller + "\u0000" + callee + "\u0000" + method;
    }

    private static String cut(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() <= MAX_NAME ? clean : clean.substring(0, MAX_NAME);
    }
}
