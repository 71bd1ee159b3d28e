package minibrowser.browser.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import minibrowser.common.trace.TraceBuffer;
import minibrowser.proto.TraceChunk;
import minibrowser.proto.TraceRecord;
import minibrowser.proto.TraceThread;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TraceFile}: what it writes, read back with Gson, as a trace viewer and an attacker
 * see it. Every file written here also passes {@link #assertViewable}: valid JSON, times in
 * microseconds with three decimals, every pid and thread named, each thread's events in an
 * order that nests ({@link TimelineRules}), and every kept flow with one start and one end.
 */
class TraceFileTest {
    /** One second after boot: on the clock, and earlier than any System.nanoTime() of a running test. */
    private static final long T = 1_000_000_000L;
    private static final long DAY_NANOS = 86_400_000_000_000L;
    private static final Pattern MICROS = Pattern.compile("\\d+\\.\\d{3}");

    @TempDir
    Path dir;

    // ---- building chunks ----

    private static TraceRecord.Builder rec(String phase, String name, long time, long tid) {
        return TraceRecord.newBuilder().setPhase(phase).setCategory("test").setName(name).setTimeNanos(time)
                .setThreadId(tid);
    }

    private static TraceRecord.Builder complete(String name, long time, long duration, long tid) {
        return rec("X", name, time, tid).setDurationNanos(duration);
    }

    private static TraceChunk chunk(TraceRecord.Builder... records) {
        TraceChunk.Builder chunk = TraceChunk.newBuilder();
        for (TraceRecord.Builder record : records) chunk.addEvents(record);
        return chunk.build();
    }

    private static TraceFile.Part part(long pid, TraceChunk chunk) {
        return new TraceFile.Part(pid, "renderer", "", 1, chunk, Map.of());
    }

    // ---- reading the file back ----

    /** The file as parsed, strictly; and what write() said of it. */
    private record Written(JsonObject root, TraceFile.Summary summary) {
        JsonArray traceEvents() {
            return root.getAsJsonArray("traceEvents");
        }

        /** Every event other than metadata. */
        List<JsonObject> events() {
            List<JsonObject> events = new ArrayList<>();
            for (JsonElement e : traceEvents()) {
                if (!e.getAsJsonObject().get("ph").getAsString().equals("M")) events.add(e.getAsJsonObject());
            }
            return events;
        }

        List<JsonObject> metadata(String kind) {
            List<JsonObject> found = new ArrayList<>();
            for (JsonElement e : traceEvents()) {
                JsonObject o = e.getAsJsonObject();
                if (o.get("ph").getAsString().equals("M") && o.get("name").getAsString().equals(kind)) found.add(o);
            }
            return found;
        }

        JsonObject event(String name) {
            return events().stream().filter(e -> e.get("name").getAsString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no event named " + name));
        }

        List<String> names() {
            return events().stream().map(e -> e.get("name").getAsString()).toList();
        }

        String threadName(long pid, long tid) {
            return metadata("thread_name").stream()
                    .filter(m -> m.get("pid").getAsLong() == pid && m.get("tid").getAsLong() == tid)
                    .map(m -> m.getAsJsonObject("args").get("name").getAsString()).findFirst().orElse(null);
        }

        long other(String key) {
            return root.getAsJsonObject("otherData").get(key).getAsLong();
        }
    }

    private Written write(TraceFile.Part... parts) throws IOException {
        Path path = dir.resolve("trace.json");
        TraceFile.Summary summary = TraceFile.write(path, List.of(parts));
        JsonObject root;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            JsonReader reader = new JsonReader(in);
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader).getAsJsonObject();
            assertEquals(JsonToken.END_DOCUMENT, reader.peek(), "nothing after the object");
        }
        Written written = new Written(root, summary);
        assertViewable(written);
        return written;
    }

    private static long nanos(JsonElement micros) {
        String text = micros.getAsString();
        assertTrue(MICROS.matcher(text).matches(), "microseconds with three decimals: " + text);
        return new BigDecimal(text).movePointRight(3).longValueExact();
    }

    /** What any file must be, whatever went in. */
    private static void assertViewable(Written written) {
        JsonObject root = written.root();
        assertEquals("ms", root.get("displayTimeUnit").getAsString());
        JsonObject other = root.getAsJsonObject("otherData");
        for (String key : List.of("droppedEvents", "refusedEvents", "unmatchedFlows", "repairedEvents")) {
            assertTrue(other.get(key).getAsLong() >= 0, key);
        }
        TraceFile.Summary summary = written.summary();
        assertEquals(summary.dropped(), other.get("droppedEvents").getAsLong());
        assertEquals(summary.refused(), other.get("refusedEvents").getAsLong());
        assertEquals(summary.unmatchedFlows(), other.get("unmatchedFlows").getAsLong());
        assertEquals(summary.repaired(), other.get("repairedEvents").getAsLong());
        assertEquals(summary.events(), written.events().size());

        Set<Long> namedPids = new HashSet<>();
        written.metadata("process_name").forEach(m -> namedPids.add(m.get("pid").getAsLong()));
        Set<String> namedThreads = new HashSet<>();
        written.metadata("thread_name").forEach(m -> namedThreads.add(m.get("pid").getAsLong() + "/" + m.get("tid").getAsLong()));

        Map<String, List<TimelineRules.Ev>> threads = new LinkedHashMap<>();
        Map<String, List<String>> flowEnds = new HashMap<>();
        for (JsonObject event : written.events()) {
            long pid = event.get("pid").getAsLong();
            long tid = event.get("tid").getAsLong();
            String thread = pid + "/" + tid;
            assertTrue(namedPids.contains(pid), "process_name for pid " + pid);
            assertTrue(namedThreads.contains(thread), "thread_name for " + thread);
            char phase = event.get("ph").getAsString().charAt(0);
            long duration = phase == 'X' ? nanos(event.get("dur")) : 0;
            threads.computeIfAbsent(thread, t -> new ArrayList<>())
                    .add(new TimelineRules.Ev(phase, event.get("name").getAsString(), nanos(event.get("ts")), duration));
            if (event.has("bind_id")) {
                boolean out = event.has("flow_out");
                boolean in = event.has("flow_in");
                assertTrue(out != in, "one flow end per event: " + event);
                assertTrue((out ? event.get("flow_out") : event.get("flow_in")).getAsBoolean());
                flowEnds.computeIfAbsent(event.get("bind_id").getAsString(), id -> new ArrayList<>())
                        .add((out ? "out " : "in ") + thread);
            } else {
                assertFalse(event.has("flow_out") || event.has("flow_in"), "a flow end without an id: " + event);
            }
        }
        threads.forEach((thread, events) -> TimelineRules.assertNest(events));
        flowEnds.forEach((id, ends) -> {
            assertEquals(2, ends.size(), "flow " + id + " has one start and one end: " + ends);
            assertTrue(ends.get(0).startsWith("out ") != ends.get(1).startsWith("out "), "flow " + id + ": " + ends);
            assertFalse(ends.get(0).substring(ends.get(0).indexOf(' ')).equals(ends.get(1).substring(ends.get(1).indexOf(' '))),
                    "flow " + id + " joins two threads: " + ends);
        });
    }

    // ---- the file's frame ----

    // No parts at all: still a valid object with no events and every count zero; no temporary left behind.
    @Test
    void noPartsWritesAnEmptyTrace() throws IOException {
        Written written = write();
        assertEquals(0, written.traceEvents().size());
        for (String key : List.of("droppedEvents", "refusedEvents", "unmatchedFlows", "repairedEvents")) {
            assertEquals(0, written.other(key), key);
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("trace.json")), files.toList(), "the .part file was moved in place");
        }
    }

    // A process that recorded nothing is still named (process_name, process_labels, sort index), and has no threads.
    @Test
    void partWithNoEventsIsStillNamed() throws IOException {
        TraceChunk empty = TraceChunk.newBuilder().addThreads(TraceThread.newBuilder().setThreadId(3).setName("idle"))
                .build();
        Written written = write(new TraceFile.Part(4242, "renderer", "renderer for tabs 1, 3", 5, empty, Map.of()));
        assertEquals(0, written.events().size());
        JsonObject name = written.metadata("process_name").get(0);
        assertEquals(4242, name.get("pid").getAsLong());
        assertEquals("renderer", name.getAsJsonObject("args").get("name").getAsString());
        assertEquals("renderer for tabs 1, 3",
                written.metadata("process_labels").get(0).getAsJsonObject("args").get("labels").getAsString());
        assertEquals(5, written.metadata("process_sort_index").get(0).getAsJsonObject("args").get("sort_index").getAsInt());
        assertTrue(written.metadata("thread_name").isEmpty(), "only threads with events are named");
    }

    // A process with no labels gets no process_labels entry.
    @Test
    void emptyLabelsAreNotWritten() throws IOException {
        Written written = write(part(1, chunk(rec("i", "mark", T, 1))));
        assertEquals(1, written.metadata("process_name").size());
        assertTrue(written.metadata("process_labels").isEmpty());
    }

    // The counts a child reports (its ring's drops) and the counts the writer makes appear in otherData.
    @Test
    void otherDataCountsDroppedRefusedUnmatchedRepaired() throws IOException {
        TraceChunk chunk = chunk(
                rec("Z", "refused", T, 1),
                rec("E", "orphan-end", T, 1),                         // repaired: dropped
                rec("B", "never-closed", T + 10, 1),                  // repaired: closed at the end
                complete("lone-start", T + 20, 5, 1).setBindId(9).setFlowOut(true)) // unmatched
                .toBuilder().setDropped(17).build();
        TraceChunk negative = TraceChunk.newBuilder().setDropped(-5).build(); // a lie, not subtracted
        Written written = write(part(1, chunk), part(2, negative));
        assertEquals(17, written.other("droppedEvents"));
        assertEquals(1, written.other("refusedEvents"));
        assertEquals(1, written.other("unmatchedFlows"));
        assertEquals(2, written.other("repairedEvents"));
    }

    // ---- times ----

    // micros() keeps every nanosecond digit, padded to three decimals.
    @Test
    void microsKeepsEveryNanosecondDigit() {
        assertEquals("0.000", TraceFile.micros(0));
        assertEquals("0.999", TraceFile.micros(999));
        assertEquals("1.000", TraceFile.micros(1000));
        assertEquals("1.001", TraceFile.micros(1001));
        assertEquals("81234567.125", TraceFile.micros(81_234_567_125L));
        assertEquals("9223372036854775.807", TraceFile.micros(Long.MAX_VALUE));
    }

    // A default locale with other digits (Arabic, Persian, Thai) must not leak into the numbers of the JSON.
    @Test
    void microsIgnoresTheDefaultLocale() throws IOException {
        Locale saved = Locale.getDefault();
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            for (String tag : List.of("ar-EG", "fa-IR", "th-TH-u-nu-thai")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertEquals("81234567.125", TraceFile.micros(81_234_567_125L), tag);
                Written written = write(part(1, chunk(complete("x", T + 125, 5, 1))));
                assertEquals("1000000.125", written.event("x").get("ts").getAsString(), tag);
            }
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
        }
    }

    // ts and dur in the file are microseconds with all nine nanosecond digits, as literal JSON numbers.
    @Test
    void tsAndDurAreMicrosecondsWithNanosecondDigits() throws IOException {
        Written written = write(part(1, chunk(
                complete("slice", 1_234_567_125L, 412_500, 1),
                rec("i", "mark", 1_234_567_126L, 1),
                complete("short", 1_234_567_200L, 1, 1))));
        JsonObject slice = written.event("slice");
        assertEquals("1234567.125", slice.get("ts").getAsString());
        assertEquals("412.500", slice.get("dur").getAsString());
        assertTrue(slice.get("ts").getAsJsonPrimitive().isNumber(), "ts is a number, not a string");
        assertEquals("1234567.126", written.event("mark").get("ts").getAsString());
        assertEquals("t", written.event("mark").get("s").getAsString(), "an instant of its thread");
        assertFalse(written.event("mark").has("dur"));
        assertEquals("0.001", written.event("short").get("dur").getAsString());
    }

    // ---- whose event it is ----

    // The pid written is the one the browser knows (the Part's), never the one the child claims in its chunk.
    @Test
    void pidIsThePartsNotTheChunks() throws IOException {
        TraceChunk lying = chunk(rec("i", "a", T, 1), complete("b", T + 1, 1, 2)).toBuilder().setPid(1).build();
        Written written = write(part(4242, lying));
        for (JsonElement e : written.traceEvents()) {
            assertEquals(4242, e.getAsJsonObject().get("pid").getAsLong(), e.toString());
        }
    }

    // Thread ids, of events and of thread names, go through hostTids; an id not in the map stays as sent.
    @Test
    void threadIdsAreMappedToTheHosts() throws IOException {
        TraceChunk chunk = chunk(rec("i", "mapped", T, 7), rec("i", "unmapped", T, 9)).toBuilder()
                .addThreads(TraceThread.newBuilder().setThreadId(7).setName("renderer-main"))
                .addThreads(TraceThread.newBuilder().setThreadId(9).setName("compositor"))
                .build();
        Written written = write(new TraceFile.Part(50, "renderer", "", 0, chunk, Map.of(7L, 41235L)));
        assertEquals(41235, written.event("mapped").get("tid").getAsLong());
        assertEquals(9, written.event("unmapped").get("tid").getAsLong());
        assertEquals("renderer-main", written.threadName(50, 41235));
        assertEquals("compositor", written.threadName(50, 9));
        assertNull(written.threadName(50, 7), "the child's own id is not written");
    }

    // A thread that recorded events but sent no name is called "thread <tid>" (its host id).
    @Test
    void threadWithoutANameGetsOne() throws IOException {
        Written written = write(new TraceFile.Part(50, "gpu", "", 0, chunk(rec("i", "a", T, 7), rec("i", "b", T, 8)),
                Map.of(7L, 700L)));
        assertEquals("thread 700", written.threadName(50, 700));
        assertEquals("thread 8", written.threadName(50, 8));
    }

    // Two processes each get their own name, and the same thread id in both is two threads.
    @Test
    void everyProcessAndThreadIsNamed() throws IOException {
        TraceChunk a = chunk(rec("i", "a", T, 5)).toBuilder()
                .addThreads(TraceThread.newBuilder().setThreadId(5).setName("main-a")).build();
        TraceChunk b = chunk(rec("i", "b", T, 5)).toBuilder()
                .addThreads(TraceThread.newBuilder().setThreadId(5).setName("main-b")).build();
        Written written = write(new TraceFile.Part(10, "browser", "", 0, a, Map.of()),
                new TraceFile.Part(20, "gpu", "", 2, b, Map.of()));
        assertEquals(2, written.metadata("process_name").size());
        assertEquals("main-a", written.threadName(10, 5));
        assertEquals("main-b", written.threadName(20, 5));
    }

    // ---- what is refused ----

    /** Writes {@code bad} beside one good event, and checks that all of the bad are refused and counted. */
    private void assertAllRefused(List<TraceRecord.Builder> bad) throws IOException {
        TraceChunk.Builder chunk = TraceChunk.newBuilder().addEvents(rec("i", "good", T, 1));
        bad.forEach(chunk::addEvents);
        Written written = write(part(1, chunk.build()));
        assertEquals(List.of("good"), written.names());
        assertEquals(bad.size(), written.other("refusedEvents"));
    }

    // A phase other than B, E, X, i, C is refused: unknown, empty, two letters, or metadata a child might inject.
    @Test
    void unknownPhasesAreRefused() throws IOException {
        assertAllRefused(List.of(rec("Z", "z", T, 1), rec("", "empty", T, 1), rec("BB", "bb", T, 1),
                rec("M", "process_name", T, 1), rec("b", "lower", T, 1), rec("x", "lower", T, 1)));
    }

    // Times not on the clock are refused: zero, negative, or later than now.
    @Test
    void timesOffTheClockAreRefused() throws IOException {
        assertAllRefused(List.of(rec("i", "zero", 0, 1), rec("i", "negative", -1, 1),
                rec("i", "min", Long.MIN_VALUE, 1), rec("i", "max", Long.MAX_VALUE, 1),
                rec("i", "in an hour", System.nanoTime() + 3_600_000_000_000L, 1)));
    }

    // A duration below zero or above a day is refused; exactly a day is believed.
    @Test
    void durationsOutOfRangeAreRefused() throws IOException {
        assertAllRefused(List.of(complete("negative", T, -1, 1), complete("over a day", T, DAY_NANOS + 1, 1),
                complete("min", T, Long.MIN_VALUE, 1), complete("max", T, Long.MAX_VALUE, 1)));
        Written day = write(part(1, chunk(complete("a day", T, DAY_NANOS, 1))));
        assertEquals("86400000000.000", day.event("a day").get("dur").getAsString());
    }

    // A thread id that is not a kernel thread id (zero, negative, above Integer.MAX_VALUE) is refused.
    @Test
    void threadIdsOutOfRangeAreRefused() throws IOException {
        assertAllRefused(List.of(rec("i", "zero", T, 0), rec("i", "negative", T, -5),
                rec("i", "too big", T, Integer.MAX_VALUE + 1L), rec("i", "max", T, Long.MAX_VALUE)));
        Written max = write(part(1, chunk(rec("i", "int max", T, Integer.MAX_VALUE))));
        assertEquals(Integer.MAX_VALUE, max.event("int max").get("tid").getAsLong());
    }

    // Args must come in name/value pairs, at most 32 strings (16 pairs).
    @Test
    void badArgumentListsAreRefused() throws IOException {
        TraceRecord.Builder odd = rec("i", "odd", T, 1).addArgs("name");
        TraceRecord.Builder three = rec("i", "three", T, 1).addArgs("a").addArgs("1").addArgs("b");
        TraceRecord.Builder tooMany = rec("i", "34", T, 1);
        for (int i = 0; i < 34; i++) tooMany.addArgs("s" + i);
        assertAllRefused(List.of(odd, three, tooMany));

        TraceRecord.Builder most = rec("i", "32", T, 1);
        for (int i = 0; i < 16; i++) most.addArgs("k" + i).addArgs("v" + i);
        JsonObject args = write(part(1, chunk(most))).event("32").getAsJsonObject("args");
        assertEquals(16, args.size());
        assertEquals("v15", args.get("k15").getAsString());
    }

    // A counter's values must be finite numbers; finite ones are written as JSON numbers.
    @Test
    void countersWithValuesThatAreNotFiniteNumbersAreRefused() throws IOException {
        List<TraceRecord.Builder> bad = new ArrayList<>();
        for (String value : List.of("NaN", "abc", "Infinity", "-Infinity", "", "1e999", "0x10")) {
            bad.add(rec("C", "counter " + value, T, 1).addArgs("value").addArgs(value));
        }
        bad.add(rec("C", "second value bad", T, 1).addArgs("a").addArgs("1").addArgs("b").addArgs("NaN"));
        assertAllRefused(bad);

        Written written = write(part(1, chunk(rec("C", "heap", T, 1).addArgs("used").addArgs("3.5")
                .addArgs("free").addArgs("-2"))));
        JsonObject args = written.event("heap").getAsJsonObject("args");
        assertTrue(args.get("used").getAsJsonPrimitive().isNumber());
        assertEquals(3.5, args.get("used").getAsDouble());
        assertEquals(-2.0, args.get("free").getAsDouble());
    }

    // The same arg name twice: the first value is kept, so the JSON object has no duplicate keys.
    @Test
    void duplicateArgNamesKeepTheFirst() throws IOException {
        Written written = write(part(1, chunk(rec("i", "dup", T, 1).addArgs("k").addArgs("first")
                .addArgs("k").addArgs("second"))));
        JsonObject args = written.event("dup").getAsJsonObject("args");
        assertEquals(1, args.size());
        assertEquals("first", args.get("k").getAsString());
    }

    // ---- text ----

    // Category, name, arg names and values, and thread names longer than 200 characters are cut to 200.
    @Test
    void longTextIsCutTo200Characters() throws IOException {
        String longText = "x".repeat(1000);
        TraceChunk chunk = chunk(rec("i", longText, T, 1).setCategory("c".repeat(500)).addArgs("k".repeat(300))
                .addArgs("v".repeat(300))).toBuilder()
                .addThreads(TraceThread.newBuilder().setThreadId(1).setName("t".repeat(400))).build();
        Written written = write(part(1, chunk));
        JsonObject event = written.events().get(0);
        assertEquals("x".repeat(200), event.get("name").getAsString());
        assertEquals("c".repeat(200), event.get("cat").getAsString());
        assertEquals("v".repeat(200), event.getAsJsonObject("args").get("k".repeat(200)).getAsString());
        assertEquals("t".repeat(200), written.threadName(1, 1));
    }

    // Cutting never splits a character made of two chars (a surrogate pair), which UTF-8 could not encode.
    @Test
    void cuttingKeepsSurrogatePairsWhole() throws IOException {
        String emojiAtTheCut = "a".repeat(199) + "\uD83D\uDE00" + "tail";
        Written written = write(part(1, chunk(rec("i", emojiAtTheCut, T, 1).addArgs("k").addArgs(emojiAtTheCut))));
        String name = written.events().get(0).get("name").getAsString();
        assertTrue(name.length() <= 200, "at most 200 chars");
        assertTrue(emojiAtTheCut.startsWith(name), "a prefix of what was sent");
        assertFalse(Character.isHighSurrogate(name.charAt(name.length() - 1)), "no half character");
        String fits = "a".repeat(198) + "\uD83D\uDE00" + "tail";
        assertEquals("a".repeat(198) + "\uD83D\uDE00",
                write(part(1, chunk(rec("i", fits, T, 1)))).events().get(0).get("name").getAsString());
    }

    // Quotes, backslashes, control characters and line separators in names come out as valid, escaped JSON.
    @Test
    void controlCharactersAndQuotesAreEscaped() throws IOException {
        String nasty = "a\"b\\c\n\r\t\u0000\u0001\u001f\u007f</script>\u2028\u2029\"}]},{\"ph\":\"M\"";
        TraceChunk chunk = chunk(rec("i", nasty, T, 1).setCategory(nasty).addArgs(nasty).addArgs(nasty))
                .toBuilder().addThreads(TraceThread.newBuilder().setThreadId(1).setName(nasty)).build();
        Written written = write(new TraceFile.Part(1, nasty, nasty, 0, chunk, Map.of()));
        JsonObject event = written.events().get(0);
        assertEquals(nasty, event.get("name").getAsString());
        assertEquals(nasty, event.get("cat").getAsString());
        assertEquals(nasty, event.getAsJsonObject("args").get(nasty).getAsString());
        assertEquals(nasty, written.threadName(1, 1));
        assertEquals(1, written.events().size(), "no event injected");
        String raw = Files.readString(dir.resolve("trace.json"));
        assertTrue(raw.chars().noneMatch(c -> c < 0x20), "no raw control character in the file");
    }

    // ---- order ----

    // An E whose B was dropped from the ring (it comes first) is dropped, and counted as repaired.
    @Test
    void endWithoutBeginIsDroppedAndCounted() throws IOException {
        Written written = write(part(1, chunk(rec("E", "lost", T, 1), rec("B", "a", T + 10, 1),
                rec("E", "a", T + 20, 1))));
        assertEquals(List.of("a", "a"), written.names());
        assertEquals(1, written.other("repairedEvents"));
    }

    // A B never closed gets its E, at the end, after everything else on its thread.
    @Test
    void beginNeverClosedGetsAnEnd() throws IOException {
        Written written = write(part(1, chunk(rec("B", "open", T, 1), rec("i", "later", T + 50, 1))));
        List<JsonObject> events = written.events();
        assertEquals(List.of("B", "i", "E"), events.stream().map(e -> e.get("ph").getAsString()).toList());
        assertEquals("open", events.get(2).get("name").getAsString());
        assertTrue(nanos(events.get(2).get("ts")) >= T + 50);
        assertEquals(1, written.other("repairedEvents"));
    }

    // An X recorded after its children (X events are recorded at their end) is written before them.
    @Test
    void completeRecordedAfterItsChildrenIsWrittenFirst() throws IOException {
        Written written = write(part(1, chunk(complete("child", T + 10, 10, 1), rec("B", "b", T + 30, 1),
                rec("E", "b", T + 40, 1), complete("parent", T, 100, 1))));
        assertEquals(List.of("parent", "child", "b", "b"), written.names());
        assertEquals(0, written.other("repairedEvents"));
    }

    // A child that runs past its parent's end is cut to the parent's end.
    @Test
    void childOverlappingItsParentsEndIsCut() throws IOException {
        Written written = write(part(1, chunk(complete("parent", T, 100, 1), complete("child", T + 50, 100, 1))));
        assertEquals("0.050", written.event("child").get("dur").getAsString());
        assertEquals(1, written.other("repairedEvents"));
    }

    // Zero-length slices and many events at one timestamp are all written, in an order that nests.
    @Test
    void zeroLengthSlicesAndOneTimestampNest() throws IOException {
        List<TraceRecord.Builder> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(complete("x" + i, T, i % 4, 1));
            records.add(rec("B", "b" + i, T, 1));
            records.add(rec("i", "i" + i, T, 1));
            records.add(rec("E", "b" + i, T, 1));
            records.add(rec("C", "c" + i, T, 1).addArgs("v").addArgs(Integer.toString(i)));
        }
        Written written = write(part(1, chunk(records.toArray(TraceRecord.Builder[]::new))));
        assertEquals(records.size(), written.events().size());
        assertEquals(0, written.other("repairedEvents"));
    }

    // Threads interleaved in one chunk are separated: each thread's events are its own, and each nests.
    @Test
    void interleavedThreadsInOneChunkAreSeparated() throws IOException {
        List<TraceRecord.Builder> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long tid = 1 + i % 3;
            long time = T + i * 10L;
            records.add(rec("B", "t" + tid + "-" + i, time, tid));
        }
        for (int i = 29; i >= 0; i--) {
            long tid = 1 + i % 3;
            records.add(rec("E", "t" + tid + "-" + i, T + 1000 + (29 - i), tid));
        }
        Written written = write(part(1, chunk(records.toArray(TraceRecord.Builder[]::new))));
        for (JsonObject event : written.events()) {
            assertTrue(event.get("name").getAsString().startsWith("t" + event.get("tid").getAsLong() + "-"), event.toString());
        }
        assertEquals(60, written.events().size());
        assertEquals(0, written.other("repairedEvents"));
    }

    // ---- flows ----

    // A start on one thread and an end on another with the same id keep bind_id ("0x" + hex) and flow_out/flow_in.
    @Test
    void matchedFlowIsKept() throws IOException {
        long id = 0x1092000000a1L;
        TraceChunk browser = chunk(complete("call", T, 100, 1).setBindId(id).setFlowOut(true));
        TraceChunk renderer = chunk(complete("handle", T + 10, 50, 1).setBindId(id).setFlowIn(true));
        Written written = write(part(10, browser), part(20, renderer));
        JsonObject call = written.event("call");
        JsonObject handle = written.event("handle");
        assertEquals("0x1092000000a1", call.get("bind_id").getAsString());
        assertTrue(call.get("flow_out").getAsBoolean());
        assertFalse(call.has("flow_in"));
        assertEquals("0x1092000000a1", handle.get("bind_id").getAsString());
        assertTrue(handle.get("flow_in").getAsBoolean());
        assertFalse(handle.has("flow_out"));
        assertEquals(0, written.other("unmatchedFlows"));
    }

    // A flow id with the top bit set (bind_id is fixed64) is written as unsigned hex.
    @Test
    void flowIdWithTheTopBitIsUnsignedHex() throws IOException {
        Written written = write(part(1, chunk(complete("out", T, 10, 1).setBindId(-1L).setFlowOut(true),
                complete("in", T + 20, 10, 2).setBindId(-1L).setFlowIn(true))));
        assertEquals("0xffffffffffffffff", written.event("out").get("bind_id").getAsString());
    }

    private static void assertNoFlowFields(JsonObject event) {
        assertFalse(event.has("bind_id") || event.has("flow_out") || event.has("flow_in"), event.toString());
    }

    // A start without an end, and an end without a start: both events stay, without their flow fields; both counted.
    @Test
    void flowWithOneEndIsDropped() throws IOException {
        Written written = write(part(1, chunk(complete("start only", T, 10, 1).setBindId(1).setFlowOut(true),
                complete("end only", T + 20, 10, 2).setBindId(2).setFlowIn(true))));
        assertNoFlowFields(written.event("start only"));
        assertNoFlowFields(written.event("end only"));
        assertEquals(2, written.other("unmatchedFlows"));
    }

    // Two starts with one id (an end too): none of the three keeps the flow; counted once.
    @Test
    void flowWithTwoStartsIsDropped() throws IOException {
        Written written = write(part(1, chunk(complete("start1", T, 10, 1).setBindId(5).setFlowOut(true),
                complete("start2", T + 20, 10, 2).setBindId(5).setFlowOut(true),
                complete("end", T + 40, 10, 3).setBindId(5).setFlowIn(true))));
        written.events().forEach(TraceFileTest::assertNoFlowFields);
        assertEquals(3, written.events().size());
        assertEquals(1, written.other("unmatchedFlows"));
    }

    // Both ends on the same thread draw no arrow: the flow is dropped and counted.
    @Test
    void flowOnOneThreadIsDropped() throws IOException {
        Written written = write(part(1, chunk(complete("out", T, 10, 4).setBindId(6).setFlowOut(true),
                complete("in", T + 20, 10, 4).setBindId(6).setFlowIn(true))));
        written.events().forEach(TraceFileTest::assertNoFlowFields);
        assertEquals(1, written.other("unmatchedFlows"));
    }

    // The same thread id in two processes is two threads: a flow between them is kept.
    @Test
    void flowBetweenSameTidInTwoProcessesIsKept() throws IOException {
        Written written = write(part(1, chunk(complete("out", T, 10, 4).setBindId(6).setFlowOut(true))),
                part(2, chunk(complete("in", T + 20, 10, 4).setBindId(6).setFlowIn(true))));
        assertTrue(written.event("out").has("bind_id"));
        assertTrue(written.event("in").has("bind_id"));
        assertEquals(0, written.other("unmatchedFlows"));
    }

    // A record with both flow_out and flow_in counts as a start only: with one end elsewhere, the flow is kept.
    @Test
    void bothFlowFlagsCountAsAStart() throws IOException {
        Written written = write(part(1, chunk(complete("both", T, 10, 1).setBindId(8).setFlowOut(true).setFlowIn(true),
                complete("in", T + 20, 10, 2).setBindId(8).setFlowIn(true))));
        JsonObject both = written.event("both");
        assertTrue(both.get("flow_out").getAsBoolean());
        assertFalse(both.has("flow_in"));
        assertTrue(written.event("in").get("flow_in").getAsBoolean());
        assertEquals(0, written.other("unmatchedFlows"));
    }

    // A flow flag with bind_id 0, or a bind_id with no flag, is no flow at all: nothing written, nothing counted.
    @Test
    void flowFlagWithoutAnIdIsNoFlow() throws IOException {
        Written written = write(part(1, chunk(complete("flag", T, 10, 1).setFlowOut(true),
                complete("id", T + 20, 10, 2).setBindId(3))));
        written.events().forEach(TraceFileTest::assertNoFlowFields);
        assertEquals(0, written.other("unmatchedFlows"));
    }

    // A flow end on an event that is not written (an E, which becomes its B's end) must not leave half an arrow.
    @Test
    void flowOnAnEndThatIsNotWrittenIsUnmatched() throws IOException {
        Written written = write(part(1, chunk(rec("B", "b", T, 1), rec("E", "b", T + 10, 1).setBindId(4).setFlowOut(true),
                rec("E", "orphan", T + 20, 2).setBindId(5).setFlowOut(true),
                complete("in4", T + 30, 10, 3).setBindId(4).setFlowIn(true),
                complete("in5", T + 30, 10, 4).setBindId(5).setFlowIn(true))));
        assertNoFlowFields(written.event("in4"));
        assertNoFlowFields(written.event("in5"));
        assertEquals(2, written.other("unmatchedFlows"));
    }

    // ---- size ----

    // More events than a buffer can hold: the first MAX_CAPACITY are written, the extra one refused.
    @Test
    void eventsBeyondTheBuffersCapacityAreRefused() throws IOException {
        TraceRecord one = rec("i", "i", T, 1).setCategory("").build();
        TraceChunk.Builder builder = TraceChunk.newBuilder();
        for (int i = 0; i < TraceBuffer.MAX_CAPACITY; i++) builder.addEvents(one);
        builder.addEvents(rec("i", "extra", T, 1));
        Path path = dir.resolve("big.json");
        TraceFile.Summary summary = TraceFile.write(path, List.of(part(1, builder.build())));
        assertEquals(TraceBuffer.MAX_CAPACITY, summary.events());
        assertEquals(1, summary.refused());
        // Streamed, not parsed into a tree: count the events and make sure the extra is not among them.
        long instants = 0;
        long refused = -1;
        try (JsonReader reader = new JsonReader(Files.newBufferedReader(path, StandardCharsets.UTF_8))) {
            reader.setStrictness(Strictness.STRICT);
            reader.beginObject();
            while (reader.hasNext()) {
                String key = reader.nextName();
                if (key.equals("traceEvents")) {
                    reader.beginArray();
                    while (reader.hasNext()) {
                        reader.beginObject();
                        String phase = null;
                        while (reader.hasNext()) {
                            String field = reader.nextName();
                            if (field.equals("ph")) phase = reader.nextString();
                            else if (field.equals("name")) assertFalse(reader.nextString().equals("extra"));
                            else reader.skipValue();
                        }
                        reader.endObject();
                        if ("i".equals(phase)) instants++;
                    }
                    reader.endArray();
                } else if (key.equals("otherData")) {
                    refused = JsonParser.parseReader(reader).getAsJsonObject().get("refusedEvents").getAsLong();
                } else {
                    reader.skipValue();
                }
            }
            reader.endObject();
        }
        assertEquals(TraceBuffer.MAX_CAPACITY, instants);
        assertEquals(1, refused);
    }

    // ---- a hostile child ----

    // 5,000 random records on 3 threads, some broken on purpose, in random time order, with random flows:
    // the writer does not throw, refuses exactly the broken ones, and the file keeps every rule.
    @Test
    void randomHostileChunkKeepsEveryRule() throws IOException {
        Random random = new Random(0x7ACEL);
        long now = System.nanoTime();
        TraceChunk.Builder builder = TraceChunk.newBuilder().setPid(1).setDropped(random.nextInt(100));
        int broken = 0;
        String[] phases = {"B", "E", "X", "i", "C"};
        for (int i = 0; i < 5000; i++) {
            long tid = 1 + random.nextInt(3);
            String phase = phases[random.nextInt(phases.length)];
            TraceRecord.Builder record = rec(phase, "n" + random.nextInt(8), T + random.nextInt(2_000_000), tid);
            if (phase.equals("X")) record.setDurationNanos(random.nextInt(3) == 0 ? 0 : random.nextInt(500_000));
            if (phase.equals("C")) record.addArgs("value").addArgs(Double.toString(random.nextGaussian()));
            else if (random.nextInt(4) == 0) record.addArgs("k").addArgs("v" + random.nextInt(10));
            if (random.nextInt(20) == 0) { // ~250 flow ends on ~300 ids: many alone, many pairs, some more
                record.setBindId(1 + random.nextInt(300));
                int flags = random.nextInt(3);
                record.setFlowOut(flags != 1).setFlowIn(flags != 0);
            }
            if (random.nextInt(10) == 0) {
                broken++;
                switch (random.nextInt(9)) {
                    case 0 -> record.setPhase(random.nextBoolean() ? "Z" : "BB");
                    case 1 -> record.setTimeNanos(-random.nextInt(1000));
                    case 2 -> record.setTimeNanos(now + 3_600_000_000_000L + random.nextInt(1000));
                    case 3 -> record.setDurationNanos(-1 - random.nextInt(1000));
                    case 4 -> record.setDurationNanos(DAY_NANOS + 1 + random.nextInt(1000));
                    case 5 -> record.setThreadId(random.nextBoolean() ? 0 : Integer.MAX_VALUE + 1L);
                    case 6 -> record.addArgs("odd");
                    case 7 -> {
                        for (int a = 0; a < 34; a++) record.addArgs("a");
                    }
                    default -> record.setPhase("C").clearArgs().addArgs("value").addArgs("NaN");
                }
            }
            builder.addEvents(record);
        }
        builder.addThreads(TraceThread.newBuilder().setThreadId(1).setName("main"));
        TraceChunk chunk = builder.build();
        Written written = write(new TraceFile.Part(900, "renderer", "hostile", 0, chunk, Map.of(1L, 901L, 2L, 902L)));
        assertEquals(broken, written.other("refusedEvents"));
        assertEquals(chunk.getDropped(), written.other("droppedEvents"));
        assertEquals("main", written.threadName(900, 901));
        assertEquals("thread 902", written.threadName(900, 902));
        assertEquals("thread 3", written.threadName(900, 3));
        assertTrue(written.events().size() > 3000, "most of it is written");
        assertTrue(written.events().stream().anyMatch(e -> e.has("bind_id")), "some flows are kept");
    }
}
