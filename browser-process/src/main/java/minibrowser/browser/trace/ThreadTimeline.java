package minibrowser.browser.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * One thread's events, put in the order a trace viewer requires: times that never go
 * back, every {@code B} closed by its {@code E} on the same thread, and slices that nest
 * (a slice lies wholly inside the one around it, or wholly after it).
 *
 * <p>A recording breaks those rules honestly: the ring drops its oldest events, so an
 * {@code E} may have lost its {@code B}; a slice still open when recording stops has no
 * {@code E}; {@code X} events are recorded when they end, after the slices inside them.
 * A hostile child may send anything. So the timeline is rebuilt, not trusted:
 * <ol>
 *   <li>{@code B}/{@code E} pairs become slices (an {@code E} with no {@code B} is dropped;
 *       a {@code B} with no {@code E} ends at {@code endNanos}, when recording stopped);</li>
 *   <li>slices are walked by start time, the outer first, with a stack of the open ones;
 *       a slice that would end after the one around it is cut to end with it;</li>
 *   <li>the events are written in the walk's order: a slice's begin when it is pushed,
 *       its {@code E} when it is popped, which is never later than the next event.</li>
 * </ol>
 */
final class ThreadTimeline {
    /** The walk's order: earlier first; at one time, the longer slice (the outer) first, then instants and counters. */
    private static final Comparator<CheckedEvent> WALK = Comparator.comparingLong(CheckedEvent::timeNanos)
            .thenComparing(event -> !event.isSlice())
            .thenComparing(Comparator.comparingLong(CheckedEvent::durationNanos).reversed());

    /** What the walk wrote, and how many events it had to drop or cut. */
    record Ordered(List<CheckedEvent> events, int repaired) {}

    private ThreadTimeline() {}

    /**
     * @param events   one thread's events, in the order they were recorded
     * @param endNanos when recording stopped: where a slice left open ends
     */
    static Ordered order(List<CheckedEvent> events, long endNanos) {
        int repaired = 0;
        List<CheckedEvent> items = new ArrayList<>(events.size());
        Deque<CheckedEvent> openBegins = new ArrayDeque<>();
        // 1. Pair B with E: an E closes the latest B still open, as in the format's rules.
        for (CheckedEvent event : events) {
            if (event.phase() == 'B') {
                openBegins.push(event);
            } else if (event.phase() == 'E') {
                CheckedEvent begin = openBegins.peek();
                if (begin == null || event.timeNanos() < begin.timeNanos()) {
                    repaired++; // its B was dropped with the ring's oldest events, or it is nonsense (the B stays open)
                    continue;
                }
                openBegins.pop();
                items.add(begin.lasting(event.timeNanos() - begin.timeNanos()));
            } else {
                items.add(event);
            }
        }
        for (CheckedEvent begin : openBegins) {
            items.add(begin.lasting(Math.max(0, endNanos - begin.timeNanos())));
            repaired++;
        }
        // 2. and 3. Walk by start; emit begins and ends in an order that nests.
        items.sort(WALK);
        List<CheckedEvent> ordered = new ArrayList<>(items.size() + items.size() / 2);
        Deque<CheckedEvent> open = new ArrayDeque<>();
        for (CheckedEvent item : items) {
            while (!open.isEmpty() && open.peek().endNanos() <= item.timeNanos()) close(open.pop(), ordered);
            CheckedEvent placed = item;
            if (!open.isEmpty() && item.endNanos() > open.peek().endNanos()) {
                placed = item.lasting(open.peek().endNanos() - item.timeNanos());
                repaired++;
            }
            ordered.add(placed);
            if (placed.isSlice()) open.push(placed);
        }
        while (!open.isEmpty()) close(open.pop(), ordered);
        return new Ordered(ordered, repaired);
    }

    /** A B slice gets its E now (at its end); an X carries its duration and needs none. */
    private static void close(CheckedEvent slice, List<CheckedEvent> ordered) {
        if (slice.phase() != 'B') return;
        ordered.add(new CheckedEvent('E', slice.category(), slice.name(), slice.endNanos(), 0, slice.threadId(),
                0, false, false, List.of()));
    }
}
