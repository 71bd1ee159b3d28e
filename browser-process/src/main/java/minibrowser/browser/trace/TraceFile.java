package minibrowser.browser.trace;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import minibrowser.common.trace.TraceBuffer;
import minibrowser.proto.TraceChunk;
import minibrowser.proto.TraceRecord;
import minibrowser.proto.TraceThread;

/**
 * Writes the recordings of every process as one file in the Chrome Trace Event Format:
 * <pre>
 *   {"traceEvents": [
 *      {"ph":"M","name":"process_name","pid":4242,"tid":0,"args":{"name":"renderer"}},
 *      {"ph":"M","name":"thread_name","pid":4242,"tid":4250,"args":{"name":"renderer-main"}},
 *      {"ph":"X","cat":"ipc","name":"call Gpu.SubmitCompositorFrame","pid":4242,"tid":4251,
 *       "ts":81234567.125,"dur":412.5,"args":{...},"bind_id":"0x1092000000a1","flow_out":true},
 *      ...],
 *    "displayTimeUnit": "ms",
 *    "otherData": {"droppedEvents": 0, "refusedEvents": 0, "unmatchedFlows": 3}}
 * </pre>
 * {@code ts} and {@code dur} are microseconds on CLOCK_MONOTONIC, written with all
 * nine digits of the nanoseconds the processes recorded.
 *
 * <p>Nothing a child sent is written unchecked: the pid is the one the browser knows;
 * each event must have a known phase, a time on the clock up to now, a thread id and
 * bounded text (else it is refused, and counted); each thread's events are put in an
 * order that nests ({@link ThreadTimeline}); a flow arrow is kept only when exactly one
 * start and one end arrived, on two different threads (the rest are counted as unmatched:
 * a call to a renderer that was killed has no end). Every pid and thread gets a name.
 */
public final class TraceFile {
    /** Longest category, name, argument or thread name kept; the rest is cut. */
    private static final int MAX_TEXT = 200;
    /** Most name/value strings one event keeps. */
    private static final int MAX_ARGS = 32;
    /** Longest slice believed: a day. */
    private static final long MAX_DURATION_NANOS = 86_400_000_000_000L;

    /**
     * What one process recorded, and what the browser itself knows of that process.
     *
     * @param pid       the pid the browser started (a child's own word for it is not used)
     * @param name      process_name: "browser", "renderer", "gpu", "plugin"
     * @param labels    process_labels: "renderer for tabs 1, 3"; empty for none
     * @param sortIndex where the process's group is drawn, lowest first
     * @param hostTids  the child's thread ids (its PID namespace's) to the host's ({@link HostThreadIds})
     */
    public record Part(long pid, String name, String labels, int sortIndex, TraceChunk chunk, Map<Long, Long> hostTids) {}

    /** What was written. */
    public record Summary(Path path, long events, long dropped, long refused, long unmatchedFlows, int processes,
                          long repaired) {}

    private TraceFile() {}

