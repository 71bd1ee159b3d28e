package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.TabIds;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.proto.Ack;
import minibrowser.proto.ClickReply;
import minibrowser.proto.ClickRequest;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConnectGpuRequest;
import minibrowser.proto.DebugAction;
import minibrowser.proto.DebugActionRequest;
import minibrowser.proto.FindReply;
import minibrowser.proto.FindRequest;
import minibrowser.proto.PingReply;
import minibrowser.proto.PingRequest;
import minibrowser.proto.WarmUpRequest;
import minibrowser.proto.RendererGrpc;
import minibrowser.proto.ResizeRequest;
import minibrowser.proto.ScrollReply;
import minibrowser.proto.ScrollRequest;
import minibrowser.proto.FocusReply;
import minibrowser.proto.FocusRequest;
import minibrowser.proto.KeyInputReply;
import minibrowser.proto.KeyInputRequest;
import minibrowser.proto.VisibleLinksReply;
import minibrowser.proto.VisibleLinksRequest;

/**
 * The browser side of one renderer process (Chromium's {@code RenderProcessHost}):
 * the child process and the Renderer calls the browser makes to it. Which tabs it
 * draws is decided here, by the browser, never by the renderer.
 */
final class RenderProcessHost {
    final ChildProcessHost process;
    /** The tabs this renderer draws (one in the per-tab model), and those it drew before. Used on browser-ui. */
    final RendererTabs tabs = new RendererTabs();
    /**
     * The site ({@link Site}) of the first tab it drew, or null: the per-site model and
     * the renderer limit share renderers by it. Used on browser-ui.
     */
    String site;
    private final RendererGrpc.RendererFutureStub renderer;
    /** How long a key waits for the page's main thread: a busy page still gets it, a hung one frees the queue (KeyQueue). */
    private static final long KEY_DEADLINE_SECONDS = 10;

    RenderProcessHost(ChildProcessHost process) {
        this.process = process;
        this.renderer = RendererGrpc.newFutureStub(process.channel());
    }

    long pid() {
        return process.pid();
    }

    ListenableFuture<Ack> commitNavigation(CommitNavigationRequest request) {
        return renderer.withDeadlineAfter(30, TimeUnit.SECONDS).commitNavigation(request);
    }

    ListenableFuture<Ack> resize(int tab, int width, int height) {
        return renderer.resize(ResizeRequest.newBuilder().setTab(TabIds.of(tab))
                .setViewportWidth(width).setViewportHeight(height).build());
    }

    ListenableFuture<ScrollReply> scroll(int tab, int deltaY, boolean absolute) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).scroll(ScrollRequest.newBuilder()
                .setTab(TabIds.of(tab)).setDeltaY(deltaY).setAbsolute(absolute).build());
    }

    ListenableFuture<ClickReply> click(int tab, int x, int y) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).click(ClickRequest.newBuilder()
                .setTab(TabIds.of(tab)).setX(x).setY(y).build());
    }

    /** Moves the page's focus to its focusable element {@code focusIndex} (0: none); main answers. */
    ListenableFuture<FocusReply> focus(int tab, int focusIndex) {
        return renderer.withDeadlineAfter(KEY_DEADLINE_SECONDS, TimeUnit.SECONDS).focus(FocusRequest.newBuilder()
                .setTab(TabIds.of(tab)).setFocusIndex(focusIndex).build());
    }

    /** A key for the page's focused element; main answers (a hung main: the deadline ends the call). */
    ListenableFuture<KeyInputReply> keyInput(int tab, String key, String text, int modifiers) {
        return renderer.withDeadlineAfter(KEY_DEADLINE_SECONDS, TimeUnit.SECONDS).keyInput(KeyInputRequest.newBuilder()
                .setTab(TabIds.of(tab)).setKey(key).setText(text).setModifiers(modifiers).build());
    }

    ListenableFuture<VisibleLinksReply> visibleLinks(int tab) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).visibleLinks(
                VisibleLinksRequest.newBuilder().setTab(TabIds.of(tab)).build());
    }

    ListenableFuture<FindReply> find(int tab, String text, int index, boolean keepScroll) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).find(FindRequest.newBuilder().setTab(TabIds.of(tab))
                .setText(text).setIndex(index).setKeepScroll(keepScroll).build());
    }

    /** A spare renderer's warm-up: answered once its main thread has rendered the built-in page (a second or less). */
    ListenableFuture<Ack> warmUp() {
        return renderer.withDeadlineAfter(30, TimeUnit.SECONDS).warmUp(WarmUpRequest.getDefaultInstance());
    }

    /** about:sandbox: the renderer's main thread tries each target and answers what happened. */
    ListenableFuture<minibrowser.proto.ProbeSandboxReply> probeSandbox(minibrowser.proto.ProbeSandboxRequest targets) {
        return renderer.withDeadlineAfter(10, TimeUnit.SECONDS).probeSandbox(targets);
    }

    /** The hang monitor's ping: answered by the renderer's main thread. */
    ListenableFuture<PingReply> ping(long sequence) {
        return renderer.ping(PingRequest.newBuilder().setSequence(sequence).build());
    }

    /** Where {@code tab}'s frames go (a renderer may draw several tabs). */
    ListenableFuture<Ack> connectGpu(int tab, String gpuAddress, String token) {
        return renderer.connectGpu(ConnectGpuRequest.newBuilder().setTab(TabIds.of(tab)).setGpuAddress(gpuAddress)
                .setFrameSinkToken(token).build());
    }

    /** Debug page {@code action} opened in {@code tab}. */
    ListenableFuture<Ack> runDebugAction(int tab, DebugAction action) {
        return renderer.runDebugAction(DebugActionRequest.newBuilder().setTab(TabIds.of(tab)).setAction(action).build());
    }

    /** The tab no longer draws here; the renderer keeps serving its other tabs. */
    ListenableFuture<Ack> detachTab(int tab) {
        return renderer.detachTab(minibrowser.proto.DetachTabRequest.newBuilder().setTab(TabIds.of(tab)).build());
    }

}
