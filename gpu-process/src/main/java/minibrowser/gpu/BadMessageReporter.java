package minibrowser.gpu;

import io.grpc.Context;
import io.grpc.ManagedChannel;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.BadMessages;
import minibrowser.common.ipc.Caller;
import minibrowser.proto.BadMessageReport;
import minibrowser.proto.ProcessHostGrpc;

/**
 * The gpu's answer to a frame sink's bad message (a frame that does not parse, a
 * method its token may not call): the call is refused, and since the gpu cannot end
 * another process, it tells the browser ({@code ProcessHost.ReportBadMessage}),
 * which kills the renderer or plugin process the sink belongs to. The report is sent
 * without waiting for its answer: the gpu's handlers never block.
 */
final class BadMessageReporter implements BadMessages {
    private final ProcessHostGrpc.ProcessHostFutureStub browser;

    BadMessageReporter(ManagedChannel browser) {
        this.browser = ProcessHostGrpc.newFutureStub(browser);
    }

    @Override
    public void received(Caller caller, String reason) {
        if (!(caller.who() instanceof FrameSinkRecord)) return; // the browser itself: nobody above it to tell
        FrameSinkRecord sink = (FrameSinkRecord) caller.who();
        // Sent outside the refused call's context: that context is cancelled the moment the
        // call is answered, and would cancel the report with it.
        Context.ROOT.run(() -> browser.withDeadlineAfter(10, TimeUnit.SECONDS).reportBadMessage(BadMessageReport.newBuilder()
                .setFrameSinkToken(sink.token()).setReason(reason).build()));
    }
}
