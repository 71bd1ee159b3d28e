package minibrowser.tools.chaos;

import static minibrowser.proto.TabState.TAB_STATE_LOADING;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import minibrowser.common.TabStates;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.proto.TabInfo;

/**
 * Does one fault, brings the browser back as a user would, and times the recovery.
 * Faults run one at a time: each starts with every tab ready.
 *
 * <p>What "recovered" means, and from when it is timed:
 * <table>
 *   <tr><th>fault</th><th>seen</th><th>recovery, timed</th></tr>
 *   <tr><td>kill -9 renderer, renderer debug page</td><td>its tabs crashed, with a cause</td>
 *       <td>reload (or, on a debug page, navigate to a normal page) until ready</td></tr>
 *   <tr><td>hang debug page</td><td>the tab unresponsive</td>
 *       <td>kill -9 of the renderer (the prompt's Kill), then navigate until ready</td></tr>
 *   <tr><td>stop+cont of a renderer</td><td>its tabs' state while stopped</td><td>after SIGCONT: reload until ready</td></tr>
 *   <tr><td>kill -9 gpu, gpu debug page, stop+cont gpu</td><td>a new gpu process</td>
 *       <td>from the fault (from SIGCONT) until a screenshot shows the page again</td></tr>
 *   <tr><td>kill -9 plugin, plugin debug page, stop+cont plugin</td><td>the plugin process gone</td>
 *       <td>navigate a tab to the embed page until a screenshot shows the plugin drawn again</td></tr>
 *   <tr><td>navigate, reload</td><td></td><td>until ready</td></tr>
 * </table>
 * Afterwards every other tab is checked: one found crashed or unresponsive is
 * collateral damage, reported and brought back too.
 */
final class FaultInjector {
    private final RunningBrowser browser;
    private final ChaosPages pages;
    private final Random random;
    private final Recovery recovery;

    /** What a fault did and how long recovery took. */
    private record Done(String what, long recoveryMillis) {}

    FaultInjector(RunningBrowser browser, ChaosPages pages, Random random, Recovery recovery) {
        this.browser = browser;
        this.pages = pages;
        this.random = random;
        this.recovery = recovery;
    }

    /** Injects {@code fault}, recovers, and says what happened. Never throws for a browser that misbehaves. */
    FaultOutcome inject(Fault fault, double atSeconds) {
        String what;
        long millis;
        try {
            Done done = run(fault);
            what = done.what();
            millis = done.recoveryMillis();
        } catch (RuntimeException failed) {
            what = "NOT RECOVERED: " + failed.getMessage();
            millis = -1;
        }
        String collateral;
        try {
            collateral = bringBackTheRest();
        } catch (RuntimeException failed) {
            collateral = "NOT RECOVERED: " + failed.getMessage();
            millis = -1;
        }
        return new FaultOutcome(atSeconds, fault, what, millis, collateral);
    }

    private Done run(Fault fault) {
        switch (fault.kind()) {
            case KILL_RENDERER: return killRenderer(fault);
            case STOP_RENDERER: return stopRenderer(fault);
            case KILL_GPU: return gpuGone(fault, () -> Signals.kill(fault.pid()));
            case STOP_GPU: return stopGpu(fault);
            case KILL_PLUGIN: return pluginGone(fault.pid(), () -> Signals.kill(fault.pid()));
            case STOP_PLUGIN: return stopPlugin(fault);
            case RENDERER_DEBUG_PAGE: return rendererDebugPage(fault);
            case HANG_DEBUG_PAGE: return hangDebugPage(fault);
            case GPU_DEBUG_PAGE: return gpuGone(fault, () -> browser.navigate(fault.tab(), fault.url()));
            case PLUGIN_DEBUG_PAGE: return pluginDebugPage(fault);
            case NAVIGATE: return ready("", recovery.readyAfter(fault.tabs(), t -> browser.navigate(t, fault.url())));
            case RELOAD: return ready("", recovery.readyAfter(fault.tabs(), browser::reload));
            default: throw new IllegalStateException("no injector for " + fault.kind());
        }
    }

    private Done killRenderer(Fault fault) {
        Signals.kill(fault.pid());
        long seen = recovery.tabsIn(fault.tabs(), "crashed", 15);
        String cause = recovery.tab(fault.tab()).getCrashReason();
        return ready("crashed (" + cause + ") in " + seconds(seen) + "; reload",
                recovery.readyAfter(fault.tabs(), browser::reload));
    }

    private Done stopRenderer(Fault fault) {
        String during = stopped(fault, () -> stateOf(fault.tabs()));
        return ready("while stopped " + during + "; reload", recovery.readyAfter(fault.tabs(), browser::reload));
    }

    /** The gpu process ends ({@code end}): a new one must draw the page again. */
    private Done gpuGone(Fault fault, Runnable end) {
        long gpu = gpuPid();
        long start = System.nanoTime();
        end.run();
        recovery.waitFor("a new gpu process", Recovery.DEADLINE_SECONDS, () -> gpuPid() != gpu && gpuPid() != 0);
        int tab = fault.tabs().isEmpty() ? anyTab() : fault.tab();
        recovery.pictureBack(tab);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String replacement = describeGpu();
        if (!fault.url().isEmpty()) backToNormal(fault.tab());
        return new Done("gpu " + gpu + " replaced by " + replacement + "; picture back in " + seconds(millis), millis);
    }

    private Done stopGpu(Fault fault) {
        stopped(fault, () -> "");
        long start = System.nanoTime();
        recovery.pictureBack(anyTab());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String after = gpuPid() == fault.pid() ? "same gpu" : "gpu replaced by " + describeGpu();
        return new Done(after + "; picture back in " + seconds(millis) + " after SIGCONT", millis);
    }

