package minibrowser.browser;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.logging.Logger;
import minibrowser.browser.children.Callers;
import minibrowser.common.ipc.Replies;
import minibrowser.proto.Ack;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.CreatePluginInstanceReply;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.proto.FetchSubresourceReply;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.ConsoleMessageRequest;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.RequestNavigationRequest;
import minibrowser.proto.RunDialogReply;
import minibrowser.proto.RunDialogRequest;
import minibrowser.proto.ScriptFetchReply;
import minibrowser.proto.ScriptFetchRequest;
import minibrowser.browser.net.ReasonPhrases;

/**
 * The browser's side of renderer.proto: what renderers may ask of the browser.
 * The caller is the renderer whose secret the call carried. Every message is first
 * checked by {@link RendererMessageChecks}, on browser-ui together with the work it
 * asks for (so the check and the action see the same tabs): a message no honest
 * renderer sends (a tab it never drew, an impossible size...) kills the renderer for
 * a bad message, with the reason recorded; one an honest renderer sends in a race
 * (for a tab detached from it a moment ago) is refused quietly. Either way the call
 * fails. Handlers only post; nothing here blocks a gRPC thread.
 */
final class RendererHostService extends RendererHostGrpc.RendererHostImplBase {
    private static final Logger LOG = Logger.getLogger(RendererHostService.class.getName());

    private final java.util.function.Supplier<Browser> browsers;

    /** @param browser the browser, which may be made after this service's server started */
    RendererHostService(java.util.function.Supplier<Browser> browser) {
        this.browsers = browser;
    }

