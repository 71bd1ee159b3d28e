package minibrowser.tools.chaos;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import minibrowser.browser.Browser;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.compare.Compare;
import minibrowser.common.ExitCode;
import minibrowser.proto.TabInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./minibrowser chaos --seconds N --tabs T --seed S}: starts a real browser,
 * opens T tabs on pages of its own, injects seeded random faults for N seconds (one
 * log line each, with how long recovery took), then checks the invariants and prints
 * a summary. Exits 0 only when every invariant holds.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Kill, stop and resume random children, open debug pages, navigate and reload random tabs;"
                + " then check the browser survived it all and leaked nothing.")
public final class Chaos implements Callable<Integer> {
    /** Short, so that hang debug pages are seen unresponsive (and stopped renderers sometimes are) within seconds. */
    static final int HANG_TIMEOUT_SECONDS = 2;

    @Option(names = "--seconds", defaultValue = "60", description = "How long to inject faults (default 60).")
    int seconds;

    @Option(names = "--tabs", defaultValue = "5", description = "Tabs to open (default 5).")
    int tabs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random plan (default 1).")
    long seed;

    @Option(names = "--process-model", defaultValue = "per-tab", paramLabel = "MODEL",
            description = "per-tab (default) or per-site; in single-process a child's death is the browser's.")
    String processModel;

    public static int run(String[] args) {
        return new CommandLine(new Chaos()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (!processModel.equals("per-tab") && !processModel.equals("per-site")) {
            System.err.println("chaos: --process-model must be per-tab or per-site: in single-process a kill -9"
                    + " of a child is a kill -9 of the browser");
            return ExitCode.BAD_ARGUMENTS.code();
        }
        if (seconds < 1 || tabs < 1) {
            System.err.println("chaos: --seconds and --tabs must be at least 1");
            return ExitCode.BAD_ARGUMENTS.code();
        }
        ChaosReport report = run(RunningBrowser.jar(), processModel, seconds, tabs, seed, System.out);
        return report.invariantsHold() ? 0 : 1;
    }

    /**
     * A whole chaos run against the browser in {@code jar}; every line it prints goes to {@code out}.
     * A test calls this directly.
     */
    public static ChaosReport run(Path jar, String model, int seconds, int tabCount, long seed, PrintStream out)
            throws Exception {
        String settings = String.format("--seconds %d --tabs %d --seed %d, %s", seconds, tabCount, seed, model);
        Path work = Files.createTempDirectory("minibrowser-chaos-");
        // 1. Serve the pages the tabs browse, on loopback.
        try (ChaosPages pages = new ChaosPages()) {
            String[] urls = new String[tabCount];
            for (int i = 0; i < tabCount; i++) urls[i] = pages.startPage(i + 1);

            // 2. Start a real browser, headless, with its control socket; wait until every tab is ready.
            try (RunningBrowser browser = RunningBrowser.start(jar, model,
                    List.of("--hang-timeout-seconds=" + HANG_TIMEOUT_SECONDS), urls);
                 StopOnExit stop = new StopOnExit(browser, work)) {
                try {
                    Recovery.waitFor("all tabs open", 60, () -> browser.tabs().size() == tabCount);
                    browser.waitForAllTabs();
                } catch (RuntimeException stuck) {
                    ChaosReport report = new ChaosReport(settings, 0, List.of(), List.of(new Invariant(
                            "the first pages load", false, Browser.rootMessage(stuck))));
                    out.print(report.summary());
                    printTail(browser.output(), out);
                    return report;
                }
                out.printf("chaos: %s; browser pid %d; faults for %d s%n", settings, browser.pid(), seconds);

                // 3. Fault after fault until the time is up: draw it, inject it, recover, time it.
                ChaosPlan plan = new ChaosPlan(seed, pages);
                Recovery recovery = new Recovery(browser, work);
                FaultInjector injector = new FaultInjector(browser, pages, plan.random(), recovery);
                ResourceSamples samples = new ResourceSamples(browser.pid());
                List<FaultOutcome> outcomes = new ArrayList<>();
                Set<Long> children = new HashSet<>();
                long start = System.nanoTime();
                while (System.nanoTime() - start < seconds * 1_000_000_000L && browser.isAlive()) {
                    List<TabInfo> tabs;
                    try {
                        tabs = browser.tabs();
                    } catch (RuntimeException noAnswer) {
                        out.println("chaos: the browser does not answer: " + noAnswer.getMessage());
                        break;
                    }
                    children.addAll(ChildProcesses.all(browser.handle()));
                    Fault fault = plan.next(tabs, ChildProcesses.first(browser.handle(), "gpu"),
                            ChildProcesses.first(browser.handle(), "plugin"));
                    FaultOutcome outcome = injector.inject(fault, (System.nanoTime() - start) / 1e9);
                    out.println(outcome.logLine());
                    samples.take();
                    outcomes.add(outcome);
                }
                double ran = (System.nanoTime() - start) / 1e9;
                if (!browser.isAlive()) out.println("chaos: THE BROWSER DIED, exit code " + browser.exitValue());

                // 4. The invariants: while it runs, then after telling it to quit.
                List<Invariant> invariants = new ArrayList<>(Invariants.whileRunning(browser, outcomes, samples,
                        recovery, pages, plan.random()));
                if (browser.isAlive()) invariants.addAll(Invariants.afterQuit(browser, children));

                // 5. The report.
                ChaosReport report = new ChaosReport(settings, ran, outcomes, invariants);
                out.print(report.summary());
                if (!report.invariantsHold()) printTail(browser.output(), out);
                return report;
            }
        } finally {
            minibrowser.common.ipc.ChildEndpoint.deleteQuietly(work);
        }
    }

    /**
     * While a run lasts, a shutdown hook ({@code chaos-shutdown}) kills the browser it
     * started and removes its files, should this command be ended (SIGTERM) before the end:
     * otherwise the headless browser, not told its parent is gone, would run on.
     */
    private static final class StopOnExit implements AutoCloseable {
        private final Thread hook;

        StopOnExit(RunningBrowser browser, Path work) {
            hook = minibrowser.common.NamedThreads.single("chaos-shutdown", false).newThread(() -> {
                try {
                    browser.close();
                } catch (Exception alreadyGone) {
                    // Nothing left to stop.
                }
                minibrowser.common.ipc.ChildEndpoint.deleteQuietly(work);
            });
            Runtime.getRuntime().addShutdownHook(hook);
        }

        @Override
        public void close() {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs now.
            }
        }
    }

    /** The last lines the browser printed, to see why an invariant failed. */
    private static void printTail(Path output, PrintStream out) {
        try {
            List<String> lines = Files.readAllLines(output);
            out.println("chaos: the browser's last output:");
            lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(l -> out.println("  | " + l));
        } catch (java.io.IOException | RuntimeException unreadable) {
            // Nothing to show.
        }
    }
}
