/**
 * {@code ./minibrowser chaos --seconds N --tabs T --seed S}: a chaos run against a
 * real browser. For N seconds a seeded plan kills, stops and resumes random children,
 * opens debug pages and navigates and reloads random tabs; after each fault it measures
 * how long the browser took to recover, and at the end it checks the invariants (the
 * browser is alive, every tab is ready or says why not, reload brings every tab back,
 * nothing leaked).
 *
 * <pre>
 *   Chaos (the script) ─▶ ChaosPages (pages on loopback)
 *                     ─▶ RunningBrowser (compare's: a real browser, driven by its control socket)
 *                     ─▶ ChaosPlan (seeded: which fault next) ─▶ FaultInjector (does it, recovers, times it)
 *                     ─▶ Invariants (checked at the end) ─▶ ChaosReport (log lines, summary)
 * </pre>
 *
 * A development tool, driving the browser from outside as a user would: nothing in
 * the browser depends on it.
 */
package minibrowser.tools.chaos;
