package minibrowser.tools.traceview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import minibrowser.tools.traceview.TraceModel.CounterSeries;
import minibrowser.tools.traceview.TraceModel.CounterTrack;
import minibrowser.tools.traceview.TraceModel.Instant;
import minibrowser.tools.traceview.TraceModel.ProcessTrack;
import minibrowser.tools.traceview.TraceModel.ThreadTrack;

/**
 * Collects {@link RawEvent}s, in any order, and builds the {@link TraceModel}.
 *
 * <p>What it keeps: metadata ({@code M}: process_name, process_labels,
 * process_sort_index, thread_name, thread_sort_index); slice events (B, E, X), nested by
 * {@link SliceNesting}; instants (i); counter samples (C: each number in args is a sample
 * of that series). What it drops, counting it in {@link TraceModel#ignoredEvents()}: an
 * event without a pid, a thread event without a tid, a time that is missing, negative,
 * NaN or infinite, an X without a usable dur, a counter without a name or a number, an E
 * with no B, and phases it does not draw (async, flow-v1, object events...). A thread with
 * no slice and no instant left, and a process with no such thread and no counter, are not
 * drawn.
 */
final class TraceModelBuilder {
    private final Map<Long, ProcessData> processes = new HashMap<>();
    private double originUs = Double.POSITIVE_INFINITY;
    private double endUs = Double.NEGATIVE_INFINITY;
    private int ignored;

    /** What is known of one process while reading. */
    private static final class ProcessData {
        String name;
        final List<String> labels = new ArrayList<>();
        Integer sortIndex;
        final Map<Long, ThreadData> threads = new HashMap<>();
        final Map<String, Map<String, SeriesData>> counters = new LinkedHashMap<>();
    }

    /** What is known of one thread while reading. */
    private static final class ThreadData {
        String name;
        Integer sortIndex;
        final List<RawEvent> marks = new ArrayList<>();
        final List<Instant> instants = new ArrayList<>();
    }

    /** A growing list of (time, value) samples. */
    private static final class SeriesData {
        double[] times = new double[16];
        double[] values = new double[16];
        int size;

        void add(double timeUs, double value) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            times[size] = timeUs;
            values[size++] = value;
        }

