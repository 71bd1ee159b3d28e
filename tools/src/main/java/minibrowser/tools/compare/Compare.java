package minibrowser.tools.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import minibrowser.browser.children.ChildMain;
import minibrowser.browser.children.ChildType;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./minibrowser compare [--json] [--runs=N]}: runs the same pages under the
 * per-tab and single-process models and prints the textbook rows, measured here, as
 * one Markdown table (or JSON). Every figure is a median over repeated runs, with
 * its spread, and says how it was measured.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Measure processes against threads: memory, start-up, communication, context switches, isolation.")
public final class Compare implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON instead of a Markdown table.")
    boolean json;

    @Option(names = "--runs", defaultValue = "5", description = "Repetitions of each timed figure (default 5).")
    int runs;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
            description = "Only these groups: communication, ipc, context-switch, child-jvm, browser, isolation.")
    List<String> only;

    /** The entry point of each child type, for the rows that run children as threads of this JVM. */
    private final Function<ChildType, ChildMain> entryPoints;

    private Compare(Function<ChildType, ChildMain> entryPoints) {
        this.entryPoints = entryPoints;
    }

    /** @param entryPoints the children's entry points, handed in by app (which alone knows them) */
    public static int run(String[] args, Function<ChildType, ChildMain> entryPoints) {
        return new CommandLine(new Compare(entryPoints)).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<Row> rows = new ArrayList<>();
        if (wanted("browser")) rows.addAll(progress("browser", () -> BrowserRows.measure(runs)));
        if (wanted("communication")) rows.addAll(progress("communication", () -> IpcRows.measure(runs, entryPoints)));
        if (wanted("ipc")) rows.addAll(progress("ipc", () -> IpcLab.measure(runs)));
        if (wanted("context-switch")) rows.addAll(progress("context-switch", () -> ContextSwitchRows.measure(runs)));
        if (wanted("isolation")) rows.addAll(progress("isolation", IsolationRows::measure));
        if (wanted("child-jvm")) rows.addAll(progress("child-jvm", () -> ChildJvmRows.measure(Math.max(1, runs / 2), entryPoints)));
        String machine = machine();
        System.out.println(json ? Table.json(machine, rows) : Table.markdown(machine, rows));
        return 0;
    }

    private boolean wanted(String group) {
        return only == null || only.contains(group);
    }

    private static List<Row> progress(String group, Callable<List<Row>> measure) throws Exception {
        System.err.println("compare: measuring " + group + "...");
        long start = System.nanoTime();
        List<Row> rows = measure.call();
        System.err.printf("compare: %s took %.0f s%n", group, (System.nanoTime() - start) / 1e9);
        return rows;
    }



    /** Cores, CPU, memory, OS and JDK of this machine, for the table's first line. */
    static String machine() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (java.io.IOException notLinux) {
            // Keep "unknown CPU".
        }
        long memMb = 0;
        try {
            memMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024).orElse(0L);
        } catch (java.io.IOException | NumberFormatException notLinux) {
            // Keep 0.
        }
        return String.format("%d cores (%s), %.1f GB RAM, %s %s, JDK %s", Runtime.getRuntime().availableProcessors(),
                cpu, memMb / 1024.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
