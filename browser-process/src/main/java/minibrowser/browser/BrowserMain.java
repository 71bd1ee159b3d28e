package minibrowser.browser;

import io.grpc.BindableService;
import io.grpc.Server;
import io.grpc.ServerInterceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import minibrowser.browser.children.Callers;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.browser.children.ChildLauncher;
import minibrowser.browser.children.ChildMain;
import minibrowser.browser.children.ChildType;
import minibrowser.browser.children.ChildSandbox;
import minibrowser.browser.children.ChildStarter;
import minibrowser.browser.children.LiveLog;
import minibrowser.browser.children.ProcessLauncher;
import minibrowser.browser.children.ThreadLauncher;
import minibrowser.browser.children.ChildProcessHost;
import minibrowser.browser.children.ProcessHostService;
import minibrowser.browser.net.AboutPages;
import minibrowser.browser.net.Limits;
import minibrowser.browser.net.Network;
import minibrowser.browser.ui.TerminalUi;
import minibrowser.common.ExitCode;
import minibrowser.common.Language;
import minibrowser.common.NamedThreads;
import minibrowser.common.Switches;
import minibrowser.common.ipc.SessionLayout;
import minibrowser.common.ipc.Transport;
import minibrowser.common.trace.Trace;
import picocli.CommandLine;

/**
 * The browser process's entry point: a script of numbered steps.
 */
public final class BrowserMain {
    private BrowserMain() {}

