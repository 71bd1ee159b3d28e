package minibrowser.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import minibrowser.common.trace.Trace;
import java.util.concurrent.CompletableFuture;
import io.grpc.Status;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ChildType;

/**
 * Which renderer process draws each tab: shared, fresh, or the spare renderer started
 * ahead of need (Chromium's spare renderer), as {@link RendererPolicy} says; and what
 * happens when a renderer ends. Used on browser-ui only.
 */
final class Renderers {
    /** What the rest of the browser hears from here (on browser-ui). */
    interface Events {
        /** The tab has just got its renderer: connect it to the gpu. Completes when the tab may commit. */
        CompletableFuture<Void> attached(Tab tab);

        /** The tab lost its renderer (released, or the renderer ended): free its sink, buffers and plugins. */
        void detached(Tab tab);

        /** A tab's state changed: the UI is painted again. */
        void changed();
    }

    private final UiThread ui;
    private final ChildProcesses children;
    private final RendererPolicy policy;
    private final TabStrip tabs;
    private final Events events;
    /** Tabs whose renderer crashed and that have none yet: the next one they get is a restart (a trace instant). */
    private final java.util.Set<Integer> crashedTabs = new java.util.HashSet<>();
    private final Map<Tab, CompletableFuture<RenderProcessHost>> starts = new HashMap<>();
    /** New renderers being started for tabs, with the site each is for: tabs of that site may wait for it. */
    private final Map<CompletableFuture<RenderProcessHost>, Optional<String>> starting = new HashMap<>();
    /** A renderer started ahead of need, for the next tab; null when none. */
    private Spare spare;
    private boolean stopped;

    Renderers(UiThread ui, ChildProcesses children, RendererPolicy policy, TabStrip tabs, Events events) {
        this.ui = ui;
        this.children = children;
        this.policy = policy;
        this.tabs = tabs;
        this.events = events;
    }

    /**
     * The tab's renderer. A tab without one (new, crashed, or moving to another site in
     * the per-site model) shares a live renderer when the policy says so, else takes the
     * spare renderer or starts a new one.
     */
    CompletableFuture<RenderProcessHost> ensure(Tab tab) {
        Optional<String> site = Site.of(tab.url());
        RenderProcessHost current = tab.renderer;
        boolean afterCrash = crashedTabs.remove(tab.id);
        if (current != null && current.process.isAlive()) {
            boolean sameSite = site.isPresent() && site.get().equals(current.site);
            if (!policy.model().groupsBySite() || sameSite) return CompletableFuture.completedFuture(current);
            release(tab); // a cross-site navigation: the tab moves to its site's renderer
        }
        CompletableFuture<RenderProcessHost> already = starts.get(tab);
        if (already != null) return already;
        Optional<Slot> shared = policy.shareWith(site, slots(), Slot::site, Slot::tabs);
        CompletableFuture<RenderProcessHost> renderer;
        if (shared.isPresent()) {
            renderer = shared.get().host();
        } else {
            renderer = takeSpareOrStart();
            CompletableFuture<RenderProcessHost> fresh = renderer;
            starting.put(fresh, site);
            fresh.whenCompleteAsync((r, failed) -> { if (failed != null) starting.remove(fresh); }, ui.executor());
        }
        CompletableFuture<RenderProcessHost> start = renderer.thenApplyAsync(host -> {
            starts.remove(tab);
            if (!tabs.isOpen(tab)) {
                if (host.tabs.isEmpty()) host.process.kill(null, true);
                throw new IllegalStateException("tab closed");
            }
            if (!host.process.isAlive()) throw new IllegalStateException("renderer " + host.process.deathReason());
            // A tab whose renderer died gets a new one here: the restart, as an instant of the trace.
            if (afterCrash) Trace.instant("process", "tab's renderer restarted", "tab", Integer.toString(tab.id),
                    "pid", Long.toString(host.process.pid()), "after", tab.crashReason);
            tab.renderer = host;
            if (host.tabs.isEmpty()) host.site = site.orElse(null);
            host.tabs.add(tab.id);
            starting.remove(renderer); // now among the live renderers
            // The next spare starts once this page is up (ready or crashed), as Chromium
            // does: a JVM starting now would take one of the two cores from this page.
            tab.loaded.whenCompleteAsync((loaded, failed) -> keepSpare(), ui.executor());
            return host;
        }, ui.executor()).thenCompose(host -> events.attached(tab).thenApply(connected -> host));
        start.whenCompleteAsync((r, failed) -> { if (failed != null) starts.remove(tab); }, ui.executor());
        starts.put(tab, start);
        return start;
    }

    /** The tab no longer needs its renderer: end it if no other tab uses it. */
    void release(Tab tab) {
        RenderProcessHost renderer = tab.renderer;
        tab.renderer = null;
        events.detached(tab);
        if (renderer == null) return;
        renderer.tabs.detach(tab.id);
        if (renderer.tabs.isEmpty()) {
            renderer.process.kill(null, true);
        } else {
            renderer.detachTab(tab.id); // it carries on for the other tabs of its site
        }
    }

