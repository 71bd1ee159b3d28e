package minibrowser.browser;

import minibrowser.common.trace.Trace;
import java.util.concurrent.CompletableFuture;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.children.CrashHistory;
import minibrowser.proto.ConfigureDisplayRequest;
import minibrowser.proto.GpuDebugAction;

/**
 * The browser's connection to the gpu process: starting it, restarting it when it
 * dies (also when it dies before it was ready), and Chromium's software compositing
 * fallback: after {@link CrashHistory#forGpu() 3 quick crashes} the gpu's code runs as
 * threads of the browser process for the rest of the session, so a gpu that keeps
 * dying cannot loop. Used on browser-ui only; nothing here waits for the gpu.
 */
final class GpuConnection {
    /** What the rest of the browser hears from here (on browser-ui). */
    interface Events {
        /** A new gpu process is ready and knows nothing: give it every sink and surface again. */
        void gpuReady(GpuProcessHost gpu);

        /** A line for the status line. */
        void say(String message);
    }

    private final UiThread ui;
    private final ChildProcesses children;
    private final ChildLauncher launcher;
    private final Events events;
    private DisplayMode display;
    private CompletableFuture<GpuProcessHost> gpu;
    private int restarts;
    private final CrashHistory crashes = CrashHistory.forGpu();
    /** Starts the gpu's code as threads of this process, for the fallback; null when there is none. */
    private ChildLauncher inBrowser;
    /** True once the browser composites by itself. */
    private boolean compositingInBrowser;
    private boolean stopped;

    GpuConnection(UiThread ui, ChildProcesses children, ChildLauncher launcher, DisplayMode display, Events events) {
        this.ui = ui;
        this.children = children;
        this.launcher = launcher;
        this.display = display;
        this.events = events;
    }

    /** The fallback's launcher: the gpu's code on threads of this process, serving on a socket. Before {@link #start}. */
    void fallBackWith(ChildLauncher inBrowserGpu) {
        this.inBrowser = inBrowserGpu;
    }

    /**
     * Starts a gpu process. It counts as ready once it said ChildReady and took the
     * display's configuration; then {@link Events#gpuReady} runs.
     */
    CompletableFuture<GpuProcessHost> start() {
        ConfigureDisplayRequest configuration = displayRequest();
        gpu = children.start(compositingInBrowser ? inBrowser : launcher, ChildType.GPU, "gpu")
                .thenApply(GpuProcessHost::new)
                .thenCompose(host -> UiThread.answered(host.configureDisplay(configuration)).thenApply(ack -> host))
                .thenApplyAsync(host -> {
                    host.process.exited().thenAcceptAsync(reason -> onExit(host.process, reason), ui.executor());
                    events.gpuReady(host);
                    return host;
                }, ui.executor());
        // A gpu that dies before it is ready never reaches the line above: count it here.
        gpu.whenCompleteAsync((host, failed) -> {
            if (failed != null) onExit(null, "failed to start: " + Browser.rootMessage(failed));
        }, ui.executor());
        return gpu;
    }

    /** The gpu process if it is ready now, else null (starting, or restarting). */
    GpuProcessHost current() {
        return gpu != null && gpu.isDone() && !gpu.isCompletedExceptionally() ? gpu.join() : null;
    }

    /** Completes when the gpu now starting (or running) is ready. */
    CompletableFuture<GpuProcessHost> whenReady() {
        return gpu;
    }

    /** How often the gpu process was started again. */
    int restarts() {
        return restarts;
    }

    /** The terminal changed size: the gpu presents at the new size. */
    void displayChanged(DisplayMode newDisplay) {
        display = newDisplay;
        if (gpu != null) gpu.thenAcceptAsync(g -> g.configureDisplay(displayRequest()), ui.executor());
    }

    /**
     * about:gpucrash or about:gpuhang; refused once the browser composites by itself,
     * where the gpu's fault would be the browser's.
     */
    void debugPage(String page) {
        boolean crash = page.equals("gpucrash");
        if (compositingInBrowser) {
            events.say("about:" + page + " ignored: the browser composites by itself");
            return;
        }
        gpu.thenAccept(g -> g.runDebugAction(crash ? GpuDebugAction.GPU_DEBUG_ACTION_CRASH
                : GpuDebugAction.GPU_DEBUG_ACTION_HANG));
    }

    /** The browser is shutting down: no gpu is started again. */
    void stop() {
        stopped = true;
    }

    /** The gpu process died ({@code process}), or failed to start (null): start a new one. */
    private void onExit(ChildProcessHost process, String reason) {
        if (stopped) return;
        if (compositingInBrowser && process == null) {
            events.say("the browser could not composite by itself: " + reason);
            return; // nothing left to fall back to; restarting would only loop
        }
        restarts++;
        Trace.instant("process", "gpu restarted", "reason", String.valueOf(reason), "restarts", Integer.toString(restarts));
        if (process == null || !process.killedOnPurpose()) crashes.recordCrash();
        if (crashes.gaveUp() && inBrowser != null && !compositingInBrowser) {
            compositingInBrowser = true;
            events.say("gpu process " + reason + "; it crashed " + crashes.recentCrashes()
                    + " times in a row, so the browser composites by itself from now on");
        } else {
            events.say("gpu process " + reason + "; restarted it");
        }
        start();
    }

    private ConfigureDisplayRequest displayRequest() {
        return ConfigureDisplayRequest.newBuilder().setTerminal(display.terminal())
                .setColumns(display.columns()).setRows(display.rows()).setTruecolor(display.truecolor()).build();
    }
}
