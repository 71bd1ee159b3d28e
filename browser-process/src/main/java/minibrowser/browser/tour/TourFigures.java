package minibrowser.browser.tour;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ToolProcess;

/**
 * The figures the tour quotes, measured on this machine while it runs: {@code compare
 * --only=context-switch,ipc --runs 1 --json}, run as a tool process (its figures would
 * be disturbed by nothing of the browser's but the browser's own idle threads), read
 * from its JSON. A figure compare did not give is {@code NaN}, and the tour says so.
 *
 * @param switchProcesses   a round trip between two processes pinned to one CPU (two switches), µs
 * @param switchThreads     the same between two threads of one process, µs
 * @param perfProcesses     {@code perf bench sched pipe} pinned, µs (NaN without perf)
 * @param perfThreads       the same with {@code -T}, µs
 * @param bigSetProcesses   two switches between processes that each touch 4 MB between them, µs
 * @param bigSetThreads     the same between threads, µs
 * @param ipcMicros         a 64-byte round trip between processes, µs, by IPC kind (shared-memory, pipe...)
 * @param latencyWinner     the kind with the shortest round trip between processes, as compare names it
 * @param throughputWinner  the kind that moved 4 MB fastest between processes
 * @param claimHolds        whether "shared memory is the fastest" held here
 */
record TourFigures(double switchProcesses, double switchThreads, double perfProcesses, double perfThreads,
                   double bigSetProcesses, double bigSetThreads, Map<String, Double> ipcMicros, String latencyWinner, String throughputWinner,
                   boolean claimHolds) {

    /** The rows take about 25 s on two cores; more than this means something is wrong. */
    private static final long TIMEOUT_SECONDS = 240;

    /** Runs compare's rows (on the calling thread's time) and reads them. */
    static TourFigures measure(Path workDir) throws Exception {
        String json = ToolProcess.run(java.util.List.of("compare", "--only=context-switch,ipc", "--runs", "1", "--json"),
                TIMEOUT_SECONDS, workDir).get(TIMEOUT_SECONDS + 10, TimeUnit.SECONDS);
        return read(json);
    }

    /** Reads compare's JSON (its rows' text fields, which carry the medians first). */
    static TourFigures read(String json) {
        double[] pinned = {Double.NaN, Double.NaN};
        double[] perf = {Double.NaN, Double.NaN};
        double[] bigSet = {Double.NaN, Double.NaN};
        Map<String, Double> ipc = new LinkedHashMap<>();
        String[] winners = {"", ""};
        boolean holds = false;
        for (JsonElement element : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("rows")) {
            JsonObject row = element.getAsJsonObject();
            String what = text(row, "what");
            if (what.startsWith("round trip, pinned")) pinned = pair(row);
            else if (what.startsWith("yardstick: perf bench sched pipe, pinned")) perf = pair(row);
            else if (what.startsWith("two switches with a working set of 4 MB")) bigSet = pair(row);
            else if (row.has("kind") && what.endsWith("64-byte round trip")) ipc.put(text(row, "kind"), pair(row)[0]);
            else if (what.equals("which kind wins, between processes")) {
                winners = new String[] {text(row, "perTab"), text(row, "singleProcess")};
                holds = text(row, "how").contains("holds on this machine");
            }
        }
        return new TourFigures(pinned[0], pinned[1], perf[0], perf[1], bigSet[0], bigSet[1], ipc, winners[0], winners[1], holds);
    }

    /** The figures of a row under processes (perTab) and threads (singleProcess): each text's first number. */
    private static double[] pair(JsonObject row) {
        return new double[] {firstNumber(text(row, "perTab")), firstNumber(text(row, "singleProcess"))};
    }

    private static String text(JsonObject row, String field) {
        return row.has(field) && row.get(field).isJsonPrimitive() ? row.get(field).getAsString() : "";
    }

    static double firstNumber(String text) {
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
        return number.find() ? Double.parseDouble(number.group()) : Double.NaN;
    }
}