        /** The samples in time order (equal times keep the file's order). */
        CounterSeries toSeries(String name) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, Comparator.comparingDouble(i -> times[i]));
            double[] sortedTimes = new double[size];
            double[] sortedValues = new double[size];
            for (int i = 0; i < size; i++) {
                sortedTimes[i] = times[order[i]];
                sortedValues[i] = values[order[i]];
            }
            return new CounterSeries(name, sortedTimes, sortedValues);
        }
    }

    void accept(RawEvent event) {
        if (event.pid() == RawEvent.MISSING_ID) {
            ignored++;
        } else if (event.phase() == 'M') {
            acceptMetadata(event);
        } else if (!usableTime(event.tsUs())) {
            ignored++;
        } else {
            switch (event.phase()) {
                case 'B', 'E' -> acceptSliceEvent(event, event.tsUs());
                case 'X' -> {
                    if (usableTime(event.durUs())) acceptSliceEvent(event, event.tsUs() + event.durUs());
                    else ignored++;
                }
                case 'i' -> acceptInstant(event);
                case 'C' -> acceptCounter(event);
                default -> ignored++;
            }
        }
    }

    private static boolean usableTime(double us) {
        return Double.isFinite(us) && us >= 0;
    }

    private void noteTimes(double startUs, double endUs) {
        originUs = Math.min(originUs, startUs);
        this.endUs = Math.max(this.endUs, endUs);
    }

    private ProcessData process(long pid) {
        return processes.computeIfAbsent(pid, p -> new ProcessData());
    }

    private ThreadData thread(long pid, long tid) {
        return process(pid).threads.computeIfAbsent(tid, t -> new ThreadData());
    }

    private void acceptSliceEvent(RawEvent event, double endUs) {
        if (event.tid() == RawEvent.MISSING_ID) {
            ignored++;
            return;
        }
        noteTimes(event.tsUs(), endUs);
        thread(event.pid(), event.tid()).marks.add(event.withoutArgs());
    }

    private void acceptInstant(RawEvent event) {
        if (event.tid() == RawEvent.MISSING_ID) {
            ignored++;
            return;
        }
        noteTimes(event.tsUs(), event.tsUs());
        String name = event.name() == null ? SliceNesting.UNNAMED : event.name();
        thread(event.pid(), event.tid()).instants.add(new Instant(name, event.tsUs()));
    }

    private void acceptCounter(RawEvent event) {
        if (event.name() == null) {
            ignored++;
            return;
        }
        Map<String, SeriesData> counter = null;
        for (Map.Entry<String, Object> arg : event.args().entrySet()) {
            double value = number(arg.getValue());
            if (!Double.isFinite(value)) continue;
            if (counter == null) counter = process(event.pid()).counters.computeIfAbsent(event.name(), n -> new LinkedHashMap<>());
            counter.computeIfAbsent(arg.getKey(), k -> new SeriesData()).add(event.tsUs(), value);
        }
        if (counter == null) ignored++;
        else noteTimes(event.tsUs(), event.tsUs());
    }

    private void acceptMetadata(RawEvent event) {
        switch (event.name() == null ? "" : event.name()) {
            case "process_name" -> {
                if (event.args().get("name") instanceof String name) process(event.pid()).name = name;
            }
            case "process_labels" -> {
                if (event.args().get("labels") instanceof String labels && !labels.isBlank()) {
                    List<String> known = process(event.pid()).labels;
                    if (!known.contains(labels.trim())) known.add(labels.trim());
                }
            }
            case "process_sort_index" -> {
                double index = number(event.args().get("sort_index"));
                if (Double.isFinite(index)) process(event.pid()).sortIndex = (int) index;
            }
            case "thread_name" -> {
                if (event.tid() != RawEvent.MISSING_ID && event.args().get("name") instanceof String name) {
                    thread(event.pid(), event.tid()).name = name;
                }
            }
            case "thread_sort_index" -> {
                double index = number(event.args().get("sort_index"));
                if (event.tid() != RawEvent.MISSING_ID && Double.isFinite(index)) {
                    thread(event.pid(), event.tid()).sortIndex = (int) index;
                }
            }
            default -> { } // other metadata (num_cpus, trace_buffer_overflowed...) has nothing to draw
        }
    }

    /** A Double as it is, a String holding a number parsed; NaN for anything else. */
    private static double number(Object value) {
        if (value instanceof Double number) return number;
        if (value instanceof String text) {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    TraceModel build() {
        if (originUs == Double.POSITIVE_INFINITY) return new TraceModel(List.of(), List.of(), 0, 0, ignored);
        FlowBinder flows = new FlowBinder();
        List<ProcessTrack> tracks = new ArrayList<>();
        processes.forEach((pid, process) -> {
            List<ThreadTrack> threads = new ArrayList<>();
            process.threads.forEach((tid, thread) -> {
                SliceNesting.Result nested = SliceNesting.nest(thread.marks, flows::offer);
                ignored += nested.unmatchedEnds();
                if (nested.slices().isEmpty() && thread.instants.isEmpty()) return; // metadata or stray E events only
                List<Instant> instants = new ArrayList<>(thread.instants);
                instants.sort(Comparator.comparingDouble(Instant::tsUs));
                threads.add(new ThreadTrack(tid, thread.name, thread.sortIndex, nested.slices(), List.copyOf(instants),
                        nested.maxDepth()));
            });
            List<CounterTrack> counters = new ArrayList<>();
            process.counters.forEach((name, series) -> counters.add(new CounterTrack(name,
                    series.entrySet().stream().map(s -> s.getValue().toSeries(s.getKey())).toList())));
            if (threads.isEmpty() && counters.isEmpty()) return;
            threads.sort(ProcessOrder.THREADS);
            tracks.add(new ProcessTrack(pid, process.name, List.copyOf(process.labels), process.sortIndex,
                    List.copyOf(counters), List.copyOf(threads)));
        });
        tracks.sort(ProcessOrder.PROCESSES);
        return new TraceModel(tracks, flows.flows(), originUs, endUs, ignored);
    }
}
