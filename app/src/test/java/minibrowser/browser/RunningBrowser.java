package minibrowser.browser;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListProcessesRequest;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;

/**
 * A real browser process for integration tests: {@code java -jar minibrowser.jar
 * --headless --remote-control=SOCKET URL...}, driven through its control socket.
 * {@link #close()} kills it and every process it started.
 *
 * <p>Every IT runs under each process model: failsafe runs the suite once per model
 * with {@code -Dminibrowser.processModel=per-tab|per-site|single-process}
 * ({@link #processModel()}), and {@link #browserCommand} passes it on.
 */
final class RunningBrowser implements AutoCloseable {
    final Process process;
    final Path socket;
    private final Transport transport = new Transport("test");
    private final ManagedChannel channel;
    final ControlGrpc.ControlBlockingStub control;
    /** How many tabs the browser was started with (one per URL, or about:home). */
    private int startTabs;

    private RunningBrowser(Process process, Path socket) {
        this.process = process;
        this.socket = socket;
        this.channel = transport.connect("unix:" + socket, "");
        this.control = ControlGrpc.newBlockingStub(channel);
    }

    static Path jar() {
        return Path.of(System.getProperty("minibrowser.jar", "target/minibrowser.jar")).toAbsolutePath();
    }

    /** The process model this run of the ITs is for (per-tab when not set). */
    static String processModel() {
        return System.getProperty("minibrowser.processModel", "per-tab");
    }

    /** True when children are threads of the browser (single-process): their "pid" is the browser's. */
    static boolean childrenInProcess() {
        return processModel().equals("single-process");
    }

    /** The command line of a browser under this run's process model. */
    static List<String> browserCommand(String... args) {
        List<String> command = javaCommand(args);
        command.add(command.indexOf(jar().toString()) + 1, "--process-model=" + processModel());
        return command;
    }

    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts a headless browser serving the control API; waits until the socket answers. */
    /** @param urls the start URLs, optionally after command-line options ({@code --hang-timeout-seconds=3}) */
    static RunningBrowser start(Path workDir, String... urls) throws Exception {
        Path socket = workDir.resolve("control.sock");
        List<String> args = new ArrayList<>(List.of("--headless", "--remote-control=" + socket));
        args.addAll(List.of(urls));
        return launch(workDir, socket, browserCommand(args.toArray(new String[0])),
                (int) java.util.Arrays.stream(urls).filter(u -> !u.startsWith("--")).count());
    }

    /**
     * Runs {@code command}, a browser that serves the control API on {@code socket}, and
     * waits until the socket answers; {@code startUrls} is how many URLs it was given.
     */
    static RunningBrowser launch(Path workDir, Path socket, List<String> command, int startUrls) throws Exception {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(workDir.resolve("browser.out").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(socket)) {
            if (!process.isAlive()) throw new IllegalStateException("browser exited: " + Files.readString(workDir.resolve("browser.out")));
            if (System.currentTimeMillis() > deadline) throw new IllegalStateException("no control socket");
            Thread.sleep(50);
        }
        RunningBrowser browser = new RunningBrowser(process, socket);
        browser.startTabs = Math.max(1, startUrls);
        return browser;
    }

    ControlGrpc.ControlBlockingStub control() {
        return control.withDeadlineAfter(90, TimeUnit.SECONDS);
    }

    List<TabInfo> tabs() {
        return control().listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
    }

    TabInfo waitForLoad(int tab) {
        return control().waitForLoad(TabRequest.newBuilder().setTab(tab).build());
    }

    /**
     * Waits until every start URL has its tab (the control socket answers before the
     * browser has opened them all) and every open tab finished loading.
     */
    void waitForAllTabs() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (tabs().size() < startTabs && System.currentTimeMillis() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
        }
        for (TabInfo tab : tabs()) waitForLoad(tab.getId());
    }

    List<ProcessInfo> processes() {
        return control().listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessesList();
    }

    /** The renderers that draw at least one tab (not the spare renderer started ahead of need). */
    List<ProcessInfo> renderersWithTabs() {
        return processes("renderer").stream().filter(p -> p.getTabsCount() > 0).collect(Collectors.toList());
    }

    List<ProcessInfo> processes(String type) {
        return processes().stream().filter(p -> p.getType().equals(type)).collect(Collectors.toList());
    }

    /** Polls {@code condition} for up to {@code seconds}; the answer of the last poll. */
    static boolean eventually(int seconds, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    /** Sends a real signal with kill(1). */
    static void kill(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
    }

    /** Whether {@code pid} is still running (a zombie has exited). */
    static boolean isRunning(long pid) {
        return minibrowser.tools.chaos.ChildProcesses.isRunning(pid);
    }

    /**
     * The pids below {@code pid} (children, their children...), as the kernel reports them.
     * A sandboxed child is not a direct child of the browser: the browser starts bwrap,
     * whose PID namespace's init starts the JVM (as Chromium's renderers are children of
     * its zygote). So the tests ask for descendants.
     */
    static List<Long> descendantsOf(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                .map(ProcessHandle::pid).collect(Collectors.toList());
    }

    @Override
    public void close() throws Exception {
        List<ProcessHandle> descendants = process.descendants().collect(Collectors.toList());
        List<Path> sessions = Screenshots.sessionDirectories(process.pid());
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        // The children notice by themselves (end-of-file on stdin) and remove the session directory;
        // only what is still running after that is killed here.
        eventually(3, () -> descendants.stream().noneMatch(p -> isRunning(p.pid())));
        descendants.forEach(ProcessHandle::destroyForcibly);
        sessions.forEach(minibrowser.common.ipc.ChildEndpoint::deleteQuietly);
        channel.shutdownNow();
        transport.close();
    }
}
