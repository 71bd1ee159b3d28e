package minibrowser.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import minibrowser.browser.trace.HostThreadIds;
import minibrowser.browser.trace.TraceFile;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.common.NamedThreads;
import minibrowser.common.trace.Trace;
import minibrowser.common.trace.TraceChunks;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.CollectTraceRequest;
import minibrowser.proto.StartTraceRequest;
import minibrowser.proto.TraceChunk;

/**
 * One recording of the whole browser, as Chromium's tracing controller runs one:
 * <ol>
 *   <li>{@link #start}: the browser records, every live child is told to
 *       ({@code ChildProcess.StartTrace}), and every child started while it runs records
 *       from its first moment (the launcher passes {@code --trace-events});</li>
 *   <li>{@link #stopAndWrite}: every child is asked for its buffer at once
 *       ({@code CollectTrace} with {@code stop}), each answer awaited as a future for at
 *       most {@value #COLLECT_SECONDS} s (a hung or dead child costs its part, nothing else),
 *       then the browser's own buffer is taken and the file written on
 *       {@code browser-trace-writer}.</li>
 * </ol>
 * In the single-process model the children are threads of this JVM and record into the
 * browser's own buffer, so only the browser's part is taken. No owner thread waits here.
 */
public final class TraceSession {
    /** How long a child may take to hand its buffer over. */
    static final int COLLECT_SECONDS = 5;
    /** A full buffer of the largest size is about 60 MB on the wire; gRPC's default limit is 4 MB. */
    private static final int MAX_CHUNK_BYTES = 128 << 20;

    private final Supplier<CompletableFuture<List<ChildSnapshot>>> children;
    private final String processModel;
    private final ExecutorService writer = NamedThreads.pool("browser-trace-writer", 1);

    /**
     * @param children     the live children and their tabs ({@code Browser.children()})
     * @param processModel the model's name, for the browser's label
     */
    public TraceSession(Supplier<CompletableFuture<List<ChildSnapshot>>> children, String processModel) {
        this.children = children;
        this.processModel = processModel;
    }

    /** Whether a recording runs. */
    public boolean recording() {
        return Trace.on();
    }

    /**
     * Starts recording here, in every child that lives, and in every child started from
     * now on. The answer is false at once when a recording already runs; otherwise true
     * once every live child has answered its StartTrace (or failed to, hung or dead), so
     * whatever the caller does next is inside the window in every process.
     */
    public synchronized CompletableFuture<Boolean> start(int capacity) {
        if (Trace.on()) return CompletableFuture.completedFuture(false);
        Trace.start("browser", capacity);
        return children.get().thenCompose(live -> {
            List<CompletableFuture<?>> told = new ArrayList<>();
            for (ChildSnapshot child : live) {
                ChildProcessHost process = child.process();
                if (process.inProcess() || process.channel() == null) continue; // it records into ours, or is starting (and gets the switch)
                told.add(UiThread.answered(ChildProcessGrpc.newFutureStub(process.channel()).withDeadlineAfter(2, TimeUnit.SECONDS)
                        .startTrace(StartTraceRequest.newBuilder().setCapacity(Trace.capacity()).build()))
                        .exceptionally(deadOrHung -> null));
            }
            return CompletableFuture.allOf(told.toArray(new CompletableFuture<?>[0])).thenApply(allTold -> true);
        });
    }

    /** Stops the recording everywhere and writes it to {@code path}; fails when none runs or the file cannot be written. */
    public CompletableFuture<TraceFile.Summary> stopAndWrite(Path path) {
        if (!Trace.on()) return CompletableFuture.failedFuture(new IllegalStateException("no trace is recording"));
        return children.get().thenCompose(live -> {
            List<CompletableFuture<Optional<TraceFile.Part>>> parts = new ArrayList<>();
            for (ChildSnapshot child : live) {
                if (!child.process().inProcess()) parts.add(collect(child));
            }
            return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
                    .thenApplyAsync(allAnswered -> write(path, live, parts), writer);
        });
    }

    private TraceFile.Summary write(Path path, List<ChildSnapshot> live, List<CompletableFuture<Optional<TraceFile.Part>>> parts) {
        long self = ProcessHandle.current().pid();
        List<TraceFile.Part> all = new ArrayList<>();
        all.add(new TraceFile.Part(self, "browser", browserLabel(live), 0,
                TraceChunks.of(Trace.stop(), self), Map.of()));
        for (CompletableFuture<Optional<TraceFile.Part>> part : parts) part.join().ifPresent(all::add);
        try {
            return TraceFile.write(path, all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot write the trace to " + path + ": " + e.getMessage(), e);
        }
    }

    /** The child's buffer as a part of the file; empty when it does not answer in time (hung, or dead). */
    private CompletableFuture<Optional<TraceFile.Part>> collect(ChildSnapshot child) {
        ChildProcessHost process = child.process();
        if (process.channel() == null) return CompletableFuture.completedFuture(Optional.empty());
        return UiThread.answered(ChildProcessGrpc.newFutureStub(process.channel())
                        .withMaxInboundMessageSize(MAX_CHUNK_BYTES)
                        .withDeadlineAfter(COLLECT_SECONDS, TimeUnit.SECONDS)
                        .collectTrace(CollectTraceRequest.newBuilder().setStop(true).build()))
                .thenApply(chunk -> Optional.of(part(child, chunk)))
                .exceptionally(silent -> Optional.empty());
    }

    /** What the browser knows of the child, with the events the child sent (its pid is the browser's word, not the child's). */
    private static TraceFile.Part part(ChildSnapshot child, TraceChunk chunk) {
        ChildProcessHost process = child.process();
        return new TraceFile.Part(process.pid(), process.type().label(), label(child), sortIndex(process.type()),
                chunk, HostThreadIds.of(process.pid()));
    }

    /** process_labels: which tabs a renderer draws, or what the process is for. */
    static String label(ChildSnapshot child) {
        ChildType type = child.process().type();
        if (type == ChildType.RENDERER) {
            if (child.spare()) return "spare renderer (no tab yet)";
            List<Integer> tabs = child.tabs();
            if (tabs.isEmpty()) return "renderer (no tab)";
            return "renderer for tab" + (tabs.size() == 1 ? " " : "s ")
                    + tabs.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == ChildType.GPU) return "gpu: composites every tab's frames and puts them on the screen";
        return type.label() + ": draws <embed> content";
    }

    private String browserLabel(List<ChildSnapshot> live) {
        if (!live.isEmpty() && live.stream().allMatch(c -> c.process().inProcess())) {
            return "browser (" + processModel + ": renderers, gpu and plugin are its threads)";
        }
        return "browser: tabs, network, the user's data";
    }

    private static int sortIndex(ChildType type) {
        switch (type) {
            case GPU: return 1;
            case RENDERER: return 2;
            default: return 3;
        }
    }

    /** Ends the writer thread (the browser's last step). */
    public void close() {
        writer.shutdownNow();
    }
}