    /** Starts a spare renderer when the policy wants one, none is there, and the limit allows another. */
    void keepSpare() {
        if (!policy.keepSpare() || stopped || spare != null) return;
        if (!policy.mayStartAnother(slots().size() + 1)) return;
        // Warmed up: it has rendered its built-in page (WarmUp), so the tab that takes it finds
        // the page code loaded and compiled; the call also opens the connection to it. A tab
        // that takes it before then (the first tab of a terminal browser, say) gets it
        // without the warm-up, which would only stand between that tab and its first frame.
        CompletableFuture<RenderProcessHost> process = start();
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<RenderProcessHost> warmed = process.thenComposeAsync(host -> claimed.get()
                ? CompletableFuture.completedFuture(host)
                : ui.whenDone(host.warmUp()).handle((answer, failed) -> host), ui.executor());
        Spare started = new Spare(process, warmed, claimed);
        spare = started;
        warmed.whenCompleteAsync((host, failed) -> { if (failed != null && spare == started) spare = null; },
                ui.executor());
    }

    /**
     * The spare renderer: its process (up once ChildReady came) and the same renderer warmed
     * up (ready once it has rendered the warm-up page). {@code claimed} is set when a tab
     * takes it before its process is up: its warm-up is then not asked for.
     */
    private record Spare(CompletableFuture<RenderProcessHost> process, CompletableFuture<RenderProcessHost> warmed,
                         AtomicBoolean claimed) {
        /** The renderer, when it is warmed up and still there. */
        Optional<RenderProcessHost> ready() {
            return warmed.isDone() && !warmed.isCompletedExceptionally() ? Optional.of(warmed.join()) : Optional.empty();
        }
    }

    /**
     * The renderer that {@code child} is, drawing at least one tab; PERMISSION_DENIED
     * otherwise (a spare renderer, one being ended, another kind of child).
     */
    RenderProcessHost drawing(ChildProcessHost child) {
        return tabs.all().stream().map(t -> t.renderer).filter(r -> r != null && r.process == child).findFirst()
                .orElseThrow(() -> Status.PERMISSION_DENIED.withDescription("not a renderer drawing a tab")
                        .asRuntimeException());
    }

    /** The tabs {@code child} draws, when it is a renderer. */
    List<Integer> tabsOf(ChildProcessHost child) {
        return tabs.all().stream().filter(t -> t.renderer != null && t.renderer.process == child).map(t -> t.id)
                .toList();
    }

    /** Whether {@code child} is the spare renderer, ready and waiting. */
    boolean isSpare(ChildProcessHost child) {
        return spare != null && spare.ready().map(host -> host.process == child).orElse(false);
    }

    void stop() {
        stopped = true;
    }

    /** A renderer a tab could share: live, or being started for a tab. */
    private record Slot(CompletableFuture<RenderProcessHost> host, String site, int tabs) {}

    /** The renderers drawing at least one tab now, and those being started for one. */
    private List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        tabs.all().stream().map(t -> t.renderer).filter(r -> r != null && r.process.isAlive()).distinct()
                .forEach(r -> slots.add(new Slot(CompletableFuture.completedFuture(r), r.site, r.tabs.size())));
        starting.forEach((future, site) -> slots.add(new Slot(future, site.orElse(null), 1)));
        return slots;
    }

    /** Starts a renderer (process or threads) and watches for its end. */
    private CompletableFuture<RenderProcessHost> start() {
        return children.start(ChildType.RENDERER, null).thenApplyAsync(child -> {
            RenderProcessHost host = new RenderProcessHost(child);
            child.exited().thenAcceptAsync(reason -> onExit(host, reason), ui.executor());
            return host;
        }, ui.executor());
    }

    /**
     * The spare renderer if there is one (even still starting: waiting for it beats starting
     * anew); one still starting is taken as its process, and not warmed up.
     */
    private CompletableFuture<RenderProcessHost> takeSpareOrStart() {
        CompletableFuture<RenderProcessHost> taken = null;
        if (spare != null && !spare.warmed().isDone() && !spare.process().isDone()) {
            spare.claimed().set(true); // its warm-up is not asked for: the tab's page comes first
            taken = spare.process();
        } else if (spare != null) {
            taken = spare.warmed();
        }
        spare = null;
        boolean usable = taken != null && !taken.isCompletedExceptionally()
                && (!taken.isDone() || taken.join().process.isAlive());
        return usable ? taken : start();
    }

    private void onExit(RenderProcessHost renderer, String reason) {
        children.forget(renderer.process);
        if (spare != null && spare.ready().map(host -> host == renderer).orElse(false)) spare = null;
        for (Integer tabId : renderer.tabs.ids()) {
            Tab tab = tabs.get(tabId);
            if (tab == null || tab.renderer != renderer) continue;
            tab.renderer = null;
            events.detached(tab); // the gpu unmaps the buffers deleted here; a reload makes a new sink
            if (!renderer.process.killedOnPurpose()) {
                tab.crashes.recordCrash(); // the restart policy: nothing here restarts a crashed tab by itself
                crashedTabs.add(tab.id); // its next renderer is a restart
                tab.markCrashed(reason, renderer.process.crashReport());
            }
        }
        events.changed();
    }
}