    @Override
    public void fetchSubresource(FetchSubresourceRequest request, StreamObserver<FetchSubresourceReply> reply) {
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.fetch(renderer.tabs, request));
            return browsers.get().fetchForPage(request.getTab().getValue(), request.getUrl().getSpec());
        }, response -> {
            if (!response.isOk()) throw Status.UNAVAILABLE.withDescription(response.error()).asRuntimeException();
            return FetchSubresourceReply.newBuilder().setBody(ByteString.copyFrom(response.body()))
                    .setContentType(response.contentType()).build();
        }, reply);
    }

    @Override
    public void allocateFrameBuffer(AllocateFrameBufferRequest request, StreamObserver<AllocateFrameBufferReply> reply) {
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.frameBuffer(renderer.tabs, request));
            return browsers.get().allocateFrameBuffer(renderer, request.getTab().getValue(), request.getBytes());
        }, grant -> AllocateFrameBufferReply.newBuilder().setBufferId(grant.bufferId()).setPath(grant.path())
                .setBytes(grant.bytes()).build(), reply);
    }

    @Override
    public void createPluginInstance(CreatePluginInstanceRequest request, StreamObserver<CreatePluginInstanceReply> reply) {
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.pluginInstance(renderer.tabs, request));
            return browsers.get().createPluginInstance(request.getTab().getValue(), request.getMimeType(),
                    request.getSrc().getSpec(), request.getWidth(), request.getHeight(), request.getParamsMap());
        }, id -> CreatePluginInstanceReply.newBuilder().setInstanceId(id).build(), reply);
    }

    @Override
    public void didFinishLoad(DidFinishLoadRequest request, StreamObserver<Ack> reply) {
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.didFinishLoad(request,
                    browsers.get().latestNavigationOf(request.getTab().getValue())));
            browsers.get().didFinishLoad(renderer, request.getTab().getValue(), request.getNavigationId(),
                    request.getTitle());
            return CompletableFuture.completedFuture(null);
        }, ignored -> Ack.getDefaultInstance(), reply);
    }

    @Override
    public void consoleMessage(ConsoleMessageRequest request, StreamObserver<Ack> reply) {
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.console(renderer.tabs, request));
            browsers.get().consoleMessage(request.getTab().getValue(),
                    new ConsoleLog.Entry(request.getLevel(), request.getText(), request.getSource()));
            return CompletableFuture.completedFuture(null);
        }, ignored -> Ack.getDefaultInstance(), reply);
    }

    /**
     * Answered when the dialog is: by the user or a control client, or dismissed by the
     * browser. A renderer that gives up on the call (its deadline, or it died) dismisses it.
     */
    @Override
    public void runDialog(RunDialogRequest request, StreamObserver<RunDialogReply> reply) {
        int tab = request.getTab().getValue();
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<RunDialogReply>> shown =
                new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<RunDialogReply> answered = browsers.get().forRenderer(Callers.child(), renderer -> {
            judge(renderer, RendererMessageChecks.dialog(renderer.tabs, request, browsers.get().latestNavigationOf(tab)));
            CompletableFuture<RunDialogReply> dialog = browsers.get().runDialog(tab, request.getKind(),
                    request.getMessage(), request.getDefaultValue());
            shown.set(dialog);
            return dialog;
        });
        if (reply instanceof io.grpc.stub.ServerCallStreamObserver<RunDialogReply> call) {
            call.setOnCancelHandler(() -> browsers.get().dialogCallEnded(tab, shown::get));
        }
        Replies.answer(answered, answer -> answer, reply, Status.Code.INVALID_ARGUMENT);
    }

    @Override
    public void requestNavigation(RequestNavigationRequest request, StreamObserver<Ack> reply) {
        int tab = request.getTab().getValue();
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.navigation(renderer.tabs, request, browsers.get().latestNavigationOf(tab)));
            return browsers.get().requestNavigation(tab, request.getUrl().getSpec(), request.getReplace())
                    .<CompletableFuture<Void>>map(refusal -> CompletableFuture.failedFuture(
                            Status.PERMISSION_DENIED.withDescription(refusal).asRuntimeException()))
                    .orElse(CompletableFuture.completedFuture(null));
        }, ignored -> Ack.getDefaultInstance(), reply);
    }

    @Override
    public void scriptFetch(ScriptFetchRequest request, StreamObserver<ScriptFetchReply> reply) {
        int tab = request.getTab().getValue();
        answer(renderer -> {
            judge(renderer, RendererMessageChecks.scriptFetch(renderer.tabs, request, browsers.get().latestNavigationOf(tab)));
            return browsers.get().fetchForScript(tab, request.getUrl().getSpec(),
                    RendererMessageChecks.methodName(request.getMethod()), request.getBody().toByteArray(),
                    request.getContentType());
        }, response -> ScriptFetchReply.newBuilder().setStatus(response.status())
                .setStatusText(ReasonPhrases.of(response.status())).setContentType(response.contentType())
                .setBody(ByteString.copyFrom(response.body())).setFinalUrl(response.url()).build(), reply);
    }

    /**
     * Acts on a verdict, on browser-ui: a renderer that lied is killed and its call fails;
     * a message from a race is dropped (logged, the call fails); an accepted one goes on.
     */
    private void judge(RenderProcessHost renderer, Verdict verdict) {
        switch (verdict.action()) {
            case KILL:
                browsers.get().killForBadMessage(renderer, verdict.reason());
                throw Status.PERMISSION_DENIED.withDescription("bad message: " + verdict.reason()).asRuntimeException();
            case DROP:
                LOG.fine(() -> "renderer " + renderer.pid() + ": dropped " + verdict.reason());
                throw Status.FAILED_PRECONDITION.withDescription("dropped: " + verdict.reason()).asRuntimeException();
            default:
                break;
        }
    }

    /**
     * Runs {@code work} on browser-ui for the renderer making this call (found by its
     * secret; other children may not call RendererHost), and replies when it is done.
     */
    private <T, R> void answer(Function<RenderProcessHost, CompletableFuture<T>> work, Function<T, R> toReply,
                               StreamObserver<R> reply) {
        Replies.answer(browsers.get().forRenderer(Callers.child(), work), toReply, reply, Status.Code.INVALID_ARGUMENT);
    }
}