    /** Writes {@code parts} to {@code path} (through a temporary file beside it, then moved in place). */
    public static Summary write(Path path, List<Part> parts) throws IOException {
        long now = System.nanoTime();
        long refused = 0;
        long dropped = 0;
        // 1. Check every event; group what passes by process and thread.
        Map<Long, Map<Long, List<CheckedEvent>>> threads = new TreeMap<>();
        Map<Long, Map<Long, String>> threadNames = new HashMap<>();
        for (Part part : parts) {
            Map<Long, List<CheckedEvent>> byThread = threads.computeIfAbsent(part.pid(), pid -> new TreeMap<>());
            Map<Long, String> names = threadNames.computeIfAbsent(part.pid(), pid -> new HashMap<>());
            dropped += Math.max(0, part.chunk().getDropped());
            int taken = 0;
            for (TraceRecord record : part.chunk().getEventsList()) {
                CheckedEvent event = ++taken > TraceBuffer.MAX_CAPACITY ? null : check(record, part.hostTids(), now);
                if (event == null) {
                    refused++;
                    continue;
                }
                byThread.computeIfAbsent(event.threadId(), tid -> new ArrayList<>()).add(event);
            }
            for (TraceThread thread : part.chunk().getThreadsList()) {
                long tid = part.hostTids().getOrDefault(thread.getThreadId(), thread.getThreadId());
                names.putIfAbsent(tid, cut(thread.getName()));
            }
        }
        // 2. Each thread in an order that nests.
        long repaired = 0;
        for (Map<Long, List<CheckedEvent>> byThread : threads.values()) {
            for (Map.Entry<Long, List<CheckedEvent>> thread : byThread.entrySet()) {
                ThreadTimeline.Ordered ordered = ThreadTimeline.order(thread.getValue(), now);
                repaired += ordered.repaired();
                thread.setValue(ordered.events());
            }
        }
        // 3. Keep the flows with exactly one start and one end, on different threads, among the events written
        //    (an E is not written as such: it becomes its B's end, or is dropped, and its flow with it).
        FlowCensus flows = new FlowCensus();
        threads.forEach((pid, byThread) -> byThread.forEach((tid, events) -> events.forEach(e -> flows.count(pid, tid, e))));
        // 4. The file.
        Path temporary = path.resolveSibling(path.getFileName() + ".part");
        long written = 0;
        try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
             JsonWriter json = new JsonWriter(out)) {
            json.beginObject().name("traceEvents").beginArray();
            for (Part part : parts) writeProcessNames(json, part);
            for (Map.Entry<Long, Map<Long, List<CheckedEvent>>> process : threads.entrySet()) {
                long pid = process.getKey();
                for (Map.Entry<Long, List<CheckedEvent>> thread : process.getValue().entrySet()) {
                    long tid = thread.getKey();
                    String name = threadNames.get(pid).getOrDefault(tid, "thread " + tid);
                    writeMetadata(json, "thread_name", pid, tid, "name", name);
                    for (CheckedEvent event : thread.getValue()) {
                        writeEvent(json, pid, event, flows.kept(event.bindId()));
                        written++;
                    }
                }
            }
            json.endArray();
            json.name("displayTimeUnit").value("ms");
            json.name("otherData").beginObject()
                    .name("droppedEvents").value(dropped)
                    .name("refusedEvents").value(refused)
                    .name("unmatchedFlows").value(flows.unmatched())
                    .name("repairedEvents").value(repaired)
                    .endObject();
            json.endObject();
        }
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(path, written, dropped, refused, flows.unmatched(), parts.size(), repaired);
    }

    /** The event as the file may hold it, or null when it breaks a rule of the format or of sense. */
    private static CheckedEvent check(TraceRecord record, Map<Long, Long> hostTids, long now) {
        String phase = record.getPhase();
        if (phase.length() != 1 || "BEXiC".indexOf(phase.charAt(0)) < 0) return null;
        if (record.getTimeNanos() <= 0 || record.getTimeNanos() > now) return null;
        if (record.getDurationNanos() < 0 || record.getDurationNanos() > MAX_DURATION_NANOS) return null;
        if (record.getThreadId() <= 0 || record.getThreadId() > Integer.MAX_VALUE) return null;
        if (record.getArgsCount() > MAX_ARGS || record.getArgsCount() % 2 != 0) return null;
        List<String> args = new ArrayList<>(record.getArgsCount());
        for (String arg : record.getArgsList()) args.add(cut(arg));
        char ph = phase.charAt(0);
        if (ph == 'C') {
            for (int i = 1; i < args.size(); i += 2) {
                if (!isFinite(args.get(i))) return null; // a counter's values are numbers
            }
        }
        long tid = hostTids.getOrDefault(record.getThreadId(), record.getThreadId());
        boolean out = record.getFlowOut() && record.getBindId() != 0;
        boolean in = record.getFlowIn() && record.getBindId() != 0 && !out;
        return new CheckedEvent(ph, cut(record.getCategory()), cut(record.getName()), record.getTimeNanos(),
                ph == 'X' ? record.getDurationNanos() : 0, tid, out || in ? record.getBindId() : 0, out, in, args);
    }

    private static void writeProcessNames(JsonWriter json, Part part) throws IOException {
        writeMetadata(json, "process_name", part.pid(), 0, "name", part.name());
        if (!part.labels().isEmpty()) writeMetadata(json, "process_labels", part.pid(), 0, "labels", part.labels());
        json.beginObject().name("ph").value("M").name("name").value("process_sort_index")
                .name("pid").value(part.pid()).name("tid").value(0)
                .name("args").beginObject().name("sort_index").value(part.sortIndex()).endObject().endObject();
    }

    private static void writeMetadata(JsonWriter json, String kind, long pid, long tid, String key, String value)
            throws IOException {
        json.beginObject().name("ph").value("M").name("name").value(kind).name("pid").value(pid).name("tid").value(tid)
                .name("args").beginObject().name(key).value(value).endObject().endObject();
    }

    private static void writeEvent(JsonWriter json, long pid, CheckedEvent event, boolean flowKept) throws IOException {
        json.beginObject()
                .name("ph").value(String.valueOf(event.phase()))
                .name("cat").value(event.category())
                .name("name").value(event.name())
                .name("pid").value(pid)
                .name("tid").value(event.threadId())
                .name("ts").jsonValue(micros(event.timeNanos()));
        if (event.phase() == 'X') json.name("dur").jsonValue(micros(event.durationNanos()));
        if (event.phase() == 'i') json.name("s").value("t"); // an instant of this thread
        if (!event.args().isEmpty()) {
            json.name("args").beginObject();
            Map<String, String> args = new LinkedHashMap<>();
            for (int i = 0; i + 1 < event.args().size(); i += 2) args.putIfAbsent(event.args().get(i), event.args().get(i + 1));
            for (Map.Entry<String, String> arg : args.entrySet()) {
                json.name(arg.getKey());
                if (event.phase() == 'C') json.value(Double.parseDouble(arg.getValue()));
                else json.value(arg.getValue());
            }
            json.endObject();
        }
        if (flowKept && event.bindId() != 0) {
            json.name("bind_id").value("0x" + Long.toHexString(event.bindId()));
            json.name(event.flowOut() ? "flow_out" : "flow_in").value(true);
        }
        json.endObject();
    }

    /** Nanoseconds as microseconds with every digit: 81234567125 is "81234567.125". */
    static String micros(long nanos) {
        // Long.toString writes ASCII digits in any locale; the fraction is padded to three by hand.
        long fraction = nanos % 1000;
        return nanos / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }

    private static String cut(String text) {
        if (text.length() <= MAX_TEXT) return text;
        // Never half of a surrogate pair: UTF-8 cannot encode it, and the writer would throw.
        return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
    }

    private static boolean isFinite(String number) {
        try {
            return Double.isFinite(Double.parseDouble(number));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Counts the ends of each flow; a flow is kept when it has one start and one end, on two threads. */
    private static final class FlowCensus {
        /** The starts and ends seen of one flow, and the thread ("pid/tid") of each. */
        private static final class Ends {
            int starts;
            int ends;
            String from = "";
            String to = "";
        }

        private final Map<Long, Ends> flows = new HashMap<>();

        void count(long pid, long tid, CheckedEvent event) {
            if (event.bindId() == 0) return;
            Ends seen = flows.computeIfAbsent(event.bindId(), id -> new Ends());
            if (event.flowOut()) {
                seen.starts++;
                seen.from = pid + "/" + tid;
            } else {
                seen.ends++;
                seen.to = pid + "/" + tid;
            }
        }

        boolean kept(long id) {
            Ends seen = flows.get(id);
            return seen != null && seen.starts == 1 && seen.ends == 1 && !seen.from.equals(seen.to);
        }

        long unmatched() {
            return flows.keySet().stream().filter(id -> !kept(id)).count();
        }
    }
}
