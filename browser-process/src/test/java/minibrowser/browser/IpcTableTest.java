package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import minibrowser.proto.IpcCall;
import minibrowser.proto.IpcMethodStats;
import minibrowser.proto.IpcStatsReply;
import org.junit.jupiter.api.Test;

/** The IPC inspector's table and panel, from counters made here (no process needed for arithmetic). */
class IpcTableTest {
    private static IpcStatsReply stats(String peer, String method, long calls, IpcCall... recent) {
        return IpcStatsReply.newBuilder().addMethods(IpcMethodStats.newBuilder().setPeer(peer).setMethod(method)
                .setCalls(calls).setBytesSent(100 * calls).setP50Micros(300).setP95Micros(900)).addAllRecent(List.of(recent)).build();
    }

    @Test
    void callsPerSecondComeFromTwoSamples() {
        long t0 = 5_000_000_000L;
        IpcTable first = IpcTable.of(List.of(new IpcTable.Report("renderer-2", "renderer-2 42 (tab 2)",
                stats("gpu", "FrameSink.SubmitCompositorFrame", 10))), IpcTable.EMPTY, t0);
        assertEquals(0, first.rows().get(0).perSecond(), "no rate from one sample");
        IpcTable second = IpcTable.of(List.of(new IpcTable.Report("renderer-2", "renderer-2 42 (tab 2)",
                stats("gpu", "FrameSink.SubmitCompositorFrame", 40))), first, t0 + 2_000_000_000L);
        assertEquals(15.0, second.rows().get(0).perSecond(), 1e-9);
        assertEquals(List.of("gpu", "renderer-2"), second.processes());
        assertEquals(1, second.pairs());
    }

    @Test
    void aChildsCountersAreBoundedAndCleaned() {
        IpcStatsReply.Builder lies = IpcStatsReply.newBuilder();
        for (int i = 0; i < 1000; i++) {
            lies.addMethods(IpcMethodStats.newBuilder().setPeer("gpu\u001b[2J" + "x".repeat(500)).setMethod("M" + i)
                    .setCalls(-5).setBytesSent(-1));
        }
        IpcTable table = IpcTable.of(List.of(new IpcTable.Report("renderer-1", "renderer-1", lies.build())), IpcTable.EMPTY, 1);
        assertEquals(IpcTable.MAX_ROWS_PER_PROCESS, table.rows().size());
        IpcTable.Row row = table.rows().get(0);
        assertTrue(row.callee().length() <= IpcTable.MAX_NAME && !row.callee().contains("\u001b"), row.callee());
        assertEquals(0, row.calls());
        assertEquals(0, row.bytesSent());
    }

    @Test
    void thePanelFiltersByProcessAndFitsThePage() {
        long now = 9_000_000_000L;
        IpcCall call = IpcCall.newBuilder().setTimeNanos(now - 500_000_000L).setPeer("gpu").setMethod("Gpu.UpdateBrowserUi")
                .setBytesSent(3000).setLatencyMicros(1200).setStatus("OK").build();
        IpcTable table = IpcTable.of(List.of(
                new IpcTable.Report("browser", "browser 1", stats("gpu", "Gpu.UpdateBrowserUi", 3, call)),
                new IpcTable.Report("renderer-3", "renderer-3 7 (tab 1)", stats("browser", "RendererHost.DidFinishLoad", 1))),
                IpcTable.EMPTY, now);
        List<String> all = IpcInspectorPanel.lines(new IpcInspector.View(table, null, false), 30);
        assertTrue(all.get(0).contains("2 process pairs") && all.get(0).contains("live"), all.get(0));
        assertTrue(all.stream().anyMatch(l -> l.startsWith("renderer-3 → browser")), all.toString());
        assertTrue(all.stream().anyMatch(l -> l.contains("0.5 s ago  browser → gpu  Gpu.UpdateBrowserUi  2.9 KB / 0 B  1.2 ms  OK")),
                all.toString());
        List<String> gpuOnly = IpcInspectorPanel.lines(new IpcInspector.View(table, "gpu", true), 30);
        assertTrue(gpuOnly.get(0).contains("gpu · PAUSED"), gpuOnly.get(0));
        assertTrue(gpuOnly.stream().noneMatch(l -> l.startsWith("renderer-3")), gpuOnly.toString());
        assertTrue(IpcInspectorPanel.lines(new IpcInspector.View(table, null, false), 6).size() <= 6, "fits a short page");
        assertTrue(all.stream().allMatch(l -> l.length() <= 94), "fits a 100-column terminal");
    }

    @Test
    void aboutIpcEscapesWhatChildrenSaid() {
        IpcTable table = IpcTable.of(List.of(new IpcTable.Report("renderer-1", "renderer-1 5 (tab 1)",
                stats("<script>alert(1)</script>", "Renderer.Ping", 1))), IpcTable.EMPTY, 1);
        String page = new String(IpcPage.html(table, null), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("&lt;script&gt;") && !page.contains("<script>"), page);
        assertEquals("renderer-2", minibrowser.browser.net.AboutPages.filterOf("about:ipc?filter=renderer-2"));
        assertTrue(IpcPage.is("about:IPC?filter=gpu") && !IpcPage.is("about:ipcx"));
    }
}
