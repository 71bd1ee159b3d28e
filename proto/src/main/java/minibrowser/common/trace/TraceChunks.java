package minibrowser.common.trace;

import java.util.Map;
import minibrowser.proto.TraceChunk;
import minibrowser.proto.TraceRecord;
import minibrowser.proto.TraceThread;

/** A recording as the message that carries it to the browser ({@code ChildProcess.CollectTrace}). */
public final class TraceChunks {
    private TraceChunks() {}

    /** {@code snapshot} (null for no recording: an empty chunk) of the process {@code pid}. */
    public static TraceChunk of(TraceBuffer.Snapshot snapshot, long pid) {
        TraceChunk.Builder chunk = TraceChunk.newBuilder().setPid(pid);
        if (snapshot == null) return chunk.build();
        chunk.setDropped(snapshot.dropped()).setCapacity(snapshot.capacity());
        for (TraceEvent event : snapshot.events()) {
            TraceRecord.Builder record = TraceRecord.newBuilder()
                    .setPhase(String.valueOf(event.phase()))
                    .setCategory(event.category())
                    .setName(event.name())
                    .setTimeNanos(event.timeNanos())
                    .setDurationNanos(event.durationNanos())
                    .setThreadId(event.threadId())
                    .setBindId(event.bindId())
                    .setFlowOut(event.flowOut())
                    .setFlowIn(event.flowIn());
            for (String arg : event.args()) record.addArgs(arg == null ? "" : arg);
            chunk.addEvents(record);
        }
        for (Map.Entry<Long, String> thread : snapshot.threadNames().entrySet()) {
            chunk.addThreads(TraceThread.newBuilder().setThreadId(thread.getKey()).setName(thread.getValue()));
        }
        return chunk.build();
    }
}
