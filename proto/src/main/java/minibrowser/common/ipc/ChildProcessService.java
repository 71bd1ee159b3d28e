package minibrowser.common.ipc;

import io.grpc.stub.StreamObserver;
import minibrowser.common.trace.Trace;
import minibrowser.common.trace.TraceChunks;
import minibrowser.proto.Ack;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.CollectTraceRequest;
import minibrowser.proto.IpcStatsReply;
import minibrowser.proto.IpcStatsRequest;
import minibrowser.proto.ListThreadsReply;
import minibrowser.proto.ListThreadsRequest;
import minibrowser.proto.StartTraceRequest;
import minibrowser.proto.TraceChunk;

/**
 * The ChildProcess contract every child serves: its live threads by their full names,
 * its trace recording, and the calls it made.
 */
final class ChildProcessService extends ChildProcessGrpc.ChildProcessImplBase {
    private final String processName;
    private final Transport transport;

    /** @param processName "renderer", "gpu" or "plugin": names the trace's sampler thread */
    ChildProcessService(String processName, Transport transport) {
        this.processName = processName;
        this.transport = transport;
    }

    @Override
    public void listThreads(ListThreadsRequest request, StreamObserver<ListThreadsReply> reply) {
        ListThreadsReply.Builder names = ListThreadsReply.newBuilder();
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().forEach(names::addNames);
        reply.onNext(names.build());
        reply.onCompleted();
    }

    @Override
    public void startTrace(StartTraceRequest request, StreamObserver<Ack> reply) {
        Trace.start(processName, Math.max(0, request.getCapacity()));
        reply.onNext(Ack.getDefaultInstance());
        reply.onCompleted();
    }

    @Override
    public void collectTrace(CollectTraceRequest request, StreamObserver<TraceChunk> reply) {
        reply.onNext(TraceChunks.of(request.getStop() ? Trace.stop() : Trace.peek(), ProcessHandle.current().pid()));
        reply.onCompleted();
    }

    @Override
    public void getIpcStats(IpcStatsRequest request, StreamObserver<IpcStatsReply> reply) {
        reply.onNext(transport.ipcStats().snapshot());
        reply.onCompleted();
    }
}
