package minibrowser.common.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One process's recording: a ring of at most {@code capacity} events (when it is full
 * the oldest is dropped, and counted) and the name of every thread that recorded one.
 * Any thread may record; the lock is held for a few stores.
 */
public final class TraceBuffer {
    /** Events one process keeps: about 10 MB of memory, a minute or more of a busy tab. */
    public static final int DEFAULT_CAPACITY = 100_000;
    /** The most a process keeps, whatever it is asked for (the chunk must fit one gRPC message). */
    public static final int MAX_CAPACITY = 500_000;

    private final TraceEvent[] ring;
    private final Map<Long, String> threadNames = new LinkedHashMap<>();
    private final long startedNanos = System.nanoTime();
    private int next;
    private long recorded;

    public TraceBuffer(int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity " + capacity);
        this.ring = new TraceEvent[capacity];
    }

    public int capacity() {
        return ring.length;
    }

    synchronized void add(TraceEvent event, String threadName) {
        threadNames.putIfAbsent(event.threadId(), threadName);
        ring[next] = event;
        next = (next + 1) % ring.length;
        recorded++;
    }

    /** What was recorded, oldest first, with the thread names and how many were dropped. */
    public synchronized Snapshot snapshot() {
        List<TraceEvent> events = new ArrayList<>((int) Math.min(recorded, ring.length));
        boolean wrapped = recorded >= ring.length;
        if (wrapped) {
            for (int i = next; i < ring.length; i++) events.add(ring[i]); // the oldest kept
        }
        for (int i = 0; i < next; i++) events.add(ring[i]);
        return new Snapshot(events, Map.copyOf(threadNames), Math.max(0, recorded - ring.length), ring.length,
                startedNanos);
    }

    /**
     * A copy of the buffer.
     *
     * @param dropped events lost because the ring was full (the oldest ones)
     * @param startedNanos when recording began, on CLOCK_MONOTONIC
     */
    public record Snapshot(List<TraceEvent> events, Map<Long, String> threadNames, long dropped, int capacity,
                           long startedNanos) {}
}
