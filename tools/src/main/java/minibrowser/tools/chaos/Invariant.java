package minibrowser.tools.chaos;

/** One invariant checked at the end of a chaos run: whether it holds, and what was seen. */
record Invariant(String name, boolean holds, String detail) {
    String line() {
        return String.format("  [%s] %s: %s", holds ? "ok" : "FAIL", name, detail);
    }
}
