package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace file read back and held to the rules of the Chrome Trace Event Format, as a
 * viewer needs them: every event of a named process and thread; per thread, times that
 * never go back, each {@code B} closed by an {@code E} of the same name, slices nested;
 * every flow's start matched by one end.
 */
final class TraceRules {
    /** One event of the file. */
    record Event(String ph, String name, long pid, long tid, double ts, double dur, JsonObject raw) {
        String arg(String key) {
            JsonObject args = raw.getAsJsonObject("args");
            return args == null || !args.has(key) ? null : args.get(key).getAsString();
        }
    }

    final JsonObject file;
    final List<Event> events = new ArrayList<>();
    final Map<Long, String> processNames = new HashMap<>();
    final Map<Long, String> processLabels = new HashMap<>();
    final Map<String, String> threadNames = new HashMap<>(); // "pid/tid"
    /** Flow id to its start and its end. */
    final Map<String, Event> flowOuts = new HashMap<>();
    final Map<String, Event> flowIns = new HashMap<>();

    private TraceRules(JsonObject file) {
        this.file = file;
        for (JsonElement element : file.getAsJsonArray("traceEvents")) {
            JsonObject e = element.getAsJsonObject();
            String ph = e.get("ph").getAsString();
            long pid = e.get("pid").getAsLong();
            long tid = e.get("tid").getAsLong();
            String name = e.get("name").getAsString();
            if (ph.equals("M")) {
                JsonObject args = e.getAsJsonObject("args");
                if (name.equals("process_name")) processNames.put(pid, args.get("name").getAsString());
                if (name.equals("process_labels")) processLabels.put(pid, args.get("labels").getAsString());
                if (name.equals("thread_name")) threadNames.put(pid + "/" + tid, args.get("name").getAsString());
                continue;
            }
            Event event = new Event(ph, name, pid, tid, e.get("ts").getAsDouble(),
                    e.has("dur") ? e.get("dur").getAsDouble() : 0, e);
            events.add(event);
            if (e.has("bind_id")) {
                String id = e.get("bind_id").getAsString();
                Map<String, Event> side = e.has("flow_out") ? flowOuts : flowIns;
                assertFalse(side.containsKey(id), "flow " + id + " has one start and one end: " + e);
                side.put(id, event);
            }
        }
    }

    /** Reads {@code path}: it must be JSON of the format's object form. */
    static TraceRules read(Path path) throws IOException {
        JsonObject file = JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
        assertEquals("ms", file.get("displayTimeUnit").getAsString());
        return new TraceRules(file);
    }

    /** Every rule of the format a viewer relies on. */
    void holdsTheFormatRules(boolean flowsCrossProcesses) {
        Map<String, List<Event>> byThread = new LinkedHashMap<>();
        for (Event e : events) {
            assertTrue(processNames.containsKey(e.pid()), "process " + e.pid() + " is named: " + e.raw());
            assertTrue(threadNames.containsKey(e.pid() + "/" + e.tid()), "thread " + e.tid() + " is named: " + e.raw());
            byThread.computeIfAbsent(e.pid() + "/" + e.tid(), k -> new ArrayList<>()).add(e);
        }
        byThread.forEach(TraceRules::nests);
        assertEquals(flowOuts.keySet(), flowIns.keySet(), "every flow start has its end, and every end its start");
        for (String id : flowOuts.keySet()) {
            Event from = flowOuts.get(id);
            Event to = flowIns.get(id);
            if (flowsCrossProcesses) assertNotEquals(from.pid(), to.pid(), "flow " + id + " joins two processes");
            else assertNotEquals(from.tid(), to.tid(), "flow " + id + " joins two threads");
        }
    }

    /** One thread: times grow, B/E pair by name, X and B/E slices nest. */
    private static void nests(String thread, List<Event> events) {
        double last = Double.NEGATIVE_INFINITY;
        Deque<Event> open = new ArrayDeque<>(); // B events, and X events with their ends
        for (Event e : events) {
            assertTrue(e.ts() >= last, thread + ": times never go back: " + e.raw());
            last = e.ts();
            while (!open.isEmpty() && open.peek().ph().equals("X") && open.peek().ts() + open.peek().dur() <= e.ts()) open.pop();
            switch (e.ph()) {
                case "B" -> open.push(e);
                case "E" -> {
                    assertTrue(!open.isEmpty() && open.peek().ph().equals("B"), thread + ": an E closes the latest open B: " + e.raw());
                    assertEquals(open.pop().name(), e.name(), thread + ": E has its B's name");
                }
                case "X" -> {
                    for (Event outer : open) {
                        if (outer.ph().equals("X")) {
                            assertTrue(e.ts() + e.dur() <= outer.ts() + outer.dur() + 1e-6,
                                    thread + ": " + e.raw() + " lies inside " + outer.raw());
                        }
                    }
                    open.push(e);
                }
                default -> { }
            }
        }
        assertTrue(open.stream().noneMatch(e -> e.ph().equals("B")), thread + ": every B has its E: " + open);
    }

    /** The pids whose process_name is {@code name}. */
    Set<Long> pidsNamed(String name) {
        Set<Long> pids = new HashSet<>();
        processNames.forEach((pid, n) -> { if (n.equals(name)) pids.add(pid); });
        return pids;
    }

    /** How many events named {@code name} lie in process {@code pid}. */
    long count(long pid, String name) {
        return events.stream().filter(e -> e.pid() == pid && e.name().equals(name)).count();
    }

    /** The thread's name of an event. */
    String threadOf(Event e) {
        return threadNames.get(e.pid() + "/" + e.tid());
    }
}
