package minibrowser.tools.harness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal driven as a person drives one: a detached tmux session running
 * one command. Keys go in with {@code send-keys}, the screen comes out as text with
 * {@code capture-pane}. {@link #close()} ends the session and every process the
 * command started. The tests and the terminal benchmark use it.
 */
public final class TmuxTerminal implements AutoCloseable {
    /** The tmux session's name (for commands of one's own: {@link #run}). */
    public final String session;

    /** The command's XDG_DATA_HOME: a fresh directory, so each terminal browser gets a profile of its own. */
    private final Path dataHome;

    private TmuxTerminal(String session, Path dataHome) {
        this.session = session;
        this.dataHome = dataHome;
    }

    /** The command's XDG_DATA_HOME (a terminal browser's default profile lies in {@code minibrowser/} there). */
    public Path dataHome() {
        return dataHome;
    }

    /** Whether tmux is installed. */
    public static boolean available() {
        try {
            return !run("-V").isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Starts {@code command} in a new session of {@code columns} x {@code rows}. Its
     * {@code XDG_DATA_HOME} is a fresh directory (removed by {@link #close}), so a terminal
     * browser started without {@code --user-data-dir} gets a profile of its own: never the
     * user's, never one a browser of the test before still holds.
     */
    public static TmuxTerminal start(String name, int columns, int rows, List<String> command) throws Exception {
        String session = name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 100000;
        Path dataHome = Files.createTempDirectory("minibrowser-terminal-data-");
        // remain-on-exit: if the command dies, its last screen stays for the failure message,
        // with tmux's "Pane is dead (status N)" line under it.
        // A server whose last session was just killed (the test before) exits by itself, and a
        // session made while it does so goes with it: make the session again until it holds.
        for (int attempt = 0; attempt < 5; attempt++) {
            run("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                    "-e", "XDG_DATA_HOME=" + dataHome, String.join(" ", command), ";", "set-option", "-w", "-t", session, "remain-on-exit", "on");
            Thread.sleep(200);
            if (run("has-session", "-t", session).isBlank() && !run("list-sessions").isBlank()) break;
        }
        return new TmuxTerminal(session, dataHome);
    }

    /**
     * As {@link #start}, then waits up to 60 s until the screen shows {@code text} (a page's
     * first words, say); if it never does, the session is closed and the error carries the screen.
     */
    public static TmuxTerminal startShowing(String name, int columns, int rows, List<String> command, String text)
            throws Exception {
        TmuxTerminal terminal = start(name, columns, rows, command);
        if (!terminal.shows(text, 60)) {
            String screen = terminal.screen();
            terminal.close();
            throw new AssertionError("never showed \"" + text + "\":\n" + screen);
        }
        return terminal;
    }

    /**
     * A tmux server of this test JVM's own ({@code tmux -L}), so nothing else using tmux on
     * the machine (a person, another test run, a kill-server) meets our sessions.
     */
    public static final String SERVER = "minibrowser-harness-" + ProcessHandle.current().pid();

    /** Runs one tmux command on that server; what it printed. */
    public static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", SERVER));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    /** The screen as text, one line per row. */
    public String screen() {
        try {
            return run("capture-pane", "-p", "-t", session);
        } catch (Exception e) {
            return "";
        }
    }

    /** The screen with its colours, as SGR escapes (for checking highlights). */
    public String screenWithColours() {
        try {
            return run("capture-pane", "-p", "-e", "-t", session);
        } catch (Exception e) {
            return "";
        }
    }

    /** Named keys as tmux knows them: "Tab", "Enter", "BTab", "M-Left", "C-NPage"... */
    public void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(new String[0]));
    }

    /** Text typed as it is. */
    public void type(String text) throws Exception {
        run("send-keys", "-t", session, "-l", text);
    }

    /** A left click at a 0-based cell, as an SGR mouse report (what xterm sends with mode 1006). */
    public void click(int column, int row) throws Exception {
        type("\033[<0;" + (column + 1) + ";" + (row + 1) + "M");
        type("\033[<0;" + (column + 1) + ";" + (row + 1) + "m");
    }

    /** One notch of the mouse wheel down (true) or up. */
    public void wheel(boolean down, int column, int row) throws Exception {
        type("\033[<" + (down ? 65 : 64) + ";" + (column + 1) + ";" + (row + 1) + "M");
    }

    public void resize(int columns, int rows) throws Exception {
        run("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    public boolean shows(String text, int seconds) throws InterruptedException {
        return RunningBrowser.eventually(seconds, () -> screen().contains(text));
    }

    /** Whether the command still runs (its pane is not dead). */
    public boolean alive() {
        try {
            return run("display-message", "-p", "-t", session, "#{pane_dead}").trim().equals("0");
        } catch (Exception e) {
            return false;
        }
    }

    /** The line of the screen that contains {@code text}, or "". */
    public String lineWith(String text) {
        return screen().lines().filter(l -> l.contains(text)).findFirst().orElse("");
    }

    @Override
    public void close() throws Exception {
        String pid = run("display-message", "-p", "-t", session, "#{pane_pid}").trim();
        List<ProcessHandle> processes = new ArrayList<>();
        if (pid.matches("\\d+")) {
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> {
                p.descendants().forEach(processes::add);
                processes.add(p);
            });
        }
        run("kill-session", "-t", session);
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillGoing) {
                // reaped later; its profile directory goes below all the same
            }
        }
        minibrowser.common.ipc.ChildEndpoint.deleteQuietly(dataHome);
    }
}
