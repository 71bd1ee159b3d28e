package minibrowser.browser.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The rules a trace viewer needs of one thread's events, in the order they are written:
 * times never go back; every {@code B} is closed by an {@code E} of the same name; and
 * slices nest ({@code X} inside {@code B}/{@code E}, {@code B}/{@code E} inside {@code X},
 * and so on), i.e. a slice ends no later than the one around it.
 */
final class TimelineRules {
    /** One event of one thread: phase, name, start and (for X) duration, in nanoseconds. */
    record Ev(char phase, String name, long startNanos, long durationNanos) {
        /** A timeline's B carries its slice's length, for the walk; a viewer sees only its E. */
        static Ev of(CheckedEvent event) {
            return new Ev(event.phase(), event.name(), event.timeNanos(), event.phase() == 'X' ? event.durationNanos() : 0);
        }
    }

    /** An open slice while walking: a B (end unknown until its E) or an X (end known). */
    private record Frame(char phase, String name, long start, long end) {}

    private TimelineRules() {}

    static void assertCheckedNest(List<CheckedEvent> events) {
        assertNest(events.stream().map(Ev::of).toList());
    }

    /** Walks one thread's events in order and fails on the first that breaks a rule. */
    static void assertNest(List<Ev> events) {
        Deque<Frame> open = new ArrayDeque<>();
        long last = Long.MIN_VALUE;
        for (int i = 0; i < events.size(); i++) {
            Ev event = events.get(i);
            String where = "event " + i + " " + event;
            long t = event.startNanos();
            assertTrue(t >= last, "time went back at " + where);
            last = t;
            assertTrue(event.durationNanos() >= 0, "negative duration at " + where);
            if (event.phase() != 'X') assertEquals(0, event.durationNanos(), "only X has a duration: " + where);
            // The X slices that ended by now are closed (an X has no E).
            while (!open.isEmpty() && open.peek().phase() == 'X' && open.peek().end() <= t) open.pop();
            switch (event.phase()) {
                case 'B' -> open.push(new Frame('B', event.name(), t, Long.MAX_VALUE));
                case 'E' -> {
                    if (open.isEmpty()) fail("E with nothing open at " + where);
                    Frame top = open.pop();
                    if (top.phase() != 'B') fail("E while an X is still open (the X crosses it) at " + where);
                    assertEquals(top.name(), event.name(), "E closes a B of another name at " + where);
                    if (!open.isEmpty() && open.peek().phase() == 'X') {
                        assertTrue(t <= open.peek().end(), "B/E ends after its X parent at " + where);
                    }
                }
                case 'X' -> {
                    long end = t + event.durationNanos();
                    if (!open.isEmpty() && open.peek().phase() == 'X') {
                        assertTrue(end <= open.peek().end(), "X ends after its X parent at " + where);
                    }
                    // Inside a B, the E must come at or after this end: an X still open at the E fails above.
                    open.push(new Frame('X', event.name(), t, end));
                }
                case 'i', 'C' -> { }
                default -> fail("phase not allowed at " + where);
            }
        }
        while (!open.isEmpty() && open.peek().phase() == 'X') open.pop();
        assertFalse(open.stream().anyMatch(frame -> frame.phase() == 'B'), "a B never closed: " + open);
    }
}
