package minibrowser.tools.harness;

import io.grpc.ManagedChannel;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import minibrowser.browser.children.ChildJvmFlags;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.QuitRequest;
import minibrowser.proto.ReloadRequest;
import minibrowser.proto.ScreenshotRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;

/**
 * A real browser process, started from the jar with {@code --headless
 * --remote-control=SOCKET} and driven through its control socket, as another program
 * would drive it: the one harness of the tools ({@code compare}, {@code chaos},
 * {@code fuzz}) and of the integration tests. {@link #close()} kills it and every
 * process it started; {@link #quit(int)} asks it to shut down as a user would.
 *
 * <p>The integration tests run once per process model: failsafe sets
 * {@code -Dminibrowser.processModel=per-tab|per-site|single-process}
 * ({@link #processModel()}) and {@code -Dminibrowser.jar} ({@link #jar()}).
 */
public final class RunningBrowser implements AutoCloseable {
    /** The browser's process. */
    public final Process process;
    /** The socket its control API is served on. */
    public final Path socket;
    /** Its control API, without a deadline ({@link #control()} and {@link #control(int)} give one). */
    public final ControlGrpc.ControlBlockingStub control;
    private final Path workDir;
    /** A directory this harness made for the run and removes at {@link #close()}, or null. */
    private final Path ownDir;
    private final Transport transport = new Transport("harness");
    private final ManagedChannel channel;
    /** How many tabs the browser was started with (one per URL, or about:home). */
    private final int startTabs;

    private RunningBrowser(Process process, Path workDir, Path socket, Path ownDir, int startTabs) {
        this.process = process;
        this.workDir = workDir;
        this.socket = socket;
        this.ownDir = ownDir;
        this.startTabs = startTabs;
        this.channel = transport.connect("unix:" + socket, "");
        this.control = ControlGrpc.newBlockingStub(channel);
    }

    // ---- Starting one ----

