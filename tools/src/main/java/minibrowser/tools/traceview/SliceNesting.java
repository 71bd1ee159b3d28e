package minibrowser.tools.traceview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import minibrowser.tools.traceview.TraceModel.Slice;

/**
 * Turns one thread's B, E and X events into slices with depths, the way a trace viewer
 * stacks them.
 *
 * <p>First the events are put in time order (stably, so events of one microsecond keep
 * the file's order). An E ends the latest B still open, whatever its name, as in the
 * format; an E with nothing open is dropped and counted; a B never ended becomes an
 * unfinished slice (infinite end: it runs to the end of whatever view draws it). Then the
 * slices are stacked: sorted by start, the longer of two that start together first, each
 * one's depth is the number of earlier slices still running when it starts. So a slice
 * inside another is one deeper, and a slice that starts as its neighbour ends is not.
 */
final class SliceNesting {
    /** The name of a slice whose event had none. */
    static final String UNNAMED = "(unnamed)";

    /** A thread's slices in start order, its deepest depth, and how many E events matched nothing. */
    record Result(List<Slice> slices, int maxDepth, int unmatchedEnds) {
    }

    /** A slice before its depth is known; {@code begin} is its B or X, {@code order} that event's place in time order. */
    private record Span(RawEvent begin, double startUs, double endUs, int order) {
    }

    private static final Comparator<Span> STACKING = Comparator.comparingDouble(Span::startUs)
            .thenComparing(Comparator.comparingDouble(Span::endUs).reversed())
            .thenComparingInt(Span::order);

    private SliceNesting() {
    }

    /**
     * Nests {@code marks} (B, E and X events of one thread, any order; others are
     * ignored); {@code made} hears of each slice with the B or X it came from.
     */
    static Result nest(List<RawEvent> marks, BiConsumer<RawEvent, Slice> made) {
        List<RawEvent> inTime = new ArrayList<>(marks);
        inTime.sort(Comparator.comparingDouble(RawEvent::tsUs));
        List<Span> spans = new ArrayList<>(inTime.size());
        Deque<Integer> open = new ArrayDeque<>();
        int unmatchedEnds = 0;
        for (int i = 0; i < inTime.size(); i++) {
            RawEvent event = inTime.get(i);
            switch (event.phase()) {
                case 'X' -> spans.add(new Span(event, event.tsUs(), event.tsUs() + event.durUs(), i));
                case 'B' -> open.push(i);
                case 'E' -> {
                    if (open.isEmpty()) {
                        unmatchedEnds++;
                    } else {
                        int begin = open.pop();
                        spans.add(new Span(inTime.get(begin), inTime.get(begin).tsUs(), event.tsUs(), begin));
                    }
                }
                default -> { } // not a slice event
            }
        }
        for (int begin : open) {
            spans.add(new Span(inTime.get(begin), inTime.get(begin).tsUs(), Double.POSITIVE_INFINITY, begin));
        }
        spans.sort(STACKING);
        return stack(spans, made, unmatchedEnds);
    }

    private static Result stack(List<Span> spans, BiConsumer<RawEvent, Slice> made, int unmatchedEnds) {
        List<Slice> slices = new ArrayList<>(spans.size());
        double[] runningEnds = new double[8];
        int running = 0;
        int maxDepth = 0;
        for (Span span : spans) {
            while (running > 0 && runningEnds[running - 1] <= span.startUs()) running--;
            RawEvent begin = span.begin();
            Slice slice = new Slice(begin.name() == null ? UNNAMED : begin.name(), begin.category(), span.startUs(),
                    span.endUs(), running);
            slices.add(slice);
            made.accept(begin, slice);
            maxDepth = Math.max(maxDepth, running);
            if (running == runningEnds.length) runningEnds = Arrays.copyOf(runningEnds, running * 2);
            runningEnds[running++] = span.endUs();
        }
        return new Result(slices, maxDepth, unmatchedEnds);
    }
}
