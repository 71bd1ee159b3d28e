package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;
import static minibrowser.proto.TabState.TAB_STATE_READY;
import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.ManagedChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import minibrowser.common.ipc.Transport;
import minibrowser.proto.ControlGrpc;
import minibrowser.proto.ListTabsRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * A page whose script never returns ({@code while (true) {}}), in the terminal browser
 * (tmux) under this run's process model, as a user meets it: the page is on screen, the
 * tab becomes unresponsive after {@code --hang-timeout-seconds}, scrolling still moves the
 * page (the compositor thread scrolls, renderer-main is spinning), the other tab stays
 * ready, and Kill on the Unresponsive prompt ends the renderer; reload brings the tab back.
 *
 * <p>Two ways to spin: from a timer shortly after load (the load has finished, the tab
 * was ready), and an inline script at the end of the body (the parsed page is committed
 * before its scripts run, so it is on screen, but its load waits for DOMContentLoaded,
 * which never comes: the tab hangs while loading).
 *
 * <p>In single-process the renderer is threads of the browser: Kill closes its pipe and
 * the tab shows it crashed, but a thread cannot be killed, so renderer-main spins on (a
 * core stays busy) until the browser exits. The browser itself, and every other tab, go on.
 */
class ScriptHangIT {
    private static final int HANG_TIMEOUT_SECONDS = 5;
    @TempDir Path work;

