package minibrowser.tools.compare;

import minibrowser.common.Language;

/**
 * One row of the comparison: what was measured, its value under each model, the
 * target (or ""), and how it was measured, all in one language ({@link Measured#rows});
 * {@code figures}, when not empty, are the same numbers as JSON fields, for programs
 * that read {@code --json}; {@code ratio} is the per-tab figure over its target
 * ("0.82x": under it; "" when the row has no numeric target).
 */
record Row(String group, String what, String perTab, String singleProcess, String target, String how,
           java.util.Map<String, Object> figures, String ratio) {
    /** A row whose figures live only in its text. */
    Row(String group, String what, String perTab, String singleProcess, String target, String how) {
        this(group, what, perTab, singleProcess, target, how, java.util.Map.of());
    }

    Row(String group, String what, String perTab, String singleProcess, String target, String how,
        java.util.Map<String, Object> figures) {
        this(group, what, perTab, singleProcess, target, how, figures, "");
    }

    /** This row with the ratio of {@code figure}'s median to {@code target} (same unit; "—" without a figure). */
    Row withRatio(Samples figure, double target) {
        String r = figure.isEmpty() || target <= 0 ? "—" : String.format(java.util.Locale.ROOT, "%.2fx", figure.median() / target);
        return new Row(group, what, perTab, singleProcess, target(), how, figures, r);
    }

    /** A figure measured between two processes: "12.3 µs (…) between processes". */
    static String betweenProcesses(Language language, String figure) {
        return language.pick(figure + " between processes", "프로세스 간 " + figure);
    }

    /** A figure measured between two threads of one process: "12.3 µs (…) between threads". */
    static String betweenThreads(Language language, String figure) {
        return language.pick(figure + " between threads", "스레드 간 " + figure);
    }
}
