package minibrowser.common.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recorder: nothing while off, B/E and X on the calling thread's real id, a bounded ring. */
class TraceTest {
    @AfterEach
    void stop() {
        Trace.stop();
    }

    @Test
    void recordsNothingWhileOff() {
        assertNull(Trace.peek());
        try (Trace.Slice ignored = Trace.slice("test", "off")) {
            Trace.instant("test", "off too");
        }
        assertNull(Trace.stop());
    }

    @Test
    void slicesNestOnTheCallingThreadWithItsKernelId() throws Exception {
        Trace.start("test", 100);
        long start = Trace.now();
        try (Trace.Slice outer = Trace.slice("test", "outer", "k", "v")) {
            Trace.instant("test", "inside");
        }
        Trace.complete("test", "whole", start);
        TraceBuffer.Snapshot snapshot = Trace.stop();
        long self = ThreadIds.current();
        List<TraceEvent> events = snapshot.events().stream().filter(e -> e.threadId() == self).toList(); // not the sampler's
        assertEquals("BiEX", events.stream().map(e -> String.valueOf(e.phase())).reduce("", String::concat));
        long tid = events.get(0).threadId();
        String link = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/thread-self")).toString();
        assertEquals(link.substring(link.lastIndexOf('/') + 1), Long.toString(tid));
        assertEquals(Thread.currentThread().getName(), snapshot.threadNames().get(tid));
        assertTrue(events.get(3).timeNanos() <= events.get(0).timeNanos());
        assertTrue(events.get(3).durationNanos() >= events.get(2).timeNanos() - events.get(0).timeNanos());
    }

    @Test
    void aFullRingDropsTheOldestAndCountsThem() {
        TraceBuffer buffer = new TraceBuffer(3);
        for (int i = 0; i < 5; i++) {
            buffer.add(new TraceEvent('i', "test", "e" + i, i, 0, 1, 0, false, false, TraceEvent.NO_ARGS), "t");
        }
        TraceBuffer.Snapshot snapshot = buffer.snapshot();
        assertEquals(List.of("e2", "e3", "e4"), snapshot.events().stream().map(TraceEvent::name).toList());
        assertEquals(2, snapshot.dropped());
        TraceBuffer exact = new TraceBuffer(2);
        exact.add(new TraceEvent('i', "test", "a", 0, 0, 1, 0, false, false, TraceEvent.NO_ARGS), "t");
        exact.add(new TraceEvent('i', "test", "b", 1, 0, 1, 0, false, false, TraceEvent.NO_ARGS), "t");
        assertEquals(List.of("a", "b"), exact.snapshot().events().stream().map(TraceEvent::name).toList());
        assertEquals(0, exact.snapshot().dropped());
    }
}
