package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.tools.harness.RunningBrowser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.TmuxTerminal;

/** The program's command line as a person types it: help, version, no terminal, quit from ctl. */
class CommandLineIT {
    @TempDir Path work;

    /** Runs the jar with {@code args}, stdin closed; its exit code and everything it printed. */
    private static Result run(List<String> prefix, String... args) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(RunningBrowser.javaCommand(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits: " + out);
        return new Result(process.exitValue(), out);
    }

    private record Result(int exit, String out) {}

    @Test
    void helpListsTheOptionsAndEveryTool() throws Exception {
        Result help = run(List.of(), "--help");
        assertEquals(0, help.exit(), help.out());
        for (String option : List.of("--headless", "--screenshot", "--remote-control", "--process-model", "--no-sandbox",
                "--version", "--help")) {
            assertTrue(help.out().contains(option), option + " in: " + help.out());
        }
        for (String tool : List.of("ctl", "compare", "chaos", "fuzz", "bench", "archive")) {
            assertTrue(help.out().matches("(?s).*\\n\\s+" + tool + "\\s+\\S.*"), "a line for " + tool + " in: " + help.out());
        }
    }

    @Test
    void helpIsInKoreanForAKoreanLocaleOrLangKoAndABadLangIsRefused() throws Exception {
        Result byLocale = run(List.of("env", "LANG=ko_KR.UTF-8"), "--help");
        assertEquals(0, byLocale.exit(), byLocale.out());
        assertTrue(byLocale.out().startsWith("사용법: minibrowser"), byLocale.out());
        assertTrue(byLocale.out().contains("터미널 UI 없이 실행합니다."), byLocale.out());
        assertTrue(byLocale.out().matches("(?s).*\\n\\s+tour\\s+터미널 브라우저로.*"), "the tools too: " + byLocale.out());
        // --lang=ko under a C locale: still Korean, still UTF-8.
        Result byFlag = run(List.of("env", "LANG=C", "LC_ALL=C"), "--help", "--lang=ko");
        assertTrue(byFlag.out().contains("이 도움말을 보여 주고 끝냅니다."), byFlag.out());
        // --lang=en under a Korean locale: English.
        Result english = run(List.of("env", "LANG=ko_KR.UTF-8"), "--help", "--lang=en");
        assertTrue(english.out().startsWith("Usage: minibrowser"), english.out());

        Result bad = run(List.of(), "--lang=fr", "about:blank");
        assertEquals(2, bad.exit(), bad.out());
        assertTrue(bad.out().contains("--lang must be en or ko, got fr"), bad.out());
    }

    @Test
    void versionPrintsTheVersionAndStartsNothing() throws Exception {
        Result version = run(List.of(), "--version");
        assertEquals(0, version.exit(), version.out());
        assertTrue(version.out().strip().matches("minibrowser \\d+\\.\\d+\\.\\d+"), version.out());
    }

    @Test
    void withoutATerminalTheBrowserSaysSoInOneLineAndExitsWithTwo() throws Exception {
        // setsid: a new session, so no controlling terminal even when the tests run in one.
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "setsid is in util-linux");
        Result none = run(List.of("/usr/bin/setsid", "--wait"), "about:blank");
        assertEquals(2, none.exit(), none.out());
        assertEquals(1, none.out().strip().lines().count(), "one line: " + none.out());
        assertTrue(none.out().contains("terminal") && none.out().contains("--headless"), none.out());
    }

    @Test
    void ctlQuitEndsATerminalBrowser() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        Path socket = work.resolve("control.sock");
        try (TmuxTerminal terminal = TmuxTerminal.start("mb-quit", 100, 30,
                RunningBrowser.browserCommand("--remote-control=" + socket, "about:blank"))) {
            assertTrue(RunningBrowser.eventually(60, () -> Files.exists(socket)), "the control socket: " + terminal.screen());
            Result quit = run(List.of(), "ctl", "--connect=" + socket, "quit");
            assertEquals(0, quit.exit(), quit.out());
            assertTrue(RunningBrowser.eventually(15, () -> !terminal.alive()), "ctl quit ends it: " + terminal.screen());
        }
    }
}
