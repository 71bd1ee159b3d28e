package minibrowser.browser.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.Browser;
import minibrowser.browser.ProcessTable;
import minibrowser.common.NamedThreads;

/**
 * The task manager (Shift-Esc or {@code T}): one row per process with its type,
 * tabs, PID, memory (RSS and PSS), CPU %, threads, uptime and restarts, refreshed
 * every second; Enter lists the selected process's threads by name; {@code k} or
 * Del ends it (SIGKILL) after a y/n question. It is drawn as an overlay by the gpu.
 *
 * <p>Two threads use it: the key loop ({@code main}) and its refresher
 * ({@code browser-task-manager}), which samples /proc once a second. The view
 * state is small and guarded by {@code this}; sampling runs outside the lock.
 */
final class TaskManager {
    private static final int THREAD_LINE_WIDTH = 84;

    private final Browser browser;
    private final ProcessTable table;
    private final minibrowser.common.Language language;
    private final ScheduledExecutorService refresher =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("browser-task-manager", true));

    // Guarded by this.
    private List<ProcessTable.Row> rows = List.of();
    private int selected;
    private ProcessTable.Row confirming;
    private List<String> threadsShown;
    private ProcessTable.Row threadsOf;
    private String note = "";
    private boolean closed;

    private TaskManager(Browser browser) {
        this.browser = browser;
        this.table = new ProcessTable(browser);
        this.language = browser.language();
    }

    /** Opens the task manager over the page; it refreshes itself every second until {@link #close}. */
    static TaskManager open(Browser browser) {
        TaskManager manager = new TaskManager(browser);
        manager.refresher.scheduleAtFixedRate(manager::refresh, 0, 1, TimeUnit.SECONDS);
        return manager;
    }

    private void refresh() {
        List<ProcessTable.Row> fresh;
        try {
            fresh = table.sample();
        } catch (Exception browserBusy) {
            return; // the next second tries again
        }
        synchronized (this) {
            if (closed) return;
            rows = fresh;
            selected = Math.max(0, Math.min(selected, rows.size() - 1));
            draw();
        }
    }

    synchronized void moveSelection(int step) {
        if (rows.isEmpty()) return;
        selected = Math.floorMod(selected + step, rows.size());
        confirming = null;
        threadsShown = null;
        draw();
    }

    /** Enter: the selected process's threads by name (Enter again hides them). */
    void toggleThreads() throws Exception {
        ProcessTable.Row row;
        synchronized (this) {
            if (threadsShown != null || rows.isEmpty()) {
                threadsShown = null;
                draw();
                return;
            }
            row = rows.get(selected);
        }
        List<String> names = table.threadNames(row.pid());
        synchronized (this) {
            threadsShown = names;
            threadsOf = row;
            draw();
        }
    }

    /** {@code k} / Del: asks whether to end the selected process. */
    synchronized void askToEnd() {
        if (rows.isEmpty()) return;
        confirming = rows.get(selected);
        draw();
    }

    /** The answer to "End process?": y ends it with SIGKILL. */
    void answer(boolean yes) throws Exception {
        ProcessTable.Row row;
        synchronized (this) {
            row = confirming;
            confirming = null;
            if (row == null) return;
            if (!yes) {
                note = "";
                draw();
                return;
            }
        }
        String result = browser.endProcess(row.pid()).get(2, TimeUnit.SECONDS);
        synchronized (this) {
            note = result;
            draw();
        }
    }

    synchronized boolean isAsking() {
        return confirming != null;
    }

    /** Stops refreshing and takes the overlay away. */
    synchronized void close() {
        closed = true;
        refresher.shutdownNow();
        browser.updateChrome(chrome -> chrome.overlay = null);
    }

    /** Sends the current view to the screen (as overlay lines). Called with the lock held. */
    private void draw() {
        List<String> lines = new ArrayList<>();
        lines.add(language.pick("Task manager (", "작업 관리자 (") + browser.processModel().label()
                + language.pick(")   Up/Down select  Enter threads  k/Del end process  Esc close",
                        ")   Up/Down 선택  Enter 스레드 보기  k/Del 프로세스 종료  Esc 닫기"));
        lines.add("");
        // The Korean heading is spaced by hand: a Hangul syllable takes two columns, and %-9s counts one.
        lines.add(language.pick(String.format("  %-9s  %-8s %8s %9s %9s %6s %7s %9s %8s",
                "process", "tabs", "PID", "RSS MB", "PSS MB", "CPU %", "threads", "uptime", "restarts"),
                "  프로세스   탭            PID    RSS MB    PSS MB  CPU %  스레드 실행 시간   재시작"));
        for (int i = 0; i < rows.size(); i++) {
            ProcessTable.Row row = rows.get(i);
            // The mark right after the type: s = sandboxed.
            lines.add(String.format("%s %-9s%s %-8s %8d %9.1f %9.1f %6.1f %7d %9s %8d",
                    i == selected ? ">" : " ", row.type(), row.sandboxed() ? "s" : " ", tabs(row.tabs()), row.pid(), row.rssKb() / 1024.0,
                    row.pssKb() / 1024.0, row.cpuPercent(), row.threads(), uptime(row.uptimeMs()), row.restarts()));
        }
        lines.add(language.pick("s: runs in the OS sandbox (no network, no other process, only its own files)",
                "s: OS 샌드박스 안에서 실행 (네트워크도, 다른 프로세스도 없이 자기 파일만 봅니다)"));
        if (confirming != null) {
            lines.add(language.pick("End " + confirming.type() + " process " + confirming.pid() + " (SIGKILL)?   y yes   n no",
                    confirming.type() + " 프로세스 " + confirming.pid() + "을(를) 끝낼까요 (SIGKILL)?   y 예   n 아니요"));
        } else if (!note.isEmpty()) {
            lines.add(note);
        }
        if (threadsShown != null && threadsOf != null) {
            lines.add(language.pick("Threads of " + threadsOf.type() + " " + threadsOf.pid() + " (" + threadsShown.size() + "):",
                    threadsOf.type() + " " + threadsOf.pid() + "의 스레드 (" + threadsShown.size() + "개):"));
            StringBuilder line = new StringBuilder(" ");
            for (String name : threadsShown) {
                if (line.length() + name.length() + 2 > THREAD_LINE_WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(" ");
                }
                line.append(' ').append(name);
            }
            lines.add(line.toString());
        }
        List<String> shown = List.copyOf(lines);
        browser.updateChrome(chrome -> chrome.overlay = shown);
    }

    private static String tabs(List<Integer> tabs) {
        if (tabs.isEmpty()) return "-";
        StringBuilder text = new StringBuilder();
        for (int tab : tabs) text.append(text.length() == 0 ? "" : ",").append(tab);
        return text.length() > 8 ? text.substring(0, 7) + "+" : text.toString();
    }

    private static String uptime(long millis) {
        long seconds = millis / 1000;
        if (seconds < 3600) return String.format("%dm%02ds", seconds / 60, seconds % 60);
        return String.format("%dh%02dm", seconds / 3600, seconds / 60 % 60);
    }
}
