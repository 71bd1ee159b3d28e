package minibrowser.tools.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import minibrowser.proto.TabInfo;
import org.junit.jupiter.api.Test;

class ChaosPlanTest {
    private static final List<TabInfo> TABS = List.of(
            TabInfo.newBuilder().setId(1).setState(minibrowser.proto.TabState.TAB_STATE_READY).setRendererPid(101).build(),
            TabInfo.newBuilder().setId(2).setState(minibrowser.proto.TabState.TAB_STATE_READY).setRendererPid(102).build(),
            TabInfo.newBuilder().setId(3).setState(minibrowser.proto.TabState.TAB_STATE_READY).setRendererPid(102).build());

    private static List<Fault> draw(long seed, long gpu, long plugin) throws Exception {
        try (ChaosPages pages = new ChaosPages()) {
            ChaosPlan plan = new ChaosPlan(seed, pages);
            List<Fault> faults = new ArrayList<>();
            for (int i = 0; i < 200; i++) faults.add(plan.next(TABS, gpu, plugin));
            return faults;
        }
    }

    private static List<String> described(List<Fault> faults) {
        // Page URLs carry the server's port, which differs per run: compare without it.
        return faults.stream().map(f -> f.describe().replaceAll(":\\d+/", ":PORT/")).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void theSameSeedDrawsTheSameFaults() throws Exception {
        assertEquals(described(draw(42, 200, 300)), described(draw(42, 200, 300)));
        assertNotEquals(described(draw(42, 200, 300)), described(draw(43, 200, 300)));
    }

    @Test
    void onlyFaultsWhoseTargetExistsAreDrawn() throws Exception {
        List<Fault> faults = draw(7, 0, 0);
        assertTrue(faults.stream().noneMatch(f -> f.kind().target() == FaultKind.Target.GPU
                || f.kind().target() == FaultKind.Target.PLUGIN), "no gpu or plugin process: no fault for one");
    }

    @Test
    void aRendererFaultHitsEveryTabOfThatRenderer() throws Exception {
        for (Fault fault : draw(3, 200, 300)) {
            if (fault.kind() != FaultKind.KILL_RENDERER) continue;
            assertEquals(fault.pid() == 102 ? List.of(2, 3) : List.of(1), fault.tabs(), fault.describe());
        }
    }

    @Test
    void stopsLastBetweenTheBounds() throws Exception {
        for (Fault fault : draw(5, 200, 300)) {
            if (fault.stopMillis() == 0) continue;
            assertTrue(fault.stopMillis() >= ChaosPlan.MIN_STOP_MILLIS && fault.stopMillis() <= ChaosPlan.MAX_STOP_MILLIS);
        }
    }
}
