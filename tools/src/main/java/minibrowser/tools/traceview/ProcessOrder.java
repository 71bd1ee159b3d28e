package minibrowser.tools.traceview;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import minibrowser.tools.traceview.TraceModel.ProcessTrack;
import minibrowser.tools.traceview.TraceModel.ThreadTrack;

/**
 * The order lanes are drawn in, top to bottom. Processes: by {@code process_sort_index}
 * (none counts as 0), then by role, the browser first, then the gpu process, renderers,
 * plugins, and any other process last (a name is matched by how it starts, in any case:
 * "Browser", "gpu-process", "renderer 3"), then by pid. Threads: by
 * {@code thread_sort_index} (none counts as 0), then by name (nameless last), then by tid.
 * Every step ends on an id, so the order never depends on the order of the file.
 */
final class ProcessOrder {
    /** Name prefixes in the order their processes are drawn; a process matching none comes after them. */
    private static final List<String> ROLES = List.of("browser", "gpu", "renderer", "plugin");
    private static final int NO_SORT_INDEX = 0;

    static final Comparator<ProcessTrack> PROCESSES = Comparator
            .comparingInt((ProcessTrack p) -> orDefault(p.sortIndex()))
            .thenComparingInt(p -> role(p.name()))
            .thenComparingLong(ProcessTrack::pid);

    static final Comparator<ThreadTrack> THREADS = Comparator
            .comparingInt((ThreadTrack t) -> orDefault(t.sortIndex()))
            .thenComparing(ThreadTrack::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ThreadTrack::tid);

    private ProcessOrder() {
    }

    /** 0 for the browser, 1 gpu, 2 renderer, 3 plugin, 4 anything else (or no name). */
    static int role(String processName) {
        if (processName == null) return ROLES.size();
        String lower = processName.toLowerCase(Locale.ROOT);
        for (int i = 0; i < ROLES.size(); i++) {
            if (lower.startsWith(ROLES.get(i))) return i;
        }
        return ROLES.size();
    }

    private static int orDefault(Integer sortIndex) {
        return sortIndex == null ? NO_SORT_INDEX : sortIndex;
    }
}
