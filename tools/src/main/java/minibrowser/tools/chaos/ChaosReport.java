package minibrowser.tools.chaos;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of a chaos run: every fault with its outcome, and the invariants.
 * {@link #summary()} is what the command prints at the end: faults by kind, the
 * recovery times (median, p95, max: overall and per kind), each invariant.
 */
public final class ChaosReport {
    private final String settings;
    private final double seconds;
    private final List<FaultOutcome> outcomes;
    private final List<Invariant> invariants;

    ChaosReport(String settings, double seconds, List<FaultOutcome> outcomes, List<Invariant> invariants) {
        this.settings = settings;
        this.seconds = seconds;
        this.outcomes = List.copyOf(outcomes);
        this.invariants = List.copyOf(invariants);
    }

    /** True when every invariant held. */
    public boolean invariantsHold() {
        return !invariants.isEmpty() && invariants.stream().allMatch(Invariant::holds);
    }

    /** How many faults were injected. */
    public int faults() {
        return outcomes.size();
    }

    /** How many faults killed, stopped or crashed a process (not counting plain navigations and reloads). */
    public int processFaults() {
        return (int) outcomes.stream().map(o -> o.fault().kind())
                .filter(k -> k != FaultKind.NAVIGATE && k != FaultKind.RELOAD).count();
    }

    /** The invariants that failed, one line each ("" when all held). */
    public String failures() {
        return invariants.stream().filter(i -> !i.holds()).map(Invariant::line).collect(Collectors.joining("\n"));
    }

    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("chaos summary: %s; %d faults in %.0f s (%d kills, stops and debug pages; %d navigations"
                + " and reloads)%n", settings, faults(), seconds, processFaults(), faults() - processFaults()));
        Map<FaultKind, List<Long>> byKind = new EnumMap<>(FaultKind.class);
        for (FaultOutcome outcome : outcomes) {
            byKind.computeIfAbsent(outcome.fault().kind(), k -> new ArrayList<>());
            if (outcome.recovered()) byKind.get(outcome.fault().kind()).add(outcome.recoveryMillis());
        }
        out.append(String.format("  %-22s %6s %9s %9s %9s %9s%n", "fault", "count", "recovered", "median", "p95", "max"));
        for (FaultKind kind : FaultKind.values()) {
            long count = outcomes.stream().filter(o -> o.fault().kind() == kind).count();
            if (count == 0) continue;
            out.append(row(kind.label(), count, byKind.get(kind)));
        }
        List<Long> all = outcomes.stream().filter(FaultOutcome::recovered).map(FaultOutcome::recoveryMillis)
                .collect(Collectors.toList());
        out.append(row("all", outcomes.size(), all));
        long collateral = outcomes.stream().filter(o -> !o.collateral().isEmpty()).count();
        out.append(String.format("  faults that hit other tabs too: %d%n", collateral));
        out.append("invariants:\n");
        invariants.forEach(i -> out.append(i.line()).append('\n'));
        out.append(invariantsHold() ? "chaos: every invariant holds\n" : "chaos: INVARIANTS FAILED\n");
        return out.toString();
    }

    private static String row(String label, long count, List<Long> recoveries) {
        return String.format("  %-22s %6d %9d %9s %9s %9s%n", label, count, recoveries.size(),
                millis(percentile(recoveries, 50)), millis(percentile(recoveries, 95)), millis(percentile(recoveries, 100)));
    }

    /** The nearest-rank percentile {@code p} of {@code values}, or -1 when there are none. */
    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) return -1;
        List<Long> sorted = values.stream().sorted().collect(Collectors.toList());
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String millis(long value) {
        return value < 0 ? "-" : value + " ms";
    }
}
