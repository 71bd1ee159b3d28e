package minibrowser.tools.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import minibrowser.common.NamedThreads;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * {@code ./minibrowser bench terminal}: the terminal browser's figures, measured in
 * a real pseudo-terminal (tmux, 200 x 60) on a long page:
 * <ul>
 *   <li>key-to-screen latency of a scroll: from writing a key into the terminal to the
 *       first bytes of the new frame coming out of it (p50, p95; target p95 under 50 ms);</li>
 *   <li>frames per second while scrolling continuously (keys at 120 a second for 3 s;
 *       target 60);</li>
 *   <li>CPU over 10 idle seconds of the whole browser (every process) with a static
 *       page on screen (target under 1 % of a core), and, for comparison, with
 *       about:home, whose clock plugin redraws every second.</li>
 * </ul>
 *
 * <p>It drives tmux in control mode ({@code tmux -C}): one client process takes
 * {@code send-keys} commands on its stdin and reports everything the browser writes
 * to the terminal as {@code %output} lines, so no process is started per key. Every
 * frame the gpu presents starts with "hide cursor" ({@code ESC [ ? 25 l}), which
 * marks frames in that output.
 */
public final class TerminalBench {
    private static final String FRAME_START = "\\033[?25l"; // as tmux control mode escapes ESC
    private static final int COLUMNS = 200;
    private static final int ROWS = 60;

    /** The pseudo-terminal the browser runs in; its {@code session} is what the keys are sent to. */
    private TmuxTerminal terminal;
    private String session;
    private final BlockingQueue<Long> frames = new LinkedBlockingQueue<>();
    private Process control;
    private OutputStream commands;

    private TerminalBench() {}

    static int run(String[] args) throws Exception {
        TerminalBench bench = new TerminalBench();
        try {
            bench.measure();
            return 0;
        } finally {
            bench.stop();
        }
    }

    private void measure() throws Exception {
        Path page = Files.createTempFile("minibrowser-bench", ".html");
        StringBuilder html = new StringBuilder("<html><head><title>bench</title></head><body><h1>A long page</h1>");
        for (int i = 1; i <= 3000; i++) html.append("<p>line ").append(i).append(" of a long page to scroll</p>");
        Files.writeString(page, html.append("</body></html>"));
        page.toFile().deleteOnExit();

        List<String> command = RunningBrowser.launcherCommand(RunningBrowser.jar());
        command.add(page.toUri().toString());
        terminal = TmuxTerminal.start("minibrowser-bench", COLUMNS, ROWS, command);
        session = terminal.session;
        if (!terminal.shows("line 1 of a long page", 60)) throw new IllegalStateException("the browser did not show the page");
        attachControlClient();
        Thread.sleep(500);

        // 1. Key-to-screen latency of one scroll step.
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            frames.clear();
            long sent = System.nanoTime();
            send("send-keys -t " + session + " " + (i % 2 == 0 ? "j" : "k"));
            Long shown = frames.poll(2, TimeUnit.SECONDS);
            if (shown != null) latencies.add((shown - sent) / 1e6);
            Thread.sleep(60);
        }

        // 2. Frames per second while keys arrive at 120 a second for 3 seconds.
        Thread.sleep(300);
        frames.clear();
        long start = System.nanoTime();
        long period = 1_000_000_000L / 120;
        for (int i = 0; i < 360; i++) {
            send("send-keys -t " + session + " j");
            long next = start + (i + 1) * period;
            while (System.nanoTime() < next) Thread.sleep(1);
        }
        long keysDone = System.nanoTime();
        Thread.sleep(200);
        long framesSeen = frames.stream().filter(t -> t <= keysDone).count();
        double fps = framesSeen / ((keysDone - start) / 1e9);

        // 3. CPU over 10 idle seconds: first with the static page on screen (nothing changes:
        //    the target), then with about:home, whose clock plugin changes every second.
        long browserPid = Long.parseLong(TmuxTerminal.run("display-message", "-p", "-t", session, "#{pane_pid}").trim());
        Thread.sleep(3000);
        double seconds = 10.0;
        double cpuPercent = cpuPercentOver(browserPid, 10_000);
        send("send-keys -t " + session + " t");
        terminal.shows("minibrowser home", 30);
        Thread.sleep(3000);
        double clockCpuPercent = cpuPercentOver(browserPid, 10_000);

        Collections.sort(latencies);
        double p50 = percentile(latencies, 50);
        double p95 = percentile(latencies, 95);
        System.out.printf("terminal %dx%d, page of 3000 lines%n", COLUMNS, ROWS);
        System.out.printf("scroll key -> screen latency: p50 %.1f ms, p95 %.1f ms (%d samples); target p95 < 50 ms: %.2fx of target%n",
                p50, p95, latencies.size(), p95 / 50.0);
        System.out.printf("continuous scroll: %.1f frames/s (%d frames in %.2f s); target 60: %.2fx of target%n",
                fps, framesSeen, (keysDone - start) / 1e9, fps / 60.0);
        System.out.printf("idle CPU over %.1f s (all processes, a static page on screen): %.2f %% of a core; target < 1 %%: %.2fx of target%n",
                seconds, cpuPercent, cpuPercent / 1.0);
        System.out.printf("CPU over %.1f s with about:home on screen (its clock redraws every second, so not idle): %.2f %% of a core%n",
                seconds, clockCpuPercent);
    }

    /** CPU used by the browser and all its children over {@code millis}, in % of one core. */
    private double cpuPercentOver(long browserPid, long millis) throws Exception {
        long before = ticksOfTree(browserPid);
        long start = System.nanoTime();
        Thread.sleep(millis);
        long ticks = ticksOfTree(browserPid) - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        return 100.0 * ticks / 100.0 / seconds;
    }

    /** A tmux control-mode client: reads %output lines on a named thread, noting when each frame starts. */
    private void attachControlClient() throws IOException {
        control = new ProcessBuilder("tmux", "-L", TmuxTerminal.SERVER, "-C", "attach-session", "-t", session, "-f", "ignore-size")
                .redirectErrorStream(true).start();
        commands = control.getOutputStream();
        Thread reader = NamedThreads.single("bench-tmux-output", true).newThread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(control.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("%output") && line.contains(FRAME_START)) frames.add(System.nanoTime());
                }
            } catch (IOException closed) {
                // The client ended.
            }
        });
        reader.start();
    }

    private void send(String command) throws IOException {
        commands.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        commands.flush();
    }

    /** User + system CPU ticks (1/100 s) of a process and all its descendants. */
    private static long ticksOfTree(long pid) {
        long total = ticks(pid);
        for (ProcessHandle child : ProcessHandle.of(pid).map(p -> p.descendants().toList()).orElse(List.of())) {
            total += ticks(child.pid());
        }
        return total;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        if (sorted.isEmpty()) return Double.NaN;
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void stop() throws Exception {
        if (control != null) control.destroy();
        if (terminal != null) terminal.close();
    }
}
