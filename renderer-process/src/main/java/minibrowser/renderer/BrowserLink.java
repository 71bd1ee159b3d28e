package minibrowser.renderer;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.Futures;
import com.google.common.util.concurrent.ListenableFuture;
import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.ManagedChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import com.google.protobuf.ByteString;
import io.grpc.StatusRuntimeException;
import minibrowser.common.ScriptMessages;
import minibrowser.common.TabIds;
import minibrowser.common.Urls;
import minibrowser.proto.AllocateFrameBufferReply;
import minibrowser.proto.AllocateFrameBufferRequest;
import minibrowser.proto.ConsoleLevel;
import minibrowser.proto.ConsoleMessageRequest;
import minibrowser.proto.CreatePluginInstanceRequest;
import minibrowser.proto.DialogKind;
import minibrowser.proto.DidFinishLoadRequest;
import minibrowser.renderer.script.ScriptHost.DialogAnswer;
import minibrowser.proto.FetchSubresourceRequest;
import minibrowser.proto.HttpMethod;
import minibrowser.proto.RendererHostGrpc;
import minibrowser.proto.RequestNavigationRequest;
import minibrowser.proto.RunDialogRequest;
import minibrowser.proto.ScriptFetchRequest;
import minibrowser.proto.Url;
import minibrowser.renderer.compositor.CompositorHost;

/**
 * The renderer's only way to the outside world: calls to the browser's
 * {@code RendererHost} (renderer.proto). Subresources, shared memory and plugin
 * instances all come from here, and what a page's scripts ask of the browser (console
 * messages, dialogs, navigations, fetches: the methods from {@link #console} on, public
 * for the script bindings). Safe to call from any renderer thread.
 *
 * <p>No call here waits for the browser: each starts the call and returns a future of its
 * answer. The renderer's owner threads ({@code renderer-main}, {@code renderer-compositor})
 * must never block on another process, or one slow or hung browser call would freeze
 * the page. A caller attaches its continuation with its own thread's queue as the
 * executor ({@code future.thenAcceptAsync(answer -> ..., queue)}), so the answer is
 * handled on the thread that owns the state it touches, and checks there that the
 * answer is still wanted (the same navigation, the tab still here).
 */
public final class BrowserLink implements CompositorHost {
    private final RendererHostGrpc.RendererHostFutureStub host;

    BrowserLink(ManagedChannel browser) {
        this.host = RendererHostGrpc.newFutureStub(browser);
    }

    /**
     * A stylesheet or image, fetched by the browser. Completes (on a gRPC thread) with the
     * bytes, or empty when the fetch failed, timed out (30 s), or when the URL is one the
     * browser refuses as a bad message ({@link #fetchable}): a page's bad URL must cost it
     * the image, not the renderer. Never completes exceptionally.
     */
    CompletableFuture<Optional<byte[]>> fetch(int tab, String pageUrl) {
        Optional<String> fetchable = fetchable(pageUrl);
        if (fetchable.isEmpty()) return CompletableFuture.completedFuture(Optional.empty());
        FetchSubresourceRequest request = FetchSubresourceRequest.newBuilder().setTab(TabIds.of(tab))
                .setUrl(Url.newBuilder().setSpec(fetchable.get())).build();
        return answer(host.withDeadlineAfter(30, TimeUnit.SECONDS).fetchSubresource(request))
                .handle((reply, failed) -> failed == null ? Optional.of(reply.getBody().toByteArray()) : Optional.empty());
    }

    /**
     * A URL from a page as the URL standard reads it, or empty when it is not one the
     * browser takes ({@link Urls#fromPage}: the same check the browser makes).
     */
    static Optional<String> fetchable(String url) {
        return Urls.fromPage(url);
    }

