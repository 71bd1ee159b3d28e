package minibrowser.tools.ctl;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import minibrowser.proto.StartTracingRequest;
import minibrowser.proto.StopTracingReply;
import minibrowser.proto.StopTracingRequest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctl trace start [--capacity N]} and {@code ctl trace stop FILE}: record a window of
 * a running browser, every process of it, into one Chrome Trace Event Format file.
 */
@Command(name = "trace", description = "Record a trace of every process: trace start, then trace stop FILE.",
        subcommands = {CtlTrace.Start.class, CtlTrace.Stop.class})
final class CtlTrace {
    @CommandLine.ParentCommand
    Ctl ctl;

    @Command(name = "start", description = "Start recording in every process (and in those started later).")
    static final class Start implements Callable<Integer> {
        @CommandLine.ParentCommand
        CtlTrace trace;

        @Option(names = "--capacity", paramLabel = "N", defaultValue = "0",
                description = "Events each process keeps, the oldest dropped beyond it (default 100000).")
        int capacity;

        @Override
        public Integer call() {
            trace.ctl.call(s -> s.startTracing(StartTracingRequest.newBuilder().setCapacity(capacity).build()));
            System.out.println(trace.ctl.json ? "{\"recording\":true}" : "recording");
            return 0;
        }
    }

    @Command(name = "stop", description = "Stop recording and write the trace to FILE (open it in Perfetto, or with trace-view).")
    static final class Stop implements Callable<Integer> {
        @CommandLine.ParentCommand
        CtlTrace trace;

        @Parameters(paramLabel = "FILE") String file;

        @Override
        public Integer call() {
            StopTracingReply reply = trace.ctl.call(s -> s.stopTracing(StopTracingRequest.newBuilder()
                    .setPath(Path.of(file).toAbsolutePath().toString()).build()));
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("path", reply.getPath());
            object.put("events", reply.getEvents());
            object.put("dropped", reply.getDropped());
            object.put("processes", reply.getProcesses());
            System.out.println(trace.ctl.json ? Json.write(object) : reply.getPath() + ": " + reply.getEvents()
                    + " events of " + reply.getProcesses() + " processes, " + reply.getDropped() + " dropped");
            return 0;
        }
    }
}
