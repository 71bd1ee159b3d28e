package minibrowser.tools.compare;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * A real browser, started as {@code ./minibrowser} starts it ({@link Compare#BROWSER_JVM_FLAGS},
 * this jar) with {@code --headless --remote-control}, driven through its control
 * socket. {@link #close()} kills it and everything it started; {@link #quit()} asks it
 * to shut down as a user would. Used by {@code compare}, {@code chaos} and {@code fuzz}.
 */
public final class BrowserUnderTest implements AutoCloseable {
    private final Process process;
    private final Path dir;
    private final Transport transport = new Transport("compare-ctl");
    private final ManagedChannel channel;
    private final ControlGrpc.ControlBlockingStub control;

    private BrowserUnderTest(Process process, Path dir, Path socket) {
        this.process = process;
        this.dir = dir;
        this.channel = transport.connect("unix:" + socket, "");
        this.control = ControlGrpc.newBlockingStub(channel);
    }

    /** Starts a browser under {@code model} with {@code extra} flags, and waits for its control socket. */
    public static BrowserUnderTest start(String model, List<String> extra, String... urls) throws Exception {
        return start(Compare.ownJar(), model, extra, urls);
    }

    /** As {@link #start(String, List, String...)}, for the browser in {@code jar}. */
    public static BrowserUnderTest start(Path jar, String model, List<String> extra, String... urls) throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-compare-");
        Path socket = dir.resolve("control.sock");
        List<String> command = Compare.javaCommand(Compare.BROWSER_JVM_FLAGS, jar);
        command.addAll(List.of("--headless", "--remote-control=" + socket, "--process-model=" + model));
        command.addAll(extra);
        command.addAll(List.of(urls));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("browser.out").toFile()).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("the browser did not start: " + Files.readString(dir.resolve("browser.out")));
            }
            Thread.sleep(20);
        }
        return new BrowserUnderTest(process, dir, socket);
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

    public List<TabInfo> tabs() {
        return control(30).listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
    }

    public TabInfo open(String url) {
        return control(30).openTab(OpenTabRequest.newBuilder().setUrl(url).build());
    }

    public TabInfo waitForLoad(int tab, int seconds) {
        return control(seconds).waitForLoad(TabRequest.newBuilder().setTab(tab).build());
    }

    public void navigate(int tab, String url) {
        control(30).navigate(NavigateRequest.newBuilder().setTab(tab).setUrl(url).build());
    }

    public void reload(int tab) {
        control(30).reload(ReloadRequest.newBuilder().setTab(tab).build());
    }

    public List<ProcessInfo> processes() {
        return control(30).listProcesses(ListProcessesRequest.getDefaultInstance()).getProcessesList();
    }

    public void waitForAllTabs() {
        for (TabInfo tab : tabs()) waitForLoad(tab.getId(), 90);
    }

    /** Waits until a spare renderer is started and ready (up to 30 s); false when there is none. */
    boolean waitForSpare() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (processes().stream().anyMatch(p -> p.getRole().equals("spare"))) return true;
            Thread.sleep(20);
        }
        return false;
    }

    /**
     * PSS of the browser and every process it started, in kB, from
     * {@code /proc/PID/smaps_rollup}. PSS divides each shared page among the processes
     * that map it, so the sum counts every page once (adding RSS would not).
     */
    long totalPssKb() {
        long total = Pss.kb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) total += Pss.kb(child.pid());
        return total;
    }

    /** The socket the control API is served on. */
    public Path controlSocket() {
        return dir.resolve("control.sock");
    }

    /** The file the browser's stdout and stderr go to. */
    public Path output() {
        return dir.resolve("browser.out");
    }

    /** The browser's process, for its descendants and its exit. */
    public ProcessHandle handle() {
        return process.toHandle();
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

    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> descendants = new ArrayList<>(process.descendants().toList());
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        descendants.forEach(ProcessHandle::destroyForcibly);
        channel.shutdownNow();
        transport.close();
        minibrowser.common.ipc.ChildEndpoint.deleteQuietly(dir);
    }
}
