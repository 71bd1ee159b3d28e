package minibrowser.tools.traceview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import minibrowser.tools.traceview.TraceModel.Flow;
import minibrowser.tools.traceview.TraceModel.ProcessTrack;
import minibrowser.tools.traceview.TraceModel.Slice;
import minibrowser.tools.traceview.TraceModel.ThreadTrack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading: what the JSON becomes (nesting, flows, metadata, order) and what is dropped. */
class TraceViewModelTest {
    @TempDir
    Path dir;

    private TraceModel read(String json) throws IOException, TraceFileException {
        return TraceReader.read(TraceViewSamples.write(dir, "t.json", json));
    }

    @Test
    void theSampleBecomesProcessesThreadsSlicesAFlowAndACounter() throws Exception {
        TraceModel model = read(TraceViewSamples.SAMPLE);
        assertEquals(1000, model.originUs());
        assertEquals(40000, model.endUs());
        assertEquals(List.of("browser pid 1", "renderer pid 2 \u2014 renderer for tabs 1, 3"),
                model.processes().stream().map(ProcessTrack::label).toList());
        ProcessTrack browser = model.processes().get(0);
        assertEquals(List.of("io 12", "ui 11"), browser.threads().stream().map(ThreadTrack::label).toList());
        assertEquals("counter: heap MB", browser.counters().get(0).label());
        assertEquals(3, browser.counters().get(0).series().get(0).values().length);
        ThreadTrack ui = browser.threads().get(1);
        assertEquals(List.of(new Slice("outer", "ui", 1000, 9000, 0), new Slice("inner", null, 2000, 5000, 1)),
                ui.slices());
        assertEquals(1, ui.maxDepth());
        Flow flow = model.flows().get(0);
        assertEquals("call Renderer.Click", flow.from().name());
        assertEquals("Click", flow.to().name());
        assertEquals(7000, flow.startUs(), "leaves where the call ends, before its handler starts");
        assertEquals(List.of("mark"), model.processes().get(1).threads().get(0).instants().stream()
                .map(TraceModel.Instant::name).toList());
        assertEquals(0, model.ignoredEvents());
    }

    @Test
    void anEndWithoutBeginIsDroppedAndABeginWithoutEndIsUnfinished() throws Exception {
        TraceModel model = read("""
                [{"ph":"E","pid":1,"tid":1,"ts":5},
                 {"ph":"B","pid":1,"tid":1,"ts":10,"name":"a"},
                 {"ph":"B","pid":1,"tid":1,"ts":20,"name":"b"},
                 {"ph":"E","pid":1,"tid":1,"ts":30},
                 {"ph":"X","pid":1,"tid":1,"ts":40,"dur":5,"name":"c"}]
                """);
        List<Slice> slices = model.processes().get(0).threads().get(0).slices();
        assertEquals(List.of("a", "b", "c"), slices.stream().map(Slice::name).toList());
        assertTrue(slices.get(0).unfinished());
        assertEquals(30, slices.get(1).endUs(), "an E ends the latest open B");
        assertEquals(List.of(0, 1, 1), slices.stream().map(Slice::depth).toList());
        assertEquals(1, model.ignoredEvents());
    }

    @Test
    void eventsAreNestedInTimeOrderWhateverTheFileOrder() throws Exception {
        TraceModel model = read("""
                [{"ph":"X","pid":1,"tid":1,"ts":12,"dur":2,"name":"grandchild"},
                 {"ph":"X","pid":1,"tid":1,"ts":10,"dur":5,"name":"child"},
                 {"ph":"X","pid":1,"tid":1,"ts":10,"dur":50,"name":"parent"},
                 {"ph":"X","pid":1,"tid":1,"ts":60,"dur":5,"name":"next"}]
                """);
        ThreadTrack thread = model.processes().get(0).threads().get(0);
        assertEquals(List.of("parent 0", "child 1", "grandchild 2", "next 0"),
                thread.slices().stream().map(s -> s.name() + " " + s.depth()).toList());
        assertEquals(2, thread.maxDepth());
    }

    @Test
    void aNumericBindIdMatchesTheSameHexString() throws Exception {
        TraceModel model = read("""
                [{"ph":"X","pid":1,"tid":1,"ts":0,"dur":5,"name":"out","bind_id":6699,"flow_out":true},
                 {"ph":"X","pid":2,"tid":2,"ts":2,"dur":5,"name":"in","bind_id":"0x1A2B","flow_in":true},
                 {"ph":"X","pid":2,"tid":2,"ts":9,"dur":1,"name":"alone","bind_id":"0x99","flow_in":true}]
                """);
        assertEquals(1, model.flows().size());
        Flow flow = model.flows().get(0);
        assertEquals("1a2b", flow.id());
        assertEquals(0, flow.startUs(), "the handler starts inside the call, so the arrow leaves the call's start");
    }

