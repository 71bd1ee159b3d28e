package minibrowser.tools.compare;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;

import minibrowser.tools.harness.RunningBrowser;
import java.util.ArrayList;
import java.util.List;
import minibrowser.common.TabStates;
import minibrowser.proto.TabInfo;

/**
 * The isolation rows: five tabs open, one fault in the first tab's renderer, and
 * then how many of the five tabs are still usable. A tab is usable when it is
 * neither crashed nor unresponsive and a new navigation in it reaches ready within
 * 10 seconds. A browser that is gone has no usable tab.
 */
final class IsolationRows {
    /** A fault, and how it is caused. */
    record Fault(String name, String how) {}

    static final List<Fault> FAULTS = List.of(
            new Fault("kill -9", "SIGKILL to the first tab's renderer pid"),
            new Fault("uncaught error", "about:crash: an exception nobody catches on renderer-main"),
            new Fault("out of memory", "about:memory-exhaust: allocate until the heap is gone"),
            new Fault("stack overflow", "about:stackoverflow: unbounded recursion on renderer-main"),
            new Fault("System.exit", "about:exit: System.exit on renderer-main"),
            new Fault("deadlocked thread", "about:deadlock: renderer-main and renderer-compositor wait for each other"));

    private IsolationRows() {}

    static List<Row> measure() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Fault fault : FAULTS) {
            String perTab = usableAfter("per-tab", fault) + " of 5";
            String single = usableAfter("single-process", fault) + " of 5";
            rows.add(new Row("isolation", fault.name(), perTab, single, "",
                    fault.how() + "; then each tab is navigated again (usable = ready within 10 s)"));
        }
        return rows;
    }

    static int usableAfter(String model, Fault fault) throws Exception {
        String[] pages = new String[5];
        for (int i = 0; i < 5; i++) pages[i] = "data:text/html,<title>before" + (i + 1) + "</title><p>tab " + (i + 1);
        try (RunningBrowser browser = RunningBrowser.start(model, List.of("--hang-timeout-seconds=2"), pages)) {
            browser.waitForAllTabs();
            injure(browser, fault);
            // Filling a heap takes a while: the browser's default heap (a quarter of RAM) in single-process.
            long deadline = System.currentTimeMillis() + 120_000;
            while (browser.isAlive() && System.currentTimeMillis() < deadline && !playedOut(browser, fault)) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            if (!browser.isAlive()) return 0;
            int usable = 0;
            List<TabInfo> tabs;
            try {
                tabs = browser.tabs();
            } catch (RuntimeException gone) {
                return 0;
            }
            for (TabInfo tab : tabs) {
                if (tab.getState() == TAB_STATE_CRASHED || tab.getState() == TAB_STATE_UNRESPONSIVE) continue;
                try {
                    String title = "after" + tab.getId();
                    browser.navigate(tab.getId(), "data:text/html,<title>" + title + "</title><p>again");
                    TabInfo after = browser.waitForLoad(tab.getId(), 10);
                    if (after.getState() == TAB_STATE_READY && after.getTitle().equals(title)) usable++;
                } catch (RuntimeException stuckOrGone) {
                    // Not usable.
                }
            }
            return usable;
        }
    }

    private static void injure(RunningBrowser browser, Fault fault) {
        switch (fault.name()) {
            case "kill -9":
                ProcessHandle.of(browser.tabs().get(0).getRendererPid()).ifPresent(ProcessHandle::destroyForcibly);
                break;
            case "uncaught error": browser.navigate(1, "about:crash"); break;
            case "out of memory": browser.navigate(1, "about:memory-exhaust"); break;
            case "stack overflow": browser.navigate(1, "about:stackoverflow"); break;
            case "System.exit": browser.navigate(1, "about:exit"); break;
            case "deadlocked thread": browser.navigate(1, "about:deadlock"); break;
            default: throw new IllegalArgumentException(fault.name());
        }
    }

    /**
     * Whether the fault has run its course: the first tab crashed (or, for a deadlock,
     * is unresponsive), or the browser is gone. A tab filling its heap is unresponsive
     * long before the heap is full, so only "crashed" ends the wait for the other faults.
     */
    private static boolean playedOut(RunningBrowser browser, Fault fault) {
        try {
            String state = TabStates.label(browser.tabs().get(0).getState());
            return state.equals("crashed") || (fault.name().equals("deadlocked thread") && state.equals("unresponsive"));
        } catch (RuntimeException busyOrGone) {
            return !browser.isAlive();
        }
    }
}
