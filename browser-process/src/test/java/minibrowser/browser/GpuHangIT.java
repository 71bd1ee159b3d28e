package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Owner threads never block on another process: with the gpu hung (about:gpuhang), the
 * terminal browser (in tmux) still answers {@code ctl tabs}, {@code ctl ps} and the
 * keyboard within 100 ms, also while a new tab asks the hung gpu for its frame sink; and
 * once the gpu's watchdog has ended the hung gpu, a new one draws every tab again.
 *
 * <p>Each answer is timed several times over the hang; one sample in a series may be a
 * scheduling blip of this shared machine (under 500 ms), every other must be under 100 ms.
 * A browser-ui thread waiting on the gpu would take seconds (the gpu calls' deadlines).
 */
class GpuHangIT {
    private static final long ANSWER_MS = 100;
    private static final long BLIP_MS = 500;
    @TempDir Path work;

    @Test
    void aHungGpuFreezesNothingButItsOwnDrawingAndTheBrowserRecovers() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        Path socket = work.resolve("control.sock");
        try (TestServer server = new TestServer();
             // Wide enough for the whole status line, where the gpu's restart is named.
             TmuxTerminal terminal = TmuxTerminal.start("minibrowser-gpuhang", 240, 30, RunningBrowser.browserCommand(
                     "--remote-control=" + socket, server.simplePage("/first", "FirstPage"),
                     server.simplePage("/second", "SecondPage")));
             Transport transport = new Transport("test")) {
            assertTrue(RunningBrowser.eventually(60, () -> Files.exists(socket)), "a control socket: " + terminal.screen());
            ManagedChannel channel = transport.connect("unix:" + socket, "");
            ControlGrpc.ControlBlockingStub ctl = ControlGrpc.newBlockingStub(channel);
            try {
                assertTrue(RunningBrowser.eventually(60, () -> tabs(ctl).size() == 2), "two tabs");
                for (TabInfo tab : tabs(ctl)) wait(ctl).waitForLoad(TabRequest.newBuilder().setTab(tab.getId()).build());
                assertTrue(terminal.shows("Some text on the page called SecondPage", 30), terminal.screen());
                for (int i = 0; i < 5; i++) { // warm: the first calls load classes on both sides
                    tabs(ctl);
                    processes(ctl);
                }
                long gpuBefore = gpuPid(ctl);

                // Hang the gpu's display thread; give it a moment to take the debug action.
                wait(ctl).navigate(NavigateRequest.newBuilder().setTab(1).setUrl("about:gpuhang").build());
                Thread.sleep(1_000);

                // The keyboard: a new tab (t). The browser then asks the hung gpu for the tab's frame sink.
                List<Long> keys = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    int before = tabs(ctl).size();
                    terminal.keys("t");
                    long sent = System.nanoTime();
                    long deadline = sent + TimeUnit.SECONDS.toNanos(10);
                    while (tabs(ctl).size() == before && System.nanoTime() < deadline) Thread.onSpinWait();
                    keys.add((System.nanoTime() - sent) / 1_000_000);
                    Thread.sleep(300);
                }
                // ctl tabs and ctl ps, over three seconds of the hang (the new tabs' renderers start meanwhile).
                List<Long> listTabs = new ArrayList<>();
                List<Long> listProcesses = new ArrayList<>();
                for (int i = 0; i < 15; i++) {
                    listTabs.add(timed(() -> tabs(ctl)));
                    listProcesses.add(timed(() -> processes(ctl)));
                    Thread.sleep(200);
                }
                assertAnswered("a key (t: new tab, seen in ctl tabs)", keys);
                assertAnswered("ctl tabs", listTabs);
                assertAnswered("ctl ps", listProcesses);
                assertEquals(5, tabs(ctl).size(), "every key opened its tab");

                if (RunningBrowser.childrenInProcess()) return; // a gpu thread has no process for a watchdog to end
                // Recovery: the watchdog ends the hung gpu, a new one gets every tab and draws it.
                assertTrue(RunningBrowser.eventually(60, () -> !ProcessHandle.of(gpuBefore).isPresent()),
                        "the watchdog ended the hung gpu");
                assertTrue(RunningBrowser.eventually(30, () -> gpuPid(ctl) != 0 && gpuPid(ctl) != gpuBefore),
                        "a new gpu process");
                assertTrue(terminal.shows("restarted it", 30), "the new gpu draws the browser UI: " + terminal.screen());
                assertTrue(RunningBrowser.eventually(60, () -> tabs(ctl).stream().allMatch(t -> t.getState().equals("ready"))),
                        "every tab is drawn by the new gpu (a load ends once its frame is shown): " + tabs(ctl));
                Path shot = work.resolve("after-hang.png");
                assertTrue(RunningBrowser.eventually(30, () -> {
                    try {
                        wait(ctl).screenshot(ScreenshotRequest.newBuilder().setTab(2).setPath(shot.toString()).build());
                        return Files.size(shot) > 0 && Screenshots.hasDarkPixels(shot);
                    } catch (Exception notYet) {
                        return false;
                    }
                }), "the second tab's page is drawn again");
            } finally {
                channel.shutdownNow();
            }
        }
    }

    private static ControlGrpc.ControlBlockingStub wait(ControlGrpc.ControlBlockingStub ctl) {
        return ctl.withDeadlineAfter(90, TimeUnit.SECONDS);
    }

    private static List<TabInfo> tabs(ControlGrpc.ControlBlockingStub ctl) {
        return wait(ctl).listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
    }

    private static List<ProcessInfo> processes(ControlGrpc.ControlBlockingStub ctl) {
        return wait(ctl).listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessesList();
    }

    private static long gpuPid(ControlGrpc.ControlBlockingStub ctl) {
        return processes(ctl).stream().filter(p -> p.getType().equals("gpu")).mapToLong(ProcessInfo::getPid)
                .findFirst().orElse(0);
    }

    private static long timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void assertAnswered(String what, List<Long> millis) {
        long slow = millis.stream().filter(ms -> ms >= ANSWER_MS).count();
        boolean blipOnly = slow <= 1 && millis.stream().allMatch(ms -> ms < BLIP_MS);
        assertTrue(blipOnly, what + " must answer within " + ANSWER_MS + " ms while the gpu hangs: " + millis + " ms");
    }
}
