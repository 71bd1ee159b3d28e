package minibrowser.tools.traceview;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-written trace the tests draw, and a way to run the command and keep what it
 * printed. The trace: a browser (pid 1: threads "ui" 11 with outer/inner nested by B/E,
 * "io" 12 with an X that starts a flow; a counter "heap" in MB) and a renderer (pid 2,
 * labelled, thread "main" 21 with the X that ends the flow, an instant and a late X).
 * The first event is at 1000 µs, so "0 ms" is 1000 µs and the trace ends at 39 ms.
 */
final class TraceViewSamples {
    static final String SAMPLE = """
            {"displayTimeUnit": "ms", "traceEvents": [
              {"ph":"M","pid":1,"tid":0,"name":"process_name","args":{"name":"browser"}},
              {"ph":"M","pid":1,"tid":11,"name":"thread_name","args":{"name":"ui"}},
              {"ph":"M","pid":1,"tid":12,"name":"thread_name","args":{"name":"io"}},
              {"ph":"M","pid":2,"tid":0,"name":"process_name","args":{"name":"renderer"}},
              {"ph":"M","pid":2,"tid":0,"name":"process_labels","args":{"labels":"renderer for tabs 1, 3"}},
              {"ph":"M","pid":2,"tid":21,"name":"thread_name","args":{"name":"main"}},
              {"ph":"B","pid":1,"tid":11,"ts":1000,"name":"outer","cat":"ui"},
              {"ph":"B","pid":1,"tid":11,"ts":2000,"name":"inner"},
              {"ph":"E","pid":1,"tid":11,"ts":5000},
              {"ph":"E","pid":1,"tid":11,"ts":9000},
              {"ph":"X","pid":1,"tid":12,"ts":3000,"dur":4000,"name":"call Renderer.Click","bind_id":"0x1a2b","flow_out":true},
              {"ph":"X","pid":2,"tid":21,"ts":10000,"dur":6000,"name":"Click","bind_id":"0x1a2b","flow_in":true},
              {"ph":"X","pid":2,"tid":21,"ts":30000,"dur":5000,"name":"late"},
              {"ph":"i","pid":2,"tid":21,"ts":12000,"name":"mark","s":"t"},
              {"ph":"C","pid":1,"ts":1000,"name":"heap","args":{"MB":10}},
              {"ph":"C","pid":1,"ts":20000,"name":"heap","args":{"MB":30}},
              {"ph":"C","pid":1,"ts":40000,"name":"heap","args":{"MB":20}}
            ]}
            """;

    /** What one run of the command returned and printed. */
    record Run(int exitCode, String out, String err) {
    }

    private TraceViewSamples() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Runs {@code trace-view args...} in this JVM, with stdout and stderr caught. */
    static Run run(Object... args) throws Exception {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) strings[i] = String.valueOf(args[i]);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = TraceView.run(strings);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The layout the command computes for {@code trace} with these options. */
    static TimelineLayout layout(Path trace, Double fromMs, Double toMs, int width) throws TraceFileException {
        TraceModel model = TraceReader.read(trace);
        return TimelineLayout.compute(model, TimeWindow.of(model, fromMs, toMs), width);
    }
}