    /** The jar under test: {@code -Dminibrowser.jar}, else the jar this program runs from. */
    public static Path jar() {
        String configured = System.getProperty("minibrowser.jar");
        if (configured != null) return Path.of(configured).toAbsolutePath();
        return Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]).toAbsolutePath();
    }

    /** The process model of this test run ({@code -Dminibrowser.processModel}, per-tab when not set). */
    public static String processModel() {
        return System.getProperty("minibrowser.processModel", "per-tab");
    }

    /** True when children are threads of the browser (single-process): their "pid" is the browser's. */
    public static boolean childrenInProcess() {
        return processModel().equals("single-process");
    }

    /** {@code java -jar minibrowser.jar ARGS}, with the JVM's defaults. */
    public static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** As {@link #javaCommand}, under this run's process model. */
    public static List<String> browserCommand(String... args) {
        List<String> command = javaCommand(args);
        command.add(command.indexOf(jar().toString()) + 1, "--process-model=" + processModel());
        return command;
    }

    /**
     * "java [flags] [class-data archive] -jar JAR", the JVM as {@code ./minibrowser} starts
     * the browser: for figures that should be what a user gets.
     */
    public static List<String> launcherCommand(Path jar) {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(ChildJvmFlags.BROWSER);
        command.addAll(new ChildJvmFlags(null, jar).archiveFlags());
        command.add("-jar");
        command.add(String.valueOf(jar));
        return command;
    }

    /**
     * A test's browser: headless, serving the control API in {@code workDir}, under this
     * run's process model.
     *
     * @param urls the start URLs, optionally after command-line options ({@code --hang-timeout-seconds=3})
     */
    public static RunningBrowser start(Path workDir, String... urls) throws Exception {
        Path socket = workDir.resolve("control.sock");
        List<String> args = new ArrayList<>(List.of("--headless", "--remote-control=" + socket));
        args.addAll(List.of(urls));
        return launch(workDir, socket, browserCommand(args.toArray(new String[0])),
                (int) java.util.Arrays.stream(urls).filter(u -> !u.startsWith("--")).count());
    }

    /** A tool's browser from this run's jar ({@link #jar()}); see {@link #start(Path, String, List, String...)}. */
    public static RunningBrowser start(String model, List<String> extra, String... urls) throws Exception {
        return start(jar(), model, extra, urls);
    }

    /**
     * A tool's browser: the {@code jar} as a user starts it ({@link #launcherCommand}),
     * headless under {@code model}, with {@code extra} flags, in a directory of its own.
     */
    public static RunningBrowser start(Path jar, String model, List<String> extra, String... urls) throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-harness-");
        Path socket = dir.resolve("control.sock");
        List<String> command = launcherCommand(jar);
        command.addAll(List.of("--headless", "--remote-control=" + socket, "--process-model=" + model));
        command.addAll(extra);
        command.addAll(List.of(urls));
        try {
            return launch(dir, socket, command, urls.length, dir);
        } catch (Exception failed) {
            ChildEndpoint.deleteQuietly(dir);
            throw failed;
        }
    }

    /**
     * Runs {@code command}, a browser that serves the control API on {@code socket}, and
     * waits until the socket answers; {@code startUrls} is how many URLs it was given. Its
     * output goes to {@code workDir/browser.out}.
     */
    public static RunningBrowser launch(Path workDir, Path socket, List<String> command, int startUrls) throws Exception {
        return launch(workDir, socket, command, startUrls, null);
    }

    private static RunningBrowser launch(Path workDir, Path socket, List<String> command, int startUrls, Path ownDir)
            throws Exception {
        Path out = workDir.resolve("browser.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the browser did not start: " + Files.readString(out));
            }
            Thread.sleep(20);
        }
        RunningBrowser browser = new RunningBrowser(process, workDir, socket, ownDir, Math.max(1, startUrls));
        // The socket file exists from bind(), a moment before the browser listens on it: a first
        // call then is refused. Wait until the control API answers (or the browser is gone).
        try {
            browser.control(60).withWaitForReady().listTabs(ListTabsRequest.getDefaultInstance());
        } catch (io.grpc.StatusRuntimeException e) {
            boolean started = process.isAlive();
            browser.close(); // no process left behind
            if (started) throw e;
            throw new IllegalStateException("the browser did not start: " + Files.readString(out), e);
        }
        return browser;
    }

    // ---- Driving it ----

    /** The control API with a generous deadline (90 s: a slow CI machine loads three models' pages). */
    public ControlGrpc.ControlBlockingStub control() {
        return control(90);
    }

    public ControlGrpc.ControlBlockingStub control(int seconds) {
        return control.withDeadlineAfter(seconds, TimeUnit.SECONDS);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The browser's process, for its descendants and its exit. */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The file the browser's stdout and stderr go to. */
    public Path output() {
        return workDir.resolve("browser.out");
    }

    /** The socket the control API is served on. */
    public Path controlSocket() {
        return socket;
    }

    public List<TabInfo> tabs() {
        return control(30).listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
    }

    public TabInfo open(String url) {
        return control(30).openTab(OpenTabRequest.newBuilder().setUrl(url).build());
    }

    public void navigate(int tab, String url) {
        control(30).navigate(NavigateRequest.newBuilder().setTab(tab).setUrl(url).build());
    }

    public void reload(int tab) {
        control(30).reload(ReloadRequest.newBuilder().setTab(tab).build());
    }

    public TabInfo waitForLoad(int tab) {
        return waitForLoad(tab, 90);
    }

    public TabInfo waitForLoad(int tab, int seconds) {
        return control(seconds).waitForLoad(TabRequest.newBuilder().setTab(tab).build());
    }

    /**
     * Waits until every start URL has its tab (the control socket answers before the
     * browser has opened them all) and every open tab finished loading.
     */
    public void waitForAllTabs() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (tabs().size() < startTabs && System.currentTimeMillis() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        for (TabInfo tab : tabs()) waitForLoad(tab.getId());
    }

    public List<ProcessInfo> processes() {
        return control(30).listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessesList();
    }

    public List<ProcessInfo> processes(String type) {
        return processes().stream().filter(p -> p.getType().equals(type)).collect(Collectors.toList());
    }

    /** The renderers that draw at least one tab (not the spare renderer started ahead of need). */
    public List<ProcessInfo> renderersWithTabs() {
        return processes("renderer").stream().filter(p -> p.getTabsCount() > 0).collect(Collectors.toList());
    }

    /** Waits until a spare renderer is started and ready (up to 30 s); false when there is none. */
    public boolean waitForSpare() throws InterruptedException {
        return eventually(30, () -> processes().stream().anyMatch(p -> p.getRole().equals("spare")));
    }

    /** Writes a PNG of tab {@code tab} to {@code png} (the gpu process draws it). */
    public void screenshot(int tab, Path png, int seconds) {
        control(seconds).screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(png.toString()).build());
    }

    /** Asks the browser to quit (ctl quit) and waits up to {@code seconds} for it to exit; true when it did. */
    public boolean quit(int seconds) throws InterruptedException {
        control(10).quit(QuitRequest.getDefaultInstance());
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** The exit code, once the browser has exited. */
    public int exitValue() {
        return process.exitValue();
    }

    // ---- Watching processes from outside ----

    /** Polls {@code condition} for up to {@code seconds}; the answer of the last poll. */
    public static boolean eventually(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(20);
        }
        return condition.getAsBoolean();
    }

    /** Sends a real signal with kill(1). */
    public static void kill(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    /** Whether {@code pid} is still running (a zombie has exited). */
    public static boolean isRunning(long pid) {
        return minibrowser.tools.chaos.ChildProcesses.isRunning(pid);
    }

    /**
     * The pids below {@code pid} (children, their children...), as the kernel reports them.
     * A sandboxed child is not a direct child of the browser: the browser starts bwrap,
     * whose PID namespace's init starts the JVM (as Chromium's renderers are children of
     * its zygote). So the tools and tests ask for descendants.
     */
    public static List<Long> descendantsOf(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid).collect(Collectors.toList());
    }

    /** The session directories (sockets, shared memory) of the browser with this pid. */
    public static List<Path> sessionDirectories(long browserPid) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (!Files.isDirectory(shm)) return List.of();
        try (Stream<Path> entries = Files.list(shm)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("minibrowser-" + browserPid + "-"))
                    .collect(Collectors.toList());
        }
    }

    /**
     * Kills the browser. Its children notice by themselves (end of file on the pipe from
     * their parent) and remove the session directory; only what still runs after that is
     * killed here, and what is still there removed.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
        List<Path> sessions = sessionDirectories(process.pid());
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        eventually(3, () -> descendants.stream().noneMatch(p -> isRunning(p.pid())));
        descendants.forEach(ProcessHandle::destroyForcibly);
        sessions.forEach(ChildEndpoint::deleteQuietly);
        channel.shutdownNow();
        transport.close();
        if (ownDir != null) ChildEndpoint.deleteQuietly(ownDir);
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
