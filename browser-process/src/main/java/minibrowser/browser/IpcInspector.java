package minibrowser.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;
import minibrowser.common.ipc.IpcStats;
import minibrowser.proto.ChildProcessGrpc;
import minibrowser.proto.IpcStatsRequest;

/**
 * The IPC inspector (key {@code I}, and {@code about:ipc}): every process's gRPC calls,
 * by caller, callee and method, sampled once a second. Each process counts its own calls
 * ({@link IpcStats}, on every channel it opens); the browser reads its own counters and asks
 * every child for its (ChildProcess.GetIpcStats, one future each, answered within a second
 * or left out), then makes an {@link IpcTable}.
 *
 * <p>Sampling runs on {@code browser-ipc-inspector}, never on browser-ui; the panel's state
 * (open, paused, filter) is guarded by {@code this}. While open, the panel is redrawn after
 * every sample unless paused; the page and the keys stay the user's (it is not modal).
 */
public final class IpcInspector {
    private static final long SAMPLE_SECONDS = 1;

    private final Browser browser;
    private final IpcStats own;
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("browser-ipc-inspector", true));

    // Guarded by this.
    private IpcTable latest = IpcTable.EMPTY;
    private ScheduledFuture<?> sampling;
    private boolean open;
    private boolean paused;
    /** The process rows must involve; null for all. */
    private String filter;

    IpcInspector(Browser browser, IpcStats own) {
        this.browser = browser;
        this.own = own;
    }

    /** What the panel shows: the table at its last sample, filtered, and whether it is paused. */
    public record View(IpcTable table, String filter, boolean paused) {}

    /** {@code I}: opens the panel over the page, or closes it. */
    public synchronized void toggle() {
        open = !open;
        if (open) {
            paused = false;
            if (sampling == null) sampling = sampler.scheduleAtFixedRate(this::sampleAndDraw, 0, SAMPLE_SECONDS, TimeUnit.SECONDS);
        } else if (sampling != null) {
            sampling.cancel(false);
            sampling = null;
        }
        draw();
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** {@code p}: freezes the panel on what it shows (sampling goes on), or lets it run again. */
    public synchronized void togglePause() {
        paused = !paused;
        draw();
    }

    /** {@code o}: the next process to filter by (all, then each process the table names, then all again). */
    public synchronized void nextFilter() {
        List<String> names = latest.processes();
        int at = filter == null ? -1 : names.indexOf(filter);
        filter = at + 1 < names.size() ? names.get(at + 1) : null;
        draw();
    }

    /** A fresh sample now, off every owner thread: for {@code about:ipc}. */
    CompletableFuture<IpcTable> sampleNow() {
        return CompletableFuture.supplyAsync(this::sample, sampler);
    }

    /** Stops sampling for good (the browser is shutting down). */
    void shutdown() {
        sampler.shutdownNow();
    }

    private void sampleAndDraw() {
        try {
            sample();
        } catch (RuntimeException browserBusy) {
            return; // the next second tries again
        }
        synchronized (this) {
            if (open && !paused) draw();
        }
    }

    /** On browser-ipc-inspector: every process's counters, the browser's first; children that do not answer in a second are left out. */
    private IpcTable sample() {
        List<CompletableFuture<Optional<IpcTable.Report>>> asked = new ArrayList<>();
        List<ChildSnapshot> children;
        try {
            children = browser.children().get(2, TimeUnit.SECONDS);
        } catch (Exception busy) {
            throw new IllegalStateException("browser-ui did not answer", busy);
        }
        for (ChildSnapshot child : children) {
            var channel = child.process().channel();
            if (channel == null) continue;
            String name = child.process().childId();
            String label = name + " " + child.process().pid() + (child.tabs().isEmpty() ? child.spare() ? " (spare)" : ""
                    : " (tab" + (child.tabs().size() == 1 ? " " : "s ") + child.tabs().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",")) + ")");
            asked.add(UiThread.answered(ChildProcessGrpc.newFutureStub(channel).withDeadlineAfter(SAMPLE_SECONDS, TimeUnit.SECONDS)
                            .getIpcStats(IpcStatsRequest.getDefaultInstance()))
                    .thenApply(stats -> Optional.of(new IpcTable.Report(name, label, stats)))
                    .exceptionally(hungOrGone -> Optional.empty()));
        }
        List<IpcTable.Report> reports = new ArrayList<>();
        reports.add(new IpcTable.Report("browser", "browser " + ProcessHandle.current().pid(), own.snapshot()));
        for (CompletableFuture<Optional<IpcTable.Report>> answer : asked) answer.join().ifPresent(reports::add);
        synchronized (this) {
            latest = IpcTable.of(reports, latest, System.nanoTime());
            return latest;
        }
    }

    /** Sends the panel's state to the screen; called with the lock held. */
    private void draw() {
        View view = open ? new View(latest, filter, paused) : null;
        browser.updateChrome(chrome -> chrome.ipc = view);
    }
}
