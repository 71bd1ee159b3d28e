package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.proto.Ack;
import minibrowser.proto.ClickReply;
import minibrowser.proto.ClickRequest;
import minibrowser.proto.CommitNavigationRequest;
import minibrowser.proto.ConnectGpuRequest;
import minibrowser.proto.DebugAction;
import minibrowser.proto.DebugActionRequest;
import minibrowser.proto.RendererGrpc;
import minibrowser.proto.ResizeRequest;
import minibrowser.proto.ScrollReply;
import minibrowser.proto.ScrollRequest;
import minibrowser.proto.TabId;

/**
 * The browser side of one renderer process (Chromium's {@code RenderProcessHost}):
 * the child process and the Renderer calls the browser makes to it. Which tabs it
 * draws is decided here, by the browser, never by the renderer.
 */
final class RenderProcessHost {
    final ChildProcessHost process;
    /** The tabs this renderer draws (one in the per-tab model). Used on browser-ui. */
    final Set<Integer> tabs = new LinkedHashSet<>();
    private final RendererGrpc.RendererFutureStub renderer;

    RenderProcessHost(ChildProcessHost process) {
        this.process = process;
        this.renderer = RendererGrpc.newFutureStub(process.channel());
    }

    long pid() {
        return process.pid();
    }

    boolean owns(int tab) {
        return tabs.contains(tab);
    }

    ListenableFuture<Ack> commitNavigation(CommitNavigationRequest request) {
        return renderer.withDeadlineAfter(30, TimeUnit.SECONDS).commitNavigation(request);
    }

    ListenableFuture<Ack> resize(int tab, int width, int height) {
        return renderer.resize(ResizeRequest.newBuilder().setTab(tabId(tab))
                .setViewportWidth(width).setViewportHeight(height).build());
    }

    ListenableFuture<ScrollReply> scroll(int tab, int deltaY, boolean absolute) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).scroll(ScrollRequest.newBuilder()
                .setTab(tabId(tab)).setDeltaY(deltaY).setAbsolute(absolute).build());
    }

    ListenableFuture<ClickReply> click(int tab, int x, int y) {
        return renderer.withDeadlineAfter(5, TimeUnit.SECONDS).click(ClickRequest.newBuilder()
                .setTab(tabId(tab)).setX(x).setY(y).build());
    }

    ListenableFuture<Ack> connectGpu(String gpuAddress, String token) {
        return renderer.connectGpu(ConnectGpuRequest.newBuilder().setGpuAddress(gpuAddress).setFrameSinkToken(token).build());
    }

    ListenableFuture<Ack> runDebugAction(DebugAction action) {
        return renderer.runDebugAction(DebugActionRequest.newBuilder().setAction(action).build());
    }

    static TabId tabId(int tab) {
        return TabId.newBuilder().setValue(tab).build();
    }
}
