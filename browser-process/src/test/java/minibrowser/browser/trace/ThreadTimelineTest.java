package minibrowser.browser.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ThreadTimeline}: one thread's recording put in an order that nests, and what it had to repair. */
class ThreadTimelineTest {
    private static final long TID = 7;

    private static CheckedEvent event(char phase, String name, long time, long duration) {
        return new CheckedEvent(phase, "test", name, time, duration, TID, 0, false, false, List.of());
    }

    private static CheckedEvent begin(String name, long time) {
        return event('B', name, time, 0);
    }

    private static CheckedEvent end(String name, long time) {
        return event('E', name, time, 0);
    }

    private static CheckedEvent complete(String name, long time, long duration) {
        return event('X', name, time, duration);
    }

    private static CheckedEvent instant(String name, long time) {
        return event('i', name, time, 0);
    }

    /** The written events as "phase name time[+duration]", to compare whole timelines at a glance. */
    private static List<String> shape(ThreadTimeline.Ordered ordered) {
        TimelineRules.assertCheckedNest(ordered.events());
        return ordered.events().stream()
                .map(e -> e.phase() + " " + e.name() + " " + e.timeNanos() + (e.phase() == 'X' ? "+" + e.durationNanos() : ""))
                .toList();
    }

    // A B and its E stay a B and an E of the same name, at their own times; nothing to repair.
    @Test
    void beginAndEndStayPaired() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(List.of(begin("a", 10), end("a", 20)), 100);
        assertEquals(List.of("B a 10", "E a 20"), shape(ordered));
        assertEquals(0, ordered.repaired());
    }

    // An E closes the latest open B, and the written E carries that B's name even when the child's E named another.
    @Test
    void endClosesTheLatestBeginAndTakesItsName() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(begin("outer", 10), begin("inner", 20), end("wrong", 30), end("outer", 40)), 100);
        assertEquals(List.of("B outer 10", "B inner 20", "E inner 30", "E outer 40"), shape(ordered));
        assertEquals(0, ordered.repaired());
    }

    // The ring dropped a B: its E comes first, with nothing open; it is dropped and counted.
    @Test
    void endWhoseBeginWasDroppedIsDroppedAndCounted() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(end("lost", 5), begin("a", 10), end("a", 20)), 100);
        assertEquals(List.of("B a 10", "E a 20"), shape(ordered));
        assertEquals(1, ordered.repaired());
    }

    // An E earlier than the B it would close is nonsense: the E is dropped and counted, the B stays open for its own E.
    @Test
    void endBeforeItsBeginIsDroppedAndTheBeginKept() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(begin("a", 20), end("a", 10), end("a", 30)), 100);
        assertEquals(List.of("B a 20", "E a 30"), shape(ordered));
        assertEquals(1, ordered.repaired());
    }

    // Slices still open when recording stopped get their E at the end, inner first; each is counted.
    @Test
    void beginsNeverClosedEndWhenRecordingStopped() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(begin("outer", 10), begin("inner", 20), instant("mark", 30)), 100);
        assertEquals(List.of("B outer 10", "B inner 20", "i mark 30", "E inner 100", "E outer 100"), shape(ordered));
        assertEquals(2, ordered.repaired());
    }

    // A B later than when recording stopped (the clock was read before it) still closes, with no time going back.
    @Test
    void beginAfterTheEndClosesAtItsOwnTime() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(List.of(begin("late", 150)), 100);
        assertEquals(List.of("B late 150", "E late 150"), shape(ordered));
    }

    // X events are recorded at their end, after the slices inside them: the parent is written first.
    @Test
    void completeRecordedAfterItsChildrenComesBeforeThem() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(List.of(
                complete("child1", 20, 10), begin("child2", 35), end("child2", 45), complete("parent", 10, 40)), 100);
        assertEquals(List.of("X parent 10+40", "X child1 20+10", "B child2 35", "E child2 45"), shape(ordered));
        assertEquals(0, ordered.repaired());
    }

    // A child X that runs past its parent X's end is cut to end with it, and counted.
    @Test
    void childCompleteOverlappingParentEndIsCut() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(complete("parent", 10, 40), complete("child", 40, 30)), 100);
        assertEquals(List.of("X parent 10+40", "X child 40+10"), shape(ordered));
        assertEquals(1, ordered.repaired());
    }

    // A B/E child that runs past its parent X's end gets its E at the parent's end.
    @Test
    void childBeginEndOverlappingParentCompleteIsCut() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(begin("child", 40), end("child", 70), complete("parent", 10, 40)), 100);
        assertEquals(List.of("X parent 10+40", "B child 40", "E child 50"), shape(ordered));
        assertEquals(1, ordered.repaired());
    }

    // An X child that runs past its parent B/E's end is cut to the parent's E.
    @Test
    void childCompleteOverlappingParentBeginEndIsCut() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(begin("parent", 10), complete("child", 20, 70), end("parent", 50)), 100);
        assertEquals(List.of("B parent 10", "X child 20+30", "E parent 50"), shape(ordered));
        assertEquals(1, ordered.repaired());
    }

    // A slice that starts exactly where another ends is its sibling, not its child: nothing is cut.
    @Test
    void sliceStartingAtAnotherEndIsASibling() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(complete("first", 10, 10), complete("second", 20, 10), begin("third", 30), end("third", 40)), 100);
        assertEquals(List.of("X first 10+10", "X second 20+10", "B third 30", "E third 40"), shape(ordered));
        assertEquals(0, ordered.repaired());
    }

    // Zero-length slices (X of no duration, B and E at one time) are kept, and nest with what is around them.
    @Test
    void zeroLengthSlicesAreKept() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(List.of(
                complete("empty-x", 10, 0), begin("empty-b", 20), end("empty-b", 20), complete("around", 15, 10),
                instant("at-20", 20)), 100);
        assertEquals(List.of("X empty-x 10+0", "X around 15+10", "B empty-b 20", "E empty-b 20", "i at-20 20"),
                shape(ordered));
        assertEquals(0, ordered.repaired());
    }

    // Many events at one timestamp: the longer slice (the outer) first, then the shorter, then instants and counters.
    @Test
    void manyEventsAtOneTimestampNestLongestFirst() {
        List<CheckedEvent> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(complete("x" + i, 1000, i % 7));
            events.add(instant("i" + i, 1000));
            events.add(event('C', "c" + i, 1000, 0));
            events.add(begin("b" + i, 1000));
            events.add(end("b" + i, 1000));
        }
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(events, 2000);
        List<CheckedEvent> out = ordered.events();
        TimelineRules.assertCheckedNest(out);
        assertEquals(events.size(), out.size(), "nothing dropped, nothing added");
        assertEquals('X', out.get(0).phase());
        assertEquals(6, out.get(0).durationNanos(), "the longest slice opens first");
        assertEquals(0, ordered.repaired());
    }

    // Instants and counters recorded out of time order are written in time order.
    @Test
    void instantsAreWrittenInTimeOrder() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(
                List.of(instant("late", 30), event('C', "early", 10, 0), instant("middle", 20)), 100);
        assertEquals(List.of("C early 10", "i middle 20", "i late 30"), shape(ordered));
    }

    // Nothing in, nothing out.
    @Test
    void emptyThreadIsEmpty() {
        ThreadTimeline.Ordered ordered = ThreadTimeline.order(List.of(), 100);
        assertTrue(ordered.events().isEmpty());
        assertEquals(0, ordered.repaired());
    }

    // Random B/E/X/i/C in random order and times: the rules hold whatever the input.
    @Test
    void randomRecordingStillNests() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 50; round++) {
            List<CheckedEvent> events = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long time = 1 + random.nextInt(1000);
                String name = "n" + random.nextInt(5);
                events.add(switch (random.nextInt(5)) {
                    case 0 -> begin(name, time);
                    case 1 -> end(name, time);
                    case 2 -> complete(name, time, random.nextInt(300));
                    case 3 -> instant(name, time);
                    default -> event('C', name, time, 0);
                });
            }
            TimelineRules.assertCheckedNest(ThreadTimeline.order(events, 1000).events());
        }
    }
}
