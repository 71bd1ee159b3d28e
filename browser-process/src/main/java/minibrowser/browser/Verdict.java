package minibrowser.browser;

/**
 * What the browser does with one message from a child, and why:
 * <ul>
 *   <li>{@link Action#ACCEPT}: act on it;</li>
 *   <li>{@link Action#DROP}: refuse it quietly, because an honest child can send it in a
 *       race (a fetch for a tab that was detached from its renderer a moment before the
 *       renderer heard of it, as Chromium tolerates messages for frames just detached);</li>
 *   <li>{@link Action#KILL}: no honest child ever sends it, so the child is compromised
 *       or broken and is killed for a bad message.</li>
 * </ul>
 */
record Verdict(Action action, String reason) {
    enum Action { ACCEPT, DROP, KILL }

    static final Verdict ACCEPT = new Verdict(Action.ACCEPT, "");

    static Verdict drop(String reason) {
        return new Verdict(Action.DROP, reason);
    }

    static Verdict kill(String reason) {
        return new Verdict(Action.KILL, reason);
    }

    boolean accepted() {
        return action == Action.ACCEPT;
    }

    /** This verdict when it refuses; else the next check's. */
    Verdict then(java.util.function.Supplier<Verdict> next) {
        return accepted() ? next.get() : this;
    }
}