    /**
     * A memory-mapped file of {@code bytes} bytes for frames, created by the browser.
     * Completes (on a gRPC thread) with its id and path, or exceptionally when the browser
     * could not make one (the gpu is restarting, the memory limit) or did not answer in 10 s.
     */
    @Override
    public CompletableFuture<AllocateFrameBufferReply> allocateFrameBuffer(int tab, long bytes) {
        return answer(host.withDeadlineAfter(10, TimeUnit.SECONDS).allocateFrameBuffer(
                AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab)).setBytes(bytes).build()));
    }

    /**
     * A plugin instance for an embed. Completes (on a gRPC thread) with its id, or 0 when
     * there is none (no plugin for the type, the browser refused, no answer in 30 s: the
     * plugin process may have to start first). Never completes exceptionally.
     */
    CompletableFuture<Integer> createPluginInstance(int tab, String mimeType, String src, int width, int height,
                                                    Map<String, String> params) {
        CreatePluginInstanceRequest request = CreatePluginInstanceRequest.newBuilder()
                .setTab(TabIds.of(tab)).setMimeType(mimeType).setSrc(Url.newBuilder().setSpec(src))
                .setWidth(width).setHeight(height).putAllParams(params).build();
        return answer(host.withDeadlineAfter(30, TimeUnit.SECONDS).createPluginInstance(request))
                .handle((reply, failed) -> failed == null ? reply.getInstanceId() : 0);
    }

    /** Tells the browser a navigation's first frame is with the gpu process. Does not wait. */
    @Override
    public void didFinishLoad(int tab, long navigationId, String title, int contentHeight) {
        host.didFinishLoad(DidFinishLoadRequest.newBuilder().setTab(TabIds.of(tab)).setNavigationId(navigationId)
                .setTitle(title).setContentHeight(contentHeight).build());
    }

    // ---------------------------------------------------------------- for page scripts

    /**
     * A script's response, whatever its HTTP status.
     *
     * @param statusText the standard's reason phrase ("Not Found"); "" for an unusual code
     * @param finalUrl the URL after redirects (all on the page's origin)
     */
    public record ScriptFetchResult(int status, String statusText, String contentType, byte[] body, String finalUrl) {}

    /**
     * A {@code console.*} message of the tab's page, for the browser's log and the tab's
     * console. {@code text} longer than {@link ScriptMessages#MAX_CONSOLE_CHARS} is cut here, as
     * the browser wants it; {@code source} ("URL:line", or "") is dropped when the browser would
     * not take it. Does not wait, and nothing comes back.
     */
    public void console(int tab, ConsoleLevel level, String text, String source) {
        String where = source == null || source.length() > ScriptMessages.MAX_SOURCE_CHARS
                || ScriptMessages.hasControlCharacter(source) ? "" : source;
        host.withDeadlineAfter(10, TimeUnit.SECONDS).consoleMessage(ConsoleMessageRequest.newBuilder()
                .setTab(TabIds.of(tab)).setLevel(level)
                .setText(ScriptMessages.cut(text == null ? "" : text, ScriptMessages.MAX_CONSOLE_CHARS))
                .setSource(where).build());
    }

    /**
     * {@code alert}, {@code confirm} or {@code prompt} of the document {@code navigationId} of
     * the tab, shown by the browser. Completes (on a gRPC thread) when the user, a control
     * client or the browser answered; there is no deadline, since a person may take any time,
     * and the browser always answers (it dismisses the dialog when the tab closes or
     * navigates). {@code message} and {@code defaultValue} are cut to
     * {@link ScriptMessages#MAX_DIALOG_CHARS}. Completes with {@link DialogAnswer#DISMISSED}
     * when the browser refused the dialog (the document is no longer the tab's) or the call
     * failed; never exceptionally.
     */
    public CompletableFuture<DialogAnswer> runDialog(int tab, long navigationId, DialogKind kind, String message,
                                                     String defaultValue) {
        RunDialogRequest request = RunDialogRequest.newBuilder().setTab(TabIds.of(tab)).setNavigationId(navigationId)
                .setKind(kind).setMessage(ScriptMessages.cut(message == null ? "" : message, ScriptMessages.MAX_DIALOG_CHARS))
                .setDefaultValue(ScriptMessages.cut(defaultValue == null ? "" : defaultValue, ScriptMessages.MAX_DIALOG_CHARS))
                .build();
        return answer(host.runDialog(request)).handle((reply, failed) -> failed == null
                ? new DialogAnswer(reply.getAccepted(), reply.getValue()) : DialogAnswer.DISMISSED);
    }

    /**
     * A script of the document {@code navigationId} set {@code location} (or called
     * {@code location.replace}, {@code replace}): the browser judges the URL as a link the user
     * followed. Completes (on a gRPC thread) once the navigation started, or exceptionally
     * with the browser's reason in words when it refused ("a page may not open the debug page
     * about:crash"), when the document is no longer the tab's, or when the URL is not one the
     * browser takes ({@link #fetchable}: checked here first, not sent).
     */
    public CompletableFuture<Void> requestNavigation(int tab, long navigationId, String url, boolean replace) {
        Optional<String> target = fetchable(url);
        if (target.isEmpty()) return CompletableFuture.failedFuture(new IllegalArgumentException("not a URL: " + url));
        RequestNavigationRequest request = RequestNavigationRequest.newBuilder().setTab(TabIds.of(tab))
                .setNavigationId(navigationId).setUrl(Url.newBuilder().setSpec(target.get())).setReplace(replace).build();
        return inWords(answer(host.withDeadlineAfter(10, TimeUnit.SECONDS).requestNavigation(request))).thenApply(ack -> null);
    }

    /**
     * {@code fetch()} or {@code XMLHttpRequest} of the document {@code navigationId}: the browser
     * makes the request on its network, same origin only. {@code url} is absolute (resolved
     * against the page); GET and HEAD take no body. Completes (on a gRPC thread) with the
     * response, also for an HTTP error status; exceptionally, with the reason in words, when the
     * browser refused it (another origin, a redirect to one, the document no longer the tab's),
     * when no answer came (the network failed, 60 s passed), or here, before anything is sent,
     * when the URL is not one the browser takes or the body is over
     * {@link ScriptMessages#MAX_FETCH_BODY_BYTES} or on a GET or HEAD.
     */
    public CompletableFuture<ScriptFetchResult> scriptFetch(int tab, long navigationId, String url, HttpMethod method,
                                                            byte[] body, String contentType) {
        Optional<String> target = fetchable(url);
        byte[] bytes = body == null ? new byte[0] : body;
        String type = contentType == null ? "" : contentType;
        String refused = target.isEmpty() ? "not a URL: " + url
                : bytes.length > ScriptMessages.MAX_FETCH_BODY_BYTES
                        ? "a request body of " + bytes.length + " bytes (at most " + ScriptMessages.MAX_FETCH_BODY_BYTES + ")"
                : bytes.length > 0 && (method == HttpMethod.HTTP_METHOD_GET || method == HttpMethod.HTTP_METHOD_HEAD)
                        ? "a GET or HEAD request cannot have a body"
                : type.length() > ScriptMessages.MAX_CONTENT_TYPE_CHARS || ScriptMessages.hasControlCharacter(type)
                        ? "not a content type: " + ScriptMessages.cut(type, 100)
                : null;
        if (refused != null) return CompletableFuture.failedFuture(new IllegalArgumentException(refused));
        ScriptFetchRequest request = ScriptFetchRequest.newBuilder().setTab(TabIds.of(tab)).setNavigationId(navigationId)
                .setUrl(Url.newBuilder().setSpec(target.get())).setMethod(method).setBody(ByteString.copyFrom(bytes))
                .setContentType(type).build();
        return inWords(answer(host.withDeadlineAfter(60, TimeUnit.SECONDS).scriptFetch(request)))
                .thenApply(reply -> new ScriptFetchResult(reply.getStatus(), reply.getStatusText(), reply.getContentType(),
                        reply.getBody().toByteArray(), reply.getFinalUrl()));
    }

    /** A call's failure as an exception whose message is the browser's reason in words. */
    private static <T> CompletableFuture<T> inWords(CompletableFuture<T> call) {
        CompletableFuture<T> worded = new CompletableFuture<>();
        call.whenComplete((reply, failed) -> {
            if (failed == null) {
                worded.complete(reply);
            } else if (failed instanceof StatusRuntimeException status) {
                String why = status.getStatus().getDescription();
                worded.completeExceptionally(new IllegalStateException(why != null ? why
                        : status.getStatus().getCode().toString(), failed));
            } else {
                worded.completeExceptionally(failed);
            }
        });
        return worded;
    }

    /**
     * For about:badipc: a message no honest renderer sends (a tab it does not own, a huge
     * size). Does not wait: the browser answers by killing this process.
     */
    void sendBadMessage(int tab) {
        host.withDeadlineAfter(5, TimeUnit.SECONDS).allocateFrameBuffer(
                AllocateFrameBufferRequest.newBuilder().setTab(TabIds.of(tab + 1_000_000)).setBytes(-1).build());
    }

    /** A gRPC future as a {@link CompletableFuture}, completed on the gRPC thread that got the answer. */
    private static <T> CompletableFuture<T> answer(ListenableFuture<T> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Futures.addCallback(call, new FutureCallback<>() {
            @Override public void onSuccess(T reply) {
                answer.complete(reply);
            }

            @Override public void onFailure(Throwable failed) {
                answer.completeExceptionally(failed);
            }
        }, MoreExecutors.directExecutor());
        return answer;
    }


}
