package minibrowser.tools.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run saw, added to by its driver threads (hence synchronized) and printed
 * at the end: how each document ended, which ones ended a renderer and why, the
 * slowest one, and whether the browser lived through it all.
 */
public final class FuzzReport {
    /** A document that ended its renderer: a bug in the engine. */
    public record Crash(int index, HostileDocuments.Kind kind, String reason) {}

    private final long seed;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    /** The first few documents of each outcome other than "ready", to load again alone. */
    private final Map<String, List<Integer>> examples = new TreeMap<>();
    private final List<Crash> crashes = new ArrayList<>();
    /** Renderers ended by a hostile script (out of memory, say): allowed, a renderer may die of its page's script. */
    private final List<Crash> scriptDeaths = new ArrayList<>();
    private int loaded;
    private int slowestIndex = -1;
    private HostileDocuments.Kind slowestKind;
    private long slowestMillis = -1;
    private long elapsedMillis;
    private boolean browserAlive = true;

    FuzzReport(long seed) {
        this.seed = seed;
    }

    synchronized void record(HostileDocument doc, String outcome, long millis) {
        loaded++;
        outcomes.merge(outcome, 1, Integer::sum);
        List<Integer> some = examples.computeIfAbsent(outcome, o -> new ArrayList<>());
        if (!outcome.equals("ready") && some.size() < 10) some.add(doc.index());
        if (millis > slowestMillis) {
            slowestMillis = millis;
            slowestIndex = doc.index();
            slowestKind = doc.kind();
        }
    }

    /** A renderer died on {@code doc}: an engine bug, unless the document was a hostile script. */
    synchronized void crash(HostileDocument doc, String reason) {
        Crash crash = new Crash(doc.index(), doc.kind(), reason);
        if (doc.kind() == HostileDocuments.Kind.HOSTILE_SCRIPTS) scriptDeaths.add(crash);
        else crashes.add(crash);
    }

    synchronized void finish(long elapsedMillis, boolean browserAlive) {
        this.elapsedMillis = elapsedMillis;
        this.browserAlive = browserAlive;
    }

    public synchronized int loaded() {
        return loaded;
    }

    public synchronized Map<String, Integer> outcomes() {
        return Collections.unmodifiableMap(new TreeMap<>(outcomes));
    }

    public synchronized List<Crash> crashes() {
        return List.copyOf(crashes);
    }

    /** Renderers a hostile script ended; not bugs, but each says why. */
    public synchronized List<Crash> scriptDeaths() {
        return List.copyOf(scriptDeaths);
    }

    public synchronized boolean browserAlive() {
        return browserAlive;
    }

    public synchronized void print(PrintStream out) {
        out.printf("fuzz: seed %d, %d documents loaded in %.1f s%n", seed, loaded, elapsedMillis / 1000.0);
        out.println("outcomes:");
        outcomes.forEach((outcome, count) -> out.printf("  %6d  %s%s%n", count, outcome,
                examples.get(outcome).isEmpty() ? "" : "   (docs " + examples.get(outcome).toString().replaceAll("[\\[\\]]", "")
                        + (count > examples.get(outcome).size() ? ", ..." : "") + ")"));
        out.println("renderer crashes: " + crashes.size());
        for (Crash crash : crashes) {
            out.printf("  doc %d (%s): %s   (again: ./minibrowser fuzz --seed %d --only %d)%n",
                    crash.index(), crash.kind(), crash.reason(), seed, crash.index());
        }
        out.println("renderers ended by a hostile script (allowed): " + scriptDeaths.size());
        for (Crash death : scriptDeaths) out.printf("  doc %d: %s%n", death.index(), death.reason());
        out.println("browser alive: " + (browserAlive ? "yes" : "NO"));
        if (slowestIndex >= 0) {
            out.printf("slowest: doc %d (%s), %d ms%n", slowestIndex, slowestKind, slowestMillis);
        }
    }
}
