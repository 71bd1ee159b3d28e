package minibrowser.tools.ctl;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ctl measure}: the skeleton's figures, measured against a running browser
 * from one client process (so no JVM start-up is counted):
 * <ul>
 *   <li>open → first frame: OpenTab until WaitForLoad answers (the tab is ready once
 *       the gpu process holds its first frame);</li>
 *   <li>kill -9 → crashed: SIGKILL of the tab's renderer until ListTabs says crashed
 *       (polled every millisecond);</li>
 *   <li>memory: RSS and PSS of the browser and of each renderer, from /proc.</li>
 * </ul>
 */
@Command(name = "measure", description = "Measure open-to-first-frame, kill-to-crashed and memory.")
final class Measure implements Callable<Integer> {
    @ParentCommand Ctl ctl;

    @Option(names = "--runs", defaultValue = "10", description = "Repetitions (default 10).")
    int runs;

    @Option(names = "--url", defaultValue = "data:text/html,<title>m</title><h1>measure</h1><p>a small page</p>",
            description = "The page each new tab opens.")
    String url;

    @Override
    public Integer call() {
        return ctl.call(control -> {
            List<Double> open = new ArrayList<>();
            List<Double> crash = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                TabInfo tab = control.openTab(OpenTabRequest.newBuilder().setUrl(url).build());
                TabInfo ready = control.waitForLoad(TabRequest.newBuilder().setTab(tab.getId()).build());
                open.add((System.nanoTime() - start) / 1e6);

                long killedAt = System.nanoTime();
                ProcessHandle.of(ready.getRendererPid()).ifPresent(ProcessHandle::destroyForcibly);
                while (!crashed(control, tab.getId())) {
                    Thread.onSpinWait();
                }
                crash.add((System.nanoTime() - killedAt) / 1e6);
                control.closeTab(CloseTabRequest.newBuilder().setTab(tab.getId()).build());
            }
            System.out.println("runs: " + runs + ", page: " + url);
            System.out.println("open -> first frame (ms):     " + summary(open));
            System.out.println("kill -9 -> tab crashed (ms):  " + summary(crash));
            control.openTab(OpenTabRequest.newBuilder().setUrl(url).build());
            control.waitForLoad(TabRequest.newBuilder().setTab(lastTab(control)).build());
            System.out.printf("%-9s %8s %10s %10s%n", "process", "pid", "RSS kB", "PSS kB");
            for (ProcessInfo p : control.listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessesList()) {
                System.out.printf("%-9s %8d %10d %10d%n", p.getType(), p.getPid(), p.getRssKb(), p.getPssKb());
            }
            return 0;
        });
    }

    private static boolean crashed(ControlGrpc.ControlBlockingStub control, int tab) {
        return control.listTabs(ListTabsRequest.getDefaultInstance()).getTabsList().stream()
                .anyMatch(t -> t.getId() == tab && t.getState() == TAB_STATE_CRASHED);
    }

    private static int lastTab(ControlGrpc.ControlBlockingStub control) {
        List<TabInfo> tabs = control.listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
        return tabs.get(tabs.size() - 1).getId();
    }

    /** Median, minimum and maximum. */
    static String summary(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        return String.format("median %.1f, min %.1f, max %.1f", median, sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
