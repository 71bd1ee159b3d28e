package minibrowser.tools.fuzz;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;

import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import minibrowser.common.NamedThreads;
import minibrowser.common.TabStates;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;

/**
 * Loads hostile documents into a running browser through its control API and
 * records how each one ended ({@link FuzzReport}). Used by {@code ./minibrowser fuzz}
 * and by {@code FuzzIT}; it only needs a control stub, so the browser under test is
 * started by whoever calls it.
 *
 * <p>Each of {@code tabs} driver threads ({@code fuzz-driver-N}) owns one tab and
 * navigates it to the next document, waits for the load to end and sorts the
 * outcome: the page is shown ({@code ready}), an error page says why not, the
 * renderer crashed (a bug: the engine must survive any input), the page hung, or no
 * answer came at all. A tab whose renderer crashed gets a new renderer with its next
 * navigation; a hung tab is closed (ending its renderer) and replaced.
 */
public final class FuzzRun {
    /** How long one document may take to load before it counts as "no answer". */
    static final int LOAD_SECONDS = 60;

    private final IntFunction<ControlGrpc.ControlBlockingStub> control;
    private final FuzzServer server;
    private final HostileDocuments documents;
    private final BooleanSupplier browserAlive;
    /** No document is started after this ({@link System#nanoTime()}); Long.MAX_VALUE for no end. */
    private long stopAt = Long.MAX_VALUE;

    /**
     * @param control      the browser's control stub with a deadline of the given seconds
     * @param server       serves {@code documents}
     * @param browserAlive whether the browser process is still running
     */
    public FuzzRun(IntFunction<ControlGrpc.ControlBlockingStub> control, FuzzServer server, HostileDocuments documents,
                   BooleanSupplier browserAlive) {
        this.control = control;
        this.server = server;
        this.documents = documents;
        this.browserAlive = browserAlive;
    }

    /** Starts no document after {@code minutes} from now: the run ends early, and says how many it loaded. */
    public FuzzRun stopAfterMinutes(double minutes) {
        stopAt = System.nanoTime() + (long) (minutes * 60e9);
        return this;
    }

    /**
     * Loads documents {@code first} to {@code first + count - 1} in {@code tabs} tabs at once.
     *
     * @param progress called with the number of documents done so far, from the driver threads
     */
    public FuzzReport run(long seed, int first, int count, int tabs, java.util.function.IntConsumer progress)
            throws InterruptedException {
        FuzzReport report = new FuzzReport(seed);
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger done = new AtomicInteger();
        int end = first + count;
        long start = System.nanoTime();
        ExecutorService drivers = NamedThreads.pool("fuzz-driver", Math.max(1, tabs));
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < Math.max(1, tabs); t++) {
            running.add(drivers.submit(() -> drive(next, end, report, done, progress)));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                report.record(documents.generate(-1), "driver failed: " + e.getCause(), 0);
            }
        }
        drivers.shutdownNow();
        drivers.awaitTermination(5, TimeUnit.SECONDS);
        report.finish(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), browserAlive.getAsBoolean());
        return report;
    }

    /** One driver: its own tab, documents taken from {@code next} until {@code end} or the browser is gone. */
    private void drive(AtomicInteger next, int end, FuzzReport report, AtomicInteger done,
                       java.util.function.IntConsumer progress) {
        int tab = openTab();
        HostileDocument previous = null; // the last document, while its tab was left ready
        for (int i = next.getAndIncrement(); i < end; i = next.getAndIncrement()) {
            if (!browserAlive.getAsBoolean() || System.nanoTime() > stopAt) return;
            // A renderer that died after its page was shown (decoding its images, say) is found here.
            if (previous != null) crashedSince(tab, previous, report);
            HostileDocument doc = documents.generate(i);
            long begin = System.nanoTime();
            String outcome;
            try {
                control.apply(30).navigate(NavigateRequest.newBuilder().setTab(tab).setUrl(server.url(i)).build());
                TabInfo loaded = waitForLoadOrHang(tab);
                outcome = outcome(loaded);
                if (loaded.getState() == TAB_STATE_CRASHED) report.crash(doc, loaded.getCrashReason());
            } catch (StatusRuntimeException e) {
                outcome = e.getStatus().getCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED
                        ? "no answer within " + LOAD_SECONDS + " s" : "control call failed: " + e.getStatus().getCode();
                if (!browserAlive.getAsBoolean()) outcome = "browser died";
            }
            report.record(doc, outcome, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
            if (outcome.startsWith("unresponsive") || outcome.startsWith("no answer")) {
                tab = replace(tab); // its renderer is stuck: closing the tab ends it
            }
            previous = outcome.equals("ready") || outcome.startsWith("error page") ? doc : null;
            progress.accept(done.incrementAndGet());
        }
        if (previous != null && browserAlive.getAsBoolean()) crashedSince(tab, previous, report);
    }

    /**
     * Waits until the tab's load ends, or until the hang monitor calls the tab unresponsive
     * (a renderer stuck laying the page out), whichever comes first; at most {@link #LOAD_SECONDS}.
     */
    private TabInfo waitForLoadOrHang(int tab) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        while (true) {
            try {
                return control.apply(2).waitForLoad(TabRequest.newBuilder().setTab(tab).build());
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() != io.grpc.Status.Code.DEADLINE_EXCEEDED || System.nanoTime() > deadline) {
                    throw e;
                }
                TabInfo now = state(tab);
                if (now.getState() == TAB_STATE_UNRESPONSIVE) return now;
            }
        }
    }

    /** Records a crash of {@code tab}'s renderer after {@code doc} had loaded in it. */
    private void crashedSince(int tab, HostileDocument doc, FuzzReport report) {
        TabInfo now = state(tab);
        if (now.getState() == TAB_STATE_CRASHED) report.crash(doc, "after its first frame: " + now.getCrashReason());
    }

    /** The outcome in words, coarse enough to count: the state, and for error pages their reason's kind. */
    static String outcome(TabInfo tab) {
        switch (TabStates.label(tab.getState())) {
            case "ready":
                if (tab.getLoadError().isEmpty()) return "ready";
                String reason = tab.getLoadError();
                int colon = reason.indexOf(':');
                return "error page: " + (colon > 0 ? reason.substring(0, colon) : reason);
            case "crashed":
                return "renderer crashed";
            default:
                return TabStates.label(tab.getState());
        }
    }

    private TabInfo state(int tab) {
        return control.apply(30).listTabs(ListTabsRequest.getDefaultInstance()).getTabsList().stream()
                .filter(t -> t.getId() == tab).findFirst().orElse(TabInfo.getDefaultInstance());
    }

    private int openTab() {
        int tab = control.apply(30).openTab(OpenTabRequest.newBuilder().setUrl("about:blank").build()).getId();
        control.apply(LOAD_SECONDS).waitForLoad(TabRequest.newBuilder().setTab(tab).build());
        return tab;
    }

    private int replace(int tab) {
        try {
            control.apply(30).closeTab(CloseTabRequest.newBuilder().setTab(tab).build());
        } catch (StatusRuntimeException alreadyGone) {
            // Nothing to close.
        }
        return openTab();
    }
}
