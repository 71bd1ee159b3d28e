package minibrowser.tools.compare;

/**
 * One row of the comparison: what was measured, its value under each model, the
 * target (or ""), and how it was measured.
 */
record Row(String group, String what, String perTab, String singleProcess, String target, String how) {}