    /** Numbered rows to scroll through, then {@code spin}: the script that never returns. */
    private static String spinningPage(String spin) {
        StringBuilder html = new StringBuilder("<html><head><title>Spinner</title></head><body><h1>Spinner</h1>");
        for (int i = 1; i <= 150; i++) html.append("<p>spin row ").append(i).append(".</p>");
        return html.append(spin).append("</body></html>").toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timer", "inline"})
    void aScriptThatNeverReturnsHangsOnlyItsTabAndKillBringsItBack(String how) throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        Path socket = work.resolve("control.sock");
        try (TestServer server = new TestServer();
             Transport transport = new Transport("test")) {
            String spin = how.equals("timer")
                    ? "<script>setTimeout(function () { while (true) {} }, 1000);</script>"
                    : "<script>while (true) {}</script>";
            String spinner = server.page("/spin-" + how, spinningPage(spin));
            String other = server.simplePageOnOtherSite("/other", "OtherTab");
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-spin-" + how, 100, 30, RunningBrowser.browserCommand(
                    "--remote-control=" + socket, "--hang-timeout-seconds=" + HANG_TIMEOUT_SECONDS, other, spinner))) {
                assertTrue(RunningBrowser.eventually(60, () -> Files.exists(socket)), "a control socket: " + terminal.screen());
                ManagedChannel channel = transport.connect("unix:" + socket, "");
                ControlGrpc.ControlBlockingStub ctl = ControlGrpc.newBlockingStub(channel);
                try {
                    // The page as parsed is on screen before (inline) or while (timer) its script spins.
                    assertTrue(terminal.shows("spin row 1.", 60), terminal.screen());
                    assertTrue(RunningBrowser.eventually(60, () -> tabs(ctl).size() == 2), "two tabs");
                    // The other tab loads; the spinner's load ends (timer) or waits for ever (inline).
                    wait(ctl).waitForLoad(TabRequest.newBuilder().setTab(tabs(ctl).get(0).getId()).build());

                    // Unresponsive after the timeout: the prompt, and the tab's state.
                    assertTrue(terminal.shows("Page unresponsive", 30 + HANG_TIMEOUT_SECONDS), terminal.screen());
                    assertEquals(TAB_STATE_UNRESPONSIVE, tabs(ctl).get(1).getState(), tabs(ctl).toString());

                    // Scrolling still moves the page: the compositor thread scrolls its tiles. The
                    // prompt covers the page, so each scroll is made with it waved away (Wait).
                    waveAwayPrompt(terminal);
                    String before = pageRows(terminal.screen());
                    terminal.keys("NPage");
                    assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("spin row 1.")
                            && highestRow(terminal.screen()) >= 15), "the page moved: " + terminal.screen());
                    assertNotEquals(before, pageRows(terminal.screen()), "another frame is on screen");
                    waveAwayPrompt(terminal);
                    terminal.keys("End");
                    assertTrue(terminal.shows("spin row 150.", 10), terminal.screen());
                    waveAwayPrompt(terminal);
                    terminal.keys("Home");
                    assertTrue(terminal.shows("spin row 1.", 10), terminal.screen());
                    assertEquals(TAB_STATE_UNRESPONSIVE, tabs(ctl).get(1).getState(), "main still spins");

                    // The other tab stays ready, and a navigation in it loads.
                    TabInfo bystander = tabs(ctl).get(0);
                    assertEquals(TAB_STATE_READY, bystander.getState(), bystander.toString());
                    String next = server.simplePageOnOtherSite("/next", "NextPage");
                    wait(ctl).navigate(NavigateRequest.newBuilder().setTab(bystander.getId()).setUrl(next).build());
                    assertEquals(TAB_STATE_READY, wait(ctl).waitForLoad(TabRequest.newBuilder().setTab(bystander.getId())
                            .build()).getState());
                    assertEquals("NextPage", tabs(ctl).get(0).getTitle());

                    // Kill, from the prompt: the tab says why.
                    assertTrue(terminal.shows("Page unresponsive", 20), terminal.screen());
                    terminal.keys("k");
                    assertTrue(terminal.shows("stopped responding", 10), terminal.screen());
                    assertTrue(RunningBrowser.eventually(10, () -> tabs(ctl).get(1).getState() == TAB_STATE_CRASHED),
                            tabs(ctl).toString());
                    long killed = tabs(ctl).get(1).getRendererPid();
                    if (!RunningBrowser.childrenInProcess()) {
                        assertTrue(RunningBrowser.eventually(10, () -> !ProcessHandle.of(killed).isPresent()),
                                "the renderer process is gone");
                    }

                    // Reload: a new renderer loads the page again (and its script spins again, as it would).
                    terminal.keys("r");
                    assertTrue(terminal.shows("spin row 1.", 30), terminal.screen());
                    assertTrue(RunningBrowser.eventually(30, () -> tabs(ctl).get(1).getState() != TAB_STATE_CRASHED),
                            tabs(ctl).toString());
                    if (!RunningBrowser.childrenInProcess()) {
                        assertNotEquals(killed, tabs(ctl).get(1).getRendererPid(), "a new renderer process");
                    }
                    assertTrue(terminal.shows("Page unresponsive", 30 + HANG_TIMEOUT_SECONDS), "it spins again: "
                            + terminal.screen());

                    // The browser survived it all, in every model.
                    assertTrue(terminal.alive(), "the browser is up");
                    assertEquals(TAB_STATE_READY, tabs(ctl).get(0).getState());
                    terminal.keys("k");
                    terminal.keys("q");
                    assertTrue(RunningBrowser.eventually(20, () -> !terminal.alive()), "q quits: " + terminal.screen());
                } finally {
                    channel.shutdownNow();
                }
            }
        }
    }

    /** Answers Wait if the Unresponsive prompt shows: it stays away for another hang timeout. */
    private static void waveAwayPrompt(TmuxTerminal terminal) throws Exception {
        if (!terminal.screen().contains("Page unresponsive")) return;
        terminal.keys("w");
        assertTrue(RunningBrowser.eventually(5, () -> !terminal.screen().contains("Page unresponsive")), terminal.screen());
    }

    /** The page's rows: the screen without the tab strip, the address bar and the status line. */
    private static String pageRows(String screen) {
        List<String> rows = screen.lines().toList();
        return String.join("\n", rows.subList(Math.min(2, rows.size()), Math.max(2, rows.size() - 1)));
    }

    /** The highest "spin row N." on screen (0 if none). */
    private static int highestRow(String screen) {
        Matcher rows = Pattern.compile("spin row (\\d+)\\.").matcher(screen);
        int highest = 0;
        while (rows.find()) highest = Math.max(highest, Integer.parseInt(rows.group(1)));
        return highest;
    }

    private static ControlGrpc.ControlBlockingStub wait(ControlGrpc.ControlBlockingStub ctl) {
        return ctl.withDeadlineAfter(90, TimeUnit.SECONDS);
    }

    private static List<TabInfo> tabs(ControlGrpc.ControlBlockingStub ctl) {
        return wait(ctl).listTabs(ListTabsRequest.getDefaultInstance()).getTabsList();
    }
}
