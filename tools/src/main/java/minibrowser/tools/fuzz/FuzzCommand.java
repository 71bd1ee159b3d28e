package minibrowser.tools.fuzz;

import java.util.List;
import java.util.concurrent.Callable;
import minibrowser.tools.harness.RunningBrowser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./minibrowser fuzz --docs N [--seed S]}: starts a real browser (headless,
 * per-tab), serves it {@code N} {@link HostileDocuments hostile documents} from a
 * loopback {@link FuzzServer} and prints the {@link FuzzReport}. Exits 0 when the
 * browser survived and no renderer crashed (a renderer ended by a hostile script is
 * allowed: a page's script may kill its own renderer), 1 otherwise.
 */
@Command(name = "minibrowser fuzz", mixinStandardHelpOptions = true,
        description = "Load generated hostile documents into a real browser and report how each ended.")
public final class FuzzCommand implements Callable<Integer> {
    @Option(names = "--docs", defaultValue = "300", description = "How many documents (default 300).")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "The generator's seed (default 1).")
    long seed;

    @Option(names = "--first", defaultValue = "0", description = "The first document's number (default 0).")
    int first;

    @Option(names = "--only", paramLabel = "N", description = "Load only document N (to reproduce one).")
    Integer only;

    @Option(names = "--tabs", defaultValue = "2", description = "Tabs loading at once, each with its renderer (default 2).")
    int tabs;

    @Option(names = "--minutes", paramLabel = "M", description = "Start no document after M minutes (the report says how many loaded).")
    Double minutes;

    @Option(names = "--no-scripts", description = "No hostile-script documents; the numbering of runs before they existed.")
    boolean noScripts;

    @Option(names = "--dump", paramLabel = "N", description = "Write document N to stdout and exit (no browser).")
    Integer dump;

    public static int run(String[] args) {
        return new CommandLine(new FuzzCommand()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        HostileDocuments documents = new HostileDocuments(seed, !noScripts);
        if (dump != null) {
            System.out.write(documents.generate(dump).body());
            System.out.flush();
            return 0;
        }
        int from = only != null ? only : first;
        int count = only != null ? 1 : docs;
        // Short network timeouts: some documents point at a slow server. A page whose renderer is busy
        // for 10 s is unresponsive (its tab says so, and the run moves on); big pages take a second or two.
        try (FuzzServer server = new FuzzServer(documents);
             RunningBrowser browser = RunningBrowser.start("per-tab",
                     List.of("--network-timeout-seconds=3", "--hang-timeout-seconds=10"), "about:blank")) {
            System.err.printf("fuzz: browser pid %d, %d documents from %d, seed %d, %d tabs%n",
                    browser.pid(), count, from, seed, tabs);
            FuzzRun run = new FuzzRun(browser::control, server, documents, browser::isAlive);
            if (minutes != null) run.stopAfterMinutes(minutes);
            FuzzReport report = run.run(seed, from, count, tabs, done -> {
                        if (done % 250 == 0) System.err.printf("fuzz: %d/%d%n", done, count);
                    });
            report.print(System.out);
            return report.browserAlive() && report.crashes().isEmpty() ? 0 : 1;
        }
    }
}
