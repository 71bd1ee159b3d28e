package minibrowser.tools.compare;

/**
 * One row of the comparison: what was measured, its value under each model, the
 * target (or ""), and how it was measured; {@code figures}, when not empty, are the
 * same numbers as JSON fields, for programs that read {@code --json}.
 */
record Row(String group, String what, String perTab, String singleProcess, String target, String how,
           java.util.Map<String, Object> figures) {
    /** A row whose figures live only in its text. */
    Row(String group, String what, String perTab, String singleProcess, String target, String how) {
        this(group, what, perTab, singleProcess, target, how, java.util.Map.of());
    }
}