    /**
     * @param args        the command line
     * @param entryPoints the entry point of each child type, run on threads of this JVM in
     *                    the single-process model (and by the gpu fallback); app's
     *                    {@code Main} knows them, this module does not
     * @param parser      reads {@code args}: {@link #commandLine()}, to which app has added
     *                    its tools as subcommands, so that {@code --help} lists them
     */
    public static int run(String[] args, Function<ChildType, ChildMain> entryPoints, CommandLine parser) throws Exception {
        // 1. Read the command line. Help and version need nothing started; neither does a
        // terminal browser without a terminal, which is told so at once.
        BrowserOptions options = parser.getCommand();
        try {
            parser.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            System.err.println("minibrowser: " + e.getMessage());
            return ExitCode.BAD_ARGUMENTS.code();
        }
        if (parser.isUsageHelpRequested()) {
            if (inKorean(options.lang)) {
                parser.getCommandSpec().resourceBundle(new BrowserOptionsInKorean()); // this command's, not its tools'
                parser.usage(Language.KOREAN.stdout());
            } else {
                parser.usage(System.out);
            }
            return ExitCode.NORMAL.code();
        }
        if (parser.isVersionHelpRequested()) {
            parser.printVersionHelp(System.out);
            return ExitCode.NORMAL.code();
        }
        Language language;
        try {
            language = Language.choose(options.lang, System.getenv());
        } catch (IllegalArgumentException badValue) {
            System.err.println("minibrowser: " + badValue.getMessage());
            return ExitCode.BAD_ARGUMENTS.code();
        }
        // The profile is this process's alone; one browser runs on it. When another runs on
        // it already, that one opens the URLs as new tabs and this process is done (no
        // terminal needed), as Chromium's second instance hands its command line over.
        BrowserProfile profile = BrowserProfile.claim(options.userDataDir, options.headless && options.userDataDir == null,
                options.startUrls());
        if (profile.handedOver()) {
            System.out.println("minibrowser: opened in the browser that runs on " + profile.directory().path());
            return ExitCode.NORMAL.code();
        }
        if (!options.headless && !TerminalUi.available()) {
            profile.release();
            System.err.println("minibrowser: no terminal to draw in: run it in a terminal, or with --headless"
                    + " (with --screenshot=FILE or --remote-control=SOCKET)");
            return ExitCode.BAD_ARGUMENTS.code();
        }
        int[] size;
        ProcessModel model;
        try {
            size = options.windowSize();
            model = ProcessModel.parse(options.processModel);
            if (options.rendererProcessLimit != null && options.rendererProcessLimit < 1) {
                throw new IllegalArgumentException("--renderer-process-limit must be at least 1");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("minibrowser: " + e.getMessage());
            profile.release();
            return ExitCode.BAD_ARGUMENTS.code();
        }
        boolean terminal = !options.headless;
        Path traceFile = options.trace == null ? null : options.trace.toAbsolutePath();
        if (traceFile != null && !Files.isDirectory(traceFile.getParent())) {
            System.err.println("minibrowser: --trace: no directory " + traceFile.getParent());
            profile.release();
            return ExitCode.BAD_ARGUMENTS.code();
        }
        // A trace records from here: the children this browser starts record from their first moment.
        if (traceFile != null) Trace.start("browser", 0);

        // 2. A private directory for sockets and shared memory, removed however we exit.
        Path session = SessionDirectory.create();
        Path log = logFile();
        LiveLog liveLog = LiveLog.open(log, session); // every process's lines: the file, and a FIFO `logs` follows
        LogFile.install(liveLog); // the browser's own lines too: the terminal is the page's
        java.util.logging.Logger.getLogger("minibrowser").info("browser started: session " + session + ", log " + log);

        // 3. Serve the child-facing contracts (ProcessHost, RendererHost): only callers with a child's secret.
        Transport transport = new Transport("browser");
        Map<String, ChildProcessHost> children = new ConcurrentHashMap<>();
        // Children are processes (per-tab, per-site) or threads of this JVM (single-process);
        // renderers and the plugin process start in the OS sandbox unless it is off or cannot be had.
        java.util.Optional<String> noSandbox = options.noSandbox ? java.util.Optional.empty()
                : model.inProcess() ? java.util.Optional.of("children are threads of the browser process (single-process)")
                : ChildSandbox.unavailableBecause(transport.hasDomainSockets());
        ChildStarter starter = model.inProcess() ? new ThreadLauncher(entryPoints)
                : new ProcessLauncher(liveLog, new ChildJvmFlags(options.childJvmFlags == null ? null
                        : List.of(options.childJvmFlags.trim().split("\\s+")), ownJar(), options.recordClassLists),
                        !options.noSandbox && noSandbox.isEmpty(), options.rendererCmdPrefix == null ? List.of()
                                : List.of(options.rendererCmdPrefix.trim().split("\\s+")));
        String requested = starter.browserAddress(transport, new SessionLayout(session).sockets(), "browser");
        Network network = new Network(new AboutPages(language), options.networkTimeoutSeconds == null ? Limits.defaults()
                : Limits.withTimeoutSeconds(options.networkTimeoutSeconds));
        ServerInterceptor guard = Callers.guard(children);
        BrowserHolder holder = new BrowserHolder();
        Server childServer = transport.serve(requested, guard, Callers.killTheSender(), List.<BindableService>of(
                new ProcessHostService(transport, session, token -> holder.get().senderOfSink(token)), holder.rendererHost()));
        ChildLauncher launcher = new ChildLauncher(session, Transport.boundAddress(childServer, requested), log,
                List.of(Switches.of(Switches.DEVICE, terminal ? "cells" : "pixels")), children, starter);

        // 4. The browser itself; it starts the gpu process at once (renderers come with tabs).
        // JLine unpacks its native library into jline.tmpdir: inside the session directory it
        // goes when the browser does, even after a SIGKILL (a child removes the directory then).
        System.setProperty("jline.tmpdir", session.toString());
        TerminalUi ui = terminal ? TerminalUi.open() : null;
        DisplayMode display = terminal ? ui.displayMode() : DisplayMode.headless(size[0], size[1]);
        // A spare renderer for the next tab, except for a one-shot screenshot (children start lazily there).
        RendererPolicy policy = new RendererPolicy(model,
                options.rendererProcessLimit != null ? options.rendererProcessLimit : RendererLimit.forThisMachine(),
                !options.noSpareRenderer && options.screenshot == null);
        Browser browser = new Browser(launcher, network, display,
                java.time.Duration.ofSeconds(Math.max(1, options.hangTimeoutSeconds)), policy, transport.ipcStats(), language);
        holder.set(browser);
        TraceSession tracing = new TraceSession(browser::children, model.label());
        // History, bookmarks and the session (not for a one-shot screenshot, which has no use for them).
        if (options.screenshot == null) profile.open(browser, terminal, !options.incognito);
        // Where the sandbox cannot be had, one line says why: on the status line, on stderr, or,
        // for a one-shot screenshot (whose stderr is one line only when it fails), in the log.
        java.util.Optional<String> why = noSandbox.map(reason -> language.pick("no sandbox (renderers and the plugin run without it): ",
                "샌드박스 없음 (렌더러와 플러그인이 샌드박스 없이 돕니다): ") + reason);
        if (why.isPresent() && terminal) browser.showMessage(why.get());
        else if (why.isPresent() && options.screenshot == null) System.err.println("minibrowser: " + why.get());
        else if (why.isPresent()) Files.writeString(log, "minibrowser: " + why.get() + System.lineSeparator(),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        // After repeated gpu crashes the browser composites by itself: the gpu's code on threads here.
        if (!model.inProcess()) {
            browser.fallBackToCompositingInBrowserWith(launcher.withStarter(new ThreadLauncher(entryPoints, true)));
        }
        // The run ends when the user quits (q in the terminal), or when a program says
        // ctl quit (terminal or headless), whichever comes first.
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        Runnable quit = () -> ended.complete(ExitCode.NORMAL.code());
        Thread cleanup = NamedThreads.single("browser-shutdown", false).newThread(() -> {
            if (ui != null) ui.restore();
            // Quit, ctl quit, SIGTERM or the end of a screenshot: --trace's file is written
            // while the children still live to hand their buffers over.
            if (traceFile != null) writeTrace(tracing, traceFile, options.screenshot != null ? log : null);
            tracing.close();
            browser.shutdown();
            profile.closeCleanly();
            liveLog.close(); // its thread must not be waiting in open(2) when the JVM exits
            SessionDirectory.delete(session);
        });
        Runtime.getRuntime().addShutdownHook(cleanup);

        int exit;
        try {
            // The gpu process starts now, and the first tabs' renderers beside it: neither
            // waits for the other (a frame that comes before the gpu is up waits in its
            // shared memory). A run waits for the gpu once its tabs are under way.
            CompletableFuture<Void> started = browser.start();

            // 5. The control API, when asked for.
            Server control = null;
            if (options.remoteControl != null) {
                Path socket = Path.of(options.remoteControl).toAbsolutePath();
                browser.controlSocketIs(socket);
                Files.deleteIfExists(socket);
                control = transport.serve("unix:" + socket, Callers.controlGuard(children), Callers.killTheSender(),
                        List.of(new ControlService(browser, quit, options.processModel, tracing)));
            }

            // 6. Run: one screenshot, the terminal UI, or serve until told to quit.
            if (options.screenshot != null) {
                exit = HeadlessScreenshot.take(browser, started, options.startUrls().get(0), Path.of(options.screenshot));
            } else {
                // --restore-last-session: the saved tabs (and the URLs given, after them);
                // else the URLs given, and, after a crash, the offer to restore.
                if (!profile.restoreLastSession(browser, options.restoreLastSession) || !options.urls.isEmpty()) {
                    for (String url : options.startUrls()) browser.openTab(url).get();
                }
                started.get(60, TimeUnit.SECONDS);
                // The keys are read on a thread of their own, so that a quit from the
                // control API ends a terminal browser too.
                // ./minibrowser tour: its first step over the first tab; Space goes on.
                minibrowser.browser.tour.Tour tour = terminal && options.tour
                        ? minibrowser.browser.tour.Tour.start(browser, session) : null;
                if (terminal) NamedThreads.single("browser-input", true).newThread(() -> {
                    try {
                        ended.complete(ui.run(browser, tour));
                    } catch (RuntimeException failed) {
                        ended.completeExceptionally(failed);
                    }
                }).start();
                exit = ended.get();
            }
            if (control != null) control.shutdownNow();
        } catch (Exception e) {
            System.err.println("minibrowser: " + Browser.rootMessage(e));
            exit = 1;
        }

        // 7. Shut down in order: children first, then our own threads and files.
        childServer.shutdownNow();
        Runtime.getRuntime().removeShutdownHook(cleanup);
        cleanup.run();
        transport.close();
        return exit;
    }

    /**
     * Collects and writes the recording that runs (a {@code ctl trace stop} may have ended
     * it already); one line says where it went: on stderr, or in the log of a screenshot run.
     */
    private static void writeTrace(TraceSession tracing, Path file, Path log) {
        String line;
        try {
            line = tracing.recording()
                    ? "trace written: " + describe(tracing.stopAndWrite(file).get(TraceSession.COLLECT_SECONDS + 10, TimeUnit.SECONDS))
                    : "no trace written to " + file + ": the recording was stopped before the end";
        } catch (Exception failed) {
            line = "trace not written to " + file + ": " + Browser.rootMessage(failed);
        }
        if (log == null) {
            System.err.println("minibrowser: " + line);
            return;
        }
        try {
            Files.writeString(log, "minibrowser: " + line + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the log is gone with its directory: nothing else to say it in
        }
    }

    /** "/tmp/t.json (12034 events of 4 processes, 0 dropped)". */
    static String describe(minibrowser.browser.trace.TraceFile.Summary written) {
        return written.path() + " (" + written.events() + " events of " + written.processes() + " processes, "
                + written.dropped() + " dropped)";
    }

    /**
     * Whether the browser's own words are Korean: {@code --lang} (its value, or null when
     * not given), else the locale. A bad value reads as English here; the run refuses it.
     */
    public static boolean inKorean(String lang) {
        try {
            return Language.choose(lang, System.getenv()) == Language.KOREAN;
        } catch (IllegalArgumentException badValue) {
            return false;
        }
    }

    /** The browser's command line (options, help, version), for app to add its tools to as subcommands. */
    public static CommandLine commandLine() {
        return new CommandLine(new BrowserOptions());
    }

    /** The jar this browser runs from (children run from it too), or null when run from classes. */
    private static Path ownJar() {
        String classPath = System.getProperty("java.class.path");
        return classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)
                ? Path.of(classPath).toAbsolutePath() : null;
    }

    /** Where the browser and its children write their logs (a terminal UI has no room for them). */
    private static Path logFile() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "minibrowser-logs");
        Files.createDirectories(dir);
        return dir.resolve("browser-" + ProcessHandle.current().pid() + ".log");
    }

    /** Lets the RendererHost service exist before the Browser it calls (the server starts first). */
    private static final class BrowserHolder {
        private volatile Browser browser;
        private final CountDownLatch set = new CountDownLatch(1);

        void set(Browser value) {
            browser = value;
            set.countDown();
        }

        RendererHostService rendererHost() {
            return new RendererHostService(this::get);
        }

        Browser get() {
            try {
                set.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return browser;
        }
    }
}
