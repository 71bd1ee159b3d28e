package minibrowser.tools.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import minibrowser.browser.children.ChildMain;
import minibrowser.browser.children.ChildType;
import java.util.concurrent.Callable;
import minibrowser.common.ExitCode;
import minibrowser.common.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./minibrowser compare [--json] [--runs=N] [--lang=ko]}: runs the same pages under
 * the per-tab and single-process models and prints the textbook rows, measured here, as
 * one Markdown table (or JSON), each with its target and the ratio to it. Every figure is a median over repeated runs, with
 * its spread, and says how it was measured. The table is in English or Korean
 * ({@link Language}); the JSON is always English, for the programs that read it.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Measure processes against threads: memory, start-up, communication, context switches, isolation."
                + " --lang=ko prints the table in Korean (표를 한국어로).")
public final class Compare implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON instead of a Markdown table (always in English).")
    boolean json;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "en or ko; default: the locale, e.g. LANG=ko_KR.UTF-8.")
    String lang;

    @Option(names = "--runs", defaultValue = "5", description = "Repetitions of each timed figure (default 5).")
    int runs;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
            description = "Only these groups: browser, renderer-memory, start-up, critical-path, communication, ipc, context-switch, isolation, child-jvm.")
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
        Language language;
        try {
            language = Language.choose(lang, System.getenv());
        } catch (IllegalArgumentException badLang) {
            System.err.println("minibrowser compare: " + badLang.getMessage());
            return ExitCode.BAD_ARGUMENTS.code();
        }
        List<Measured> groups = new ArrayList<>();
        if (wanted("browser")) groups.add(progress(language, "browser", () -> BrowserRows.measure(runs)));
        if (wanted("renderer-memory")) groups.add(progress(language, "renderer-memory", RendererMemory::measure));
        if (wanted("start-up")) groups.add(progress(language, "start-up", () -> StartUpRows.measure(runs)));
        if (wanted("critical-path")) groups.add(progress(language, "critical-path", () -> CriticalPath.measure(runs)));
        if (wanted("communication")) groups.add(progress(language, "communication", () -> IpcRows.measure(runs, entryPoints)));
        if (wanted("ipc")) groups.add(progress(language, "ipc", () -> IpcLab.measure(runs)));
        if (wanted("context-switch")) groups.add(progress(language, "context-switch", () -> ContextSwitchRows.measure(runs)));
        if (wanted("isolation")) groups.add(progress(language, "isolation", IsolationRows::measure));
        if (wanted("child-jvm")) {
            groups.add(progress(language, "child-jvm", () -> ChildJvmRows.measure(Math.max(1, runs / 2), entryPoints)));
        }
        (json ? System.out : language.stdout()).println(report(json, language, groups));
        return 0;
    }

    /**
     * What {@code compare} prints: the Markdown table in {@code language}, or the JSON, which
     * is English whatever the language (programs read its field names and values).
     */
    static String report(boolean json, Language language, List<Measured> groups) {
        Language texts = json ? Language.ENGLISH : language;
        List<Row> rows = new ArrayList<>();
        for (Measured group : groups) rows.addAll(group.rows(texts));
        String machine = machine(texts);
        return json ? Table.json(machine, rows) : Table.markdown(texts, machine, rows);
    }

    private boolean wanted(String group) {
        return only == null || only.contains(group);
    }

    /** Measures one group, saying on stderr when it starts and how long it took. */
    private static Measured progress(Language language, String group, Callable<Measured> measure) throws Exception {
        System.err.println(language.pick("compare: measuring " + group + "...", "compare: " + group + " 측정 중..."));
        long start = System.nanoTime();
        Measured measured = measure.call();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.println(String.format(language.pick("compare: %s took %.0f s", "compare: %s 측정 끝 (%.0f초)"),
                group, seconds));
        return measured;
    }

    /** Cores, CPU, memory, OS and JDK of this machine, for the table's first line, in {@code language}. */
    static String machine(Language language) {
        String cpu = language.pick("unknown CPU", "알 수 없는 CPU");
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
        return String.format(language.pick("%d cores (%s), %.1f GB RAM, %s %s, JDK %s",
                        "코어 %d개 (%s), RAM %.1f GB, %s %s, JDK %s"), Runtime.getRuntime().availableProcessors(),
                cpu, memMb / 1024.0, System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"));
    }
}
