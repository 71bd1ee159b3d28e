package minibrowser.tools.traceview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import minibrowser.tools.traceview.TraceModel.Flow;
import minibrowser.tools.traceview.TraceModel.Slice;

/**
 * Pairs the two ends of each flow. It is told of every slice with the event it came from;
 * a slice whose event has a {@code bind_id} and {@code flow_out} is a start, one with
 * {@code flow_in} an end. Each id gives at most one arrow, from its earliest start to its
 * earliest end; an id seen at one end only gives none, and so does an event marked as
 * both ends at once.
 */
final class FlowBinder {
    private final Map<String, Slice> starts = new HashMap<>();
    private final Map<String, Slice> ends = new HashMap<>();

    void offer(RawEvent event, Slice slice) {
        if (event.bindId() == null || event.flowOut() == event.flowIn()) return;
        Map<String, Slice> side = event.flowOut() ? starts : ends;
        side.merge(event.bindId(), slice, (kept, offered) -> offered.startUs() < kept.startUs() ? offered : kept);
    }

    /** The arrows, in order of where they start (then by id), so drawing order never depends on hashing. */
    List<Flow> flows() {
        List<Flow> flows = new ArrayList<>();
        starts.forEach((id, from) -> {
            Slice to = ends.get(id);
            if (to != null) flows.add(new Flow(id, from, to));
        });
        flows.sort(Comparator.comparingDouble(Flow::startUs).thenComparing(Flow::id));
        return flows;
    }
}