    /** The plugin process ends ({@code end}): the next embed must start a new one. */
    private Done pluginGone(long pid, Runnable end) {
        end.run();
        recovery.waitFor("plugin process gone", 15, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        return pluginBack("plugin gone");
    }

    private Done stopPlugin(Fault fault) {
        stopped(fault, () -> "");
        return pluginBack("resumed");
    }

    private Done pluginDebugPage(Fault fault) {
        long pid = fault.pid() != 0 ? fault.pid() : pluginPid();
        navigated(fault);
        recovery.waitFor("plugin process gone", 15, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        return pluginBack("plugin gone", fault.tab()); // the tab leaves the debug page for the embed page
    }

    /** A tab navigates to the embed page: ready, and a screenshot shows the plugin drawn (by a live plugin process). */
    private Done pluginBack(String before) {
        return pluginBack(before, anyTab());
    }

    private Done pluginBack(String before, int tab) {
        long start = System.nanoTime();
        recovery.readyAfter(List.of(tab), t -> browser.navigate(t, pages.embedPage(random)));
        recovery.pluginDrawn(tab);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Done(before + "; tab " + tab + " embeds again, drawn by plugin pid " + pluginPid() + " in "
                + seconds(millis), millis);
    }

    private Done rendererDebugPage(Fault fault) {
        navigated(fault);
        long seen = recovery.tabsIn(fault.tabs(), "crashed", Recovery.DEADLINE_SECONDS);
        String cause = recovery.tab(fault.tab()).getCrashReason();
        return ready("crashed (" + cause + ") in " + seconds(seen) + "; navigate back", backToNormal(fault.tab()));
    }

    private Done hangDebugPage(Fault fault) {
        navigated(fault);
        long pid = recovery.tab(fault.tab()).getRendererPid();
        long seen = recovery.tabsIn(fault.tabs(), "unresponsive", 30);
        Signals.kill(pid); // what the prompt's Kill does
        recovery.tabsIn(fault.tabs(), "crashed", 15);
        return ready("unresponsive in " + seconds(seen) + ", renderer " + pid + " killed; navigate back",
                backToNormal(fault.tab()));
    }

    /** Navigates the fault's tab to its page and waits until it loaded (the debug action follows); the tab. */
    private int navigated(Fault fault) {
        browser.navigate(fault.tab(), fault.url());
        browser.waitForLoad(fault.tab(), Recovery.DEADLINE_SECONDS);
        return fault.tab();
    }

    /** SIGSTOP, a pause, SIGCONT, whatever happens meanwhile; what {@code during} saw just before SIGCONT. */
    private String stopped(Fault fault, java.util.function.Supplier<String> during) {
        Signals.stop(fault.pid());
        try {
            Recovery.pause(fault.stopMillis());
            try {
                return during.get();
            } catch (RuntimeException noAnswer) {
                return "no answer (" + noAnswer.getMessage() + ")";
            }
        } finally {
            Signals.resume(fault.pid());
        }
    }

    /**
     * Every tab not ready now is collateral damage: says so, and brings it back (an
     * unresponsive renderer is killed first, a tab on a debug page navigates away).
     */
    private String bringBackTheRest() {
        List<String> found = new ArrayList<>();
        for (TabInfo tab : browser.tabs()) {
            if (tab.getState() == TAB_STATE_READY) continue;
            found.add("tab " + tab.getId() + " " + TabStates.label(tab.getState())
                    + (tab.getCrashReason().isEmpty() ? "" : " (" + tab.getCrashReason() + ")"));
            if (tab.getState() == TAB_STATE_LOADING) {
                browser.waitForLoad(tab.getId(), Recovery.DEADLINE_SECONDS);
                if (recovery.tab(tab.getId()).getState() == TAB_STATE_READY) continue;
            }
            if (recovery.tab(tab.getId()).getState() == TAB_STATE_UNRESPONSIVE) {
                Signals.kill(tab.getRendererPid());
                recovery.tabsIn(List.of(tab.getId()), "crashed", 15);
            }
            if (tab.getUrl().startsWith("about:")) backToNormal(tab.getId());
            else recovery.readyAfter(List.of(tab.getId()), browser::reload);
        }
        return String.join(", ", found);
    }

    /** Navigates a tab away from a debug page to a normal one; the milliseconds until ready. */
    private long backToNormal(int tab) {
        return recovery.readyAfter(List.of(tab), t -> browser.navigate(t, pages.anyPage(random)));
    }

    private String stateOf(List<Integer> tabs) {
        List<String> states = new ArrayList<>();
        for (int id : tabs) states.add("tab " + id + " " + TabStates.label(recovery.tab(id).getState()));
        return String.join(", ", states);
    }

    private int anyTab() {
        List<TabInfo> tabs = browser.tabs();
        return tabs.get(random.nextInt(tabs.size())).getId();
    }

    private long pluginPid() {
        return ChildProcesses.first(browser.handle(), "plugin");
    }

    /** The pid of the gpu, out of process or (after the fallback) the browser's own; 0 when none runs. */
    private long gpuPid() {
        return ChildProcesses.compositor(browser.handle());
    }

    private String describeGpu() {
        long gpu = gpuPid();
        return gpu == browser.pid() ? "the browser compositing by itself" : "gpu " + gpu;
    }

    private static Done ready(String before, long millis) {
        return new Done((before.isEmpty() ? "" : before + " -> ") + "ready in " + seconds(millis), millis);
    }

    static String seconds(long millis) {
        return String.format("%.2f s", millis / 1000.0);
    }
}
