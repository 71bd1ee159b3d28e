package minibrowser.tools.compare;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;

import minibrowser.tools.harness.RunningBrowser;
import java.util.ArrayList;
import java.util.List;
import minibrowser.common.Language;
import minibrowser.common.TabStates;
import minibrowser.proto.TabInfo;

/**
 * The isolation rows: five tabs open, one fault in the first tab's renderer, and
 * then how many of the five tabs are still usable. A tab is usable when it is
 * neither crashed nor unresponsive and a new navigation in it reaches ready within
 * 10 seconds. A browser that is gone has no usable tab.
 *
 * <p>One fault is a page's own script that never returns ({@code while (true) {}}): in
 * either model it hangs only its own renderer's main thread, so only its tab is lost (the
 * hang monitor calls it unresponsive; the UI, the browser and the other tabs go on). The
 * difference shows once the user gives up on it: the row after it closes the hung tab and
 * measures the cores still busy. A renderer process ends with its tab; a renderer thread
 * cannot be stopped, and spins on inside the browser until the browser exits.
 */
final class IsolationRows {
    /** A fault, and how it is caused, in English and in Korean; {@code name} also says which fault to cause. */
    record Fault(String name, String nameKorean, String how, String howKorean) {
        String name(Language language) {
            return language.pick(name, nameKorean);
        }

        String how(Language language) {
            return language.pick(how, howKorean);
        }
    }

    static final List<Fault> FAULTS = List.of(
            new Fault("kill -9", "kill -9",
                    "SIGKILL to the first tab's renderer pid", "첫 번째 탭의 렌더러 pid에 SIGKILL"),
            new Fault("uncaught error", "잡히지 않은 예외",
                    "about:crash: an exception nobody catches on renderer-main",
                    "about:crash: renderer-main에서 아무도 잡지 않는 예외"),
            new Fault("out of memory", "메모리 부족",
                    "about:memory-exhaust: allocate until the heap is gone",
                    "about:memory-exhaust: 힙이 바닥날 때까지 할당"),
            new Fault("stack overflow", "스택 오버플로",
                    "about:stackoverflow: unbounded recursion on renderer-main",
                    "about:stackoverflow: renderer-main에서 끝없는 재귀"),
            new Fault("System.exit", "System.exit",
                    "about:exit: System.exit on renderer-main", "about:exit: renderer-main에서 System.exit 호출"),
            new Fault("deadlocked thread", "교착 상태(deadlock)에 빠진 스레드",
                    "about:deadlock: renderer-main and renderer-compositor wait for each other",
                    "about:deadlock: renderer-main과 renderer-compositor가 서로를 기다림"),
            new Fault("script that never returns", "끝나지 않는 스크립트",
                    "a page whose script runs while (true) {}", "스크립트가 while (true) {}를 도는 페이지"));

    /** The page of "script that never returns": its inline script spins; the page was committed before it ran. */
    static final String SPINNING_PAGE = "data:text/html,<title>spin</title><p>spinning<script>while(true){}</script>";

    private IsolationRows() {}

    /** How many of the five tabs each fault left usable, per model. */
    record Usable(Fault fault, int perTab, int singleProcess) {}

    /** Each fault's usable tabs, and the cores kept busy once the spinning tab is closed, per model. */
    record Results(List<Usable> usable, double perTabCoresBusy, double singleProcessCoresBusy) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick("isolation", "격리");
            List<Row> rows = new ArrayList<>();
            for (Usable after : usable) {
                rows.add(new Row(group, after.fault().name(language), ofFive(language, after.perTab()),
                        ofFive(language, after.singleProcess()), "", after.fault().how(language) + language.pick(
                                "; then each tab is navigated again (usable = ready within 10 s)",
                                "; 그다음 탭마다 새 페이지로 이동해 봄 (사용 가능 = 10초 안에 ready)")));
            }
            rows.add(new Row(group, language.pick("script that never returns, its tab closed", "끝나지 않는 스크립트, 그 탭을 닫은 뒤"),
                    coresBusy(language, perTabCoresBusy), coresBusy(language, singleProcessCoresBusy), "",
                    language.pick("the spinning tab is closed, then the CPU time of the browser and its children over 3 s",
                            "무한 루프를 도는 탭을 닫고, 그 뒤 3초 동안 브라우저와 자식 프로세스가 쓴 CPU 시간")));
            return rows;
        }

        /** "3 of 5" usable tabs. */
        private static String ofFive(Language language, int usable) {
            return language.pick(usable + " of 5", "5개 중 " + usable + "개");
        }

        /** "1.0 cores busy". */
        private static String coresBusy(Language language, double cores) {
            return String.format(language.pick("%.1f cores busy", "코어 %.1f개 사용 중"), cores);
        }
    }

    static Results measure() throws Exception {
        List<Usable> usable = new ArrayList<>();
        for (Fault fault : FAULTS) {
            usable.add(new Usable(fault, usableAfter("per-tab", fault), usableAfter("single-process", fault)));
        }
        return new Results(usable, coresBusyAfterClosing("per-tab"), coresBusyAfterClosing("single-process"));
    }

    /**
     * Opens the spinning page in a tab, waits until it is unresponsive, closes the tab, and
     * returns how many cores the browser and its children keep busy over the next 3 s.
     */
    static double coresBusyAfterClosing(String model) throws Exception {
        try (RunningBrowser browser = RunningBrowser.start(model, List.of("--hang-timeout-seconds=2"),
                "data:text/html,<title>other</title><p>other", SPINNING_PAGE)) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (System.currentTimeMillis() < deadline && browser.tabs().stream().noneMatch(
                    t -> t.getState() == TAB_STATE_UNRESPONSIVE)) {
                Thread.sleep(100);
            }
            int spinning = browser.tabs().stream().filter(t -> t.getState() == TAB_STATE_UNRESPONSIVE)
                    .findFirst().orElseThrow().getId();
            browser.control().closeTab(minibrowser.proto.CloseTabRequest.newBuilder().setTab(spinning).build());
            Thread.sleep(2_000); // a renderer process has ended by now
            long before = cpuNanos(browser.pid());
            long start = System.nanoTime();
            Thread.sleep(3_000);
            return (cpuNanos(browser.pid()) - before) / (double) (System.nanoTime() - start);
        }
    }

    /** CPU time of {@code pid} and its descendants so far. */
    private static long cpuNanos(long pid) {
        List<Long> pids = new ArrayList<>(RunningBrowser.descendantsOf(pid));
        pids.add(pid);
        long total = 0;
        for (long p : pids) {
            total += ProcessHandle.of(p).flatMap(h -> h.info().totalCpuDuration()).map(java.time.Duration::toNanos).orElse(0L);
        }
        return total;
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
            case "script that never returns": browser.navigate(1, SPINNING_PAGE); break;
            default: throw new IllegalArgumentException(fault.name());
        }
    }

    /**
     * Whether the fault has run its course: the first tab crashed (or, for a deadlock or a
     * script that never returns, is unresponsive), or the browser is gone. A tab filling its heap is unresponsive
     * long before the heap is full, so only "crashed" ends the wait for the other faults.
     */
    private static boolean playedOut(RunningBrowser browser, Fault fault) {
        try {
            String state = TabStates.label(browser.tabs().get(0).getState());
            boolean hangs = fault.name().equals("deadlocked thread") || fault.name().equals("script that never returns");
            return state.equals("crashed") || (hangs && state.equals("unresponsive"));
        } catch (RuntimeException busyOrGone) {
            return !browser.isAlive();
        }
    }
}
