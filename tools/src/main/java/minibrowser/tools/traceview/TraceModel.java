package minibrowser.tools.traceview;

import java.util.List;
import java.util.Optional;

/**
 * A trace as something to draw: its processes in drawing order, each with its counters
 * and its threads in drawing order, each thread with its slices (B/E pairs and X events,
 * already nested) and instants; the flow arrows between slices; and the span of time the
 * events cover. Times are absolute microseconds as in the file; {@link #originUs()} is the
 * earliest event, the zero of every time the user sees.
 *
 * <p>It is immutable and holds only what survived the builder's checks: every slice has
 * a start, an end at or after it ({@link Double#POSITIVE_INFINITY} for a B that never
 * ended) and a depth; every flow joins two slices of this model.
 */
public final class TraceModel {
    private final List<ProcessTrack> processes;
    private final List<Flow> flows;
    private final double originUs;
    private final double endUs;
    private final int ignoredEvents;

    TraceModel(List<ProcessTrack> processes, List<Flow> flows, double originUs, double endUs, int ignoredEvents) {
        this.processes = List.copyOf(processes);
        this.flows = List.copyOf(flows);
        this.originUs = originUs;
        this.endUs = endUs;
        this.ignoredEvents = ignoredEvents;
    }

    /** In drawing order (see {@link ProcessOrder}). */
    public List<ProcessTrack> processes() {
        return processes;
    }

    public List<Flow> flows() {
        return flows;
    }

    /** The earliest time of any event (metadata aside): "0 ms" on the axis. */
    public double originUs() {
        return originUs;
    }

    /** The latest time any event reaches (the end of an X, an E, a counter sample...). */
    public double endUs() {
        return endUs;
    }

    /** Events dropped as unusable: missing fields, bad values, an E with no B, unknown phases. */
    public int ignoredEvents() {
        return ignoredEvents;
    }

    /** The first slice of that name in drawing order (processes, threads, then start time). */
    public Optional<Slice> firstSliceNamed(String name) {
        return processes.stream().flatMap(p -> p.threads().stream()).flatMap(t -> t.slices().stream())
                .filter(s -> s.name().equals(name)).findFirst();
    }

    /** One process: its lanes are its counters, then its threads. */
    public record ProcessTrack(long pid, String name, List<String> labels, Integer sortIndex,
                               List<CounterTrack> counters, List<ThreadTrack> threads) {
        /** "renderer pid 4242 — renderer for tabs 1, 3", or "pid 4242" for a nameless one. */
        public String label() {
            String base = (name == null ? "" : name + " ") + "pid " + pid;
            return labels.isEmpty() ? base : base + " \u2014 " + String.join(", ", labels);
        }
    }

    /** One thread: slices sorted by start time, instants by time. */
    public record ThreadTrack(long tid, String name, Integer sortIndex, List<Slice> slices, List<Instant> instants,
                              int maxDepth) {
        /** "thread_name tid", or "thread tid" for a nameless one. */
        public String label() {
            return (name == null ? "thread" : name) + " " + tid;
        }
    }

    /**
     * One slice. {@code depth} 0 is a top-level slice, 1 one directly inside another, and so
     * on. An unfinished slice (a B without its E) has an infinite end.
     */
    public record Slice(String name, String category, double startUs, double endUs, int depth) {
        public boolean unfinished() {
            return endUs == Double.POSITIVE_INFINITY;
        }
    }

    /** An instant event ({@code ph: "i"}). */
    public record Instant(String name, double tsUs) {
    }

    /** One counter of a process ({@code ph: "C"} events of one name): one or more series. */
    public record CounterTrack(String name, List<CounterSeries> series) {
        /** "counter: heap MB" for a counter "heap" with one series "MB"; series names in brackets when several. */
        public String label() {
            if (series.size() == 1) {
                String only = series.get(0).name();
                return only.equals(name) || only.equals("value") ? "counter: " + name : "counter: " + name + " " + only;
            }
            return "counter: " + name + " (" + String.join(", ",
                    series.stream().map(CounterSeries::name).toList()) + ")";
        }
    }

    /** Samples of one series, in time order; {@code timesUs} and {@code values} have the same length. */
    public record CounterSeries(String name, double[] timesUs, double[] values) {
    }

    /**
     * One arrow: from the slice that carried {@code flow_out} to the one that carried
     * {@code flow_in} with the same {@code bind_id}.
     */
    public record Flow(String id, Slice from, Slice to) {
        /**
         * Where the arrow leaves {@code from}: its end when that comes no later than the
         * start of {@code to} (work handed on), else its start (a call whose handler runs
         * while the caller waits), so an arrow never points back in time when it need not.
         */
        public double startUs() {
            return from.endUs() <= to.startUs() ? from.endUs() : from.startUs();
        }
    }
}