    @Test
    void unusableEventsAreDropped() throws Exception {
        TraceModel model = read("""
                {"traceEvents":[
                 {"ph":"X","pid":1,"tid":1,"ts":10,"dur":5,"name":"kept"},
                 {"ph":"X","pid":1,"tid":1,"ts":-10,"dur":5,"name":"negative ts"},
                 {"ph":"X","pid":1,"tid":1,"ts":NaN,"dur":5,"name":"NaN ts"},
                 {"ph":"X","pid":1,"tid":1,"ts":"NaN","dur":5,"name":"NaN string"},
                 {"ph":"X","pid":1,"tid":1,"ts":20,"dur":-1,"name":"negative dur"},
                 {"ph":"X","pid":1,"tid":1,"ts":20,"name":"no dur"},
                 {"ph":"X","tid":1,"ts":20,"dur":1,"name":"no pid"},
                 {"ph":"X","pid":1,"ts":20,"dur":1,"name":"no tid"},
                 {"pid":1,"tid":1,"ts":20,"dur":1,"name":"no ph"},
                 {"ph":"X","pid":{"a":1},"tid":[1],"ts":20,"dur":1,"name":"odd types"},
                 {"ph":"b","pid":1,"tid":1,"ts":20,"id":"0x1","name":"async"},
                 {"ph":"C","pid":1,"ts":20,"name":"c","args":{"v":"many"}},
                 17, "text", null, [1, 2],
                 {"ph":"C","pid":1,"ts":30,"name":"c","args":{"v":Infinity,"w":-3}}
                ], "metadata": {"x": [1, {"y": 2}]}}
                """);
        ProcessTrack process = model.processes().get(0);
        assertEquals(List.of("kept"), process.threads().get(0).slices().stream().map(Slice::name).toList());
        assertEquals("w", process.counters().get(0).series().get(0).name(), "a negative counter value is a value");
        assertEquals(11, model.ignoredEvents());
    }

    @Test
    void processesComeInSortIndexThenRoleThenPidOrderAndThreadsBySortIndexThenName() throws Exception {
        StringBuilder json = new StringBuilder("[");
        String[][] processes = {{"5", "plugin"}, {"3", "renderer"}, {"2", "Renderer"}, {"9", "gpu-process"},
            {"7", "browser"}, {"1", "other"}, {"4", "first"}, {"8", null}};
        for (String[] p : processes) {
            if (p[1] != null) {
                json.append("{\"ph\":\"M\",\"pid\":").append(p[0]).append(",\"name\":\"process_name\",\"args\":{\"name\":\"")
                        .append(p[1]).append("\"}},");
            }
            json.append("{\"ph\":\"X\",\"pid\":").append(p[0]).append(",\"tid\":1,\"ts\":1,\"dur\":1,\"name\":\"x\"},");
        }
        json.append("{\"ph\":\"M\",\"pid\":4,\"name\":\"process_sort_index\",\"args\":{\"sort_index\":-1}},");
        for (String[] t : new String[][] {{"30", "b"}, {"31", "a"}, {"32", null}, {"33", "z"}}) {
            if (t[1] != null) {
                json.append("{\"ph\":\"M\",\"pid\":7,\"tid\":").append(t[0])
                        .append(",\"name\":\"thread_name\",\"args\":{\"name\":\"").append(t[1]).append("\"}},");
            }
            json.append("{\"ph\":\"i\",\"pid\":7,\"tid\":").append(t[0]).append(",\"ts\":1,\"name\":\"i\"},");
        }
        json.append("{\"ph\":\"M\",\"pid\":7,\"tid\":33,\"name\":\"thread_sort_index\",\"args\":{\"sort_index\":-5}}]");
        TraceModel model = read(json.toString());
        assertEquals(List.of(4L, 7L, 9L, 2L, 3L, 5L, 1L, 8L), model.processes().stream().map(ProcessTrack::pid).toList());
        ProcessTrack browser = model.processes().get(1);
        assertEquals(List.of("z 33", "a 31", "b 30", "thread 1", "thread 32"),
                browser.threads().stream().map(ThreadTrack::label).toList());
    }

    @Test
    void aGzippedArrayCutOffBeforeItsClosingBracketIsRead() throws Exception {
        Path file = dir.resolve("cut.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("[{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":1,\"dur\":1,\"name\":\"a\"},\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("a", TraceReader.read(file).firstSliceNamed("a").orElseThrow().name());
        TraceModel unclosed = read("[{\"ph\":\"X\",\"pid\":1,\"tid\":1,\"ts\":1,\"dur\":1,\"name\":\"b\"}");
        assertTrue(unclosed.firstSliceNamed("b").isPresent());
    }

    @Test
    void aTraceWithNothingToDrawIsAnError() {
        TraceFileException empty = assertThrows(TraceFileException.class, () -> read("""
                {"traceEvents":[{"ph":"M","pid":1,"name":"process_name","args":{"name":"browser"}}]}
                """));
        assertTrue(empty.getMessage().endsWith(": no trace events to draw"), empty.getMessage());
        TraceFileException cut = assertThrows(TraceFileException.class,
                () -> read("{\"traceEvents\":[{\"ph\":\"X\"}"));
        assertTrue(cut.getMessage().contains("not valid JSON"), cut.getMessage());
    }
}
