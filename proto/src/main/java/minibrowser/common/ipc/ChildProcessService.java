package minibrowser.common.ipc;

import io.grpc.stub.StreamObserver;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.ListThreadsReply;
import minibrowser.proto.ListThreadsRequest;

/**
 * The ChildProcess contract every child serves: its live threads by their full names.
 */
final class ChildProcessService extends ChildProcessGrpc.ChildProcessImplBase {
    @Override
    public void listThreads(ListThreadsRequest request, StreamObserver<ListThreadsReply> reply) {
        ListThreadsReply.Builder names = ListThreadsReply.newBuilder();
        Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().forEach(names::addNames);
        reply.onNext(names.build());
        reply.onCompleted();
    }
}
