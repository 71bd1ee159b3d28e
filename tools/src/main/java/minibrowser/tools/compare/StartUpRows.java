package minibrowser.tools.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minibrowser.common.Language;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * The start-up paths a person waits for, each timed as a whole process from the
 * shell's point of view: {@code ./minibrowser --version} and {@code --help}, one
 * {@code ctl} command against a running browser, and {@code ./minibrowser URL} until
 * the page's text is on the terminal (a real pseudo-terminal, tmux). They run the
 * {@code minibrowser} launcher script when it is beside the jar's module, as a person
 * does, and {@code java -jar} with the same flags otherwise.
 */
final class StartUpRows {
    /**
     * The small page for the terminal rows. Its text is written with a character reference,
     * so the words the page shows ({@link #TERMINAL_TEXT}) are not in its URL, which the
     * address bar shows before any renderer has drawn a thing.
     */
    static final String TERMINAL_PAGE = "data:text/html,<title>compare</title><p>A small p&#97;ge, drawn.</p>";
    static final String TERMINAL_TEXT = "A small page, drawn.";

    private StartUpRows() {}

    record Results(Samples version, Samples help, Samples ctl, Samples terminal, boolean viaScript) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String group = language.pick("start-up", "시작 시간");
            String na = language.pick("n/a: the browser is one model here", "해당 없음: 프로세스 모델과 무관");
            String launcher = viaScript ? "./minibrowser" : "java -jar minibrowser.jar";
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(group, language.pick(launcher + " --version", launcher + " --version (버전 출력)"),
                    version.format("s", 2), na, "< 0.2 s",
                    language.pick("wall time from start to exit", "시작부터 종료까지의 실제 경과 시간"))
                    .withRatio(version, 0.2));
            rows.add(new Row(group, language.pick(launcher + " --help", launcher + " --help (도움말)"),
                    help.format("s", 2), na, "< 0.2 s",
                    language.pick("wall time from start to exit", "시작부터 종료까지의 실제 경과 시간"))
                    .withRatio(help, 0.2));
            rows.add(new Row(group, language.pick("one ctl command, whole process", "ctl 명령 하나, 프로세스 전체"),
                    ctl.format("s", 2), na, "< 0.2 s", language.pick(
                            launcher + " ctl --connect=SOCKET tabs against a running headless browser at rest (its spare renderer ready), start to exit",
                            "실행 중이고 한가한 헤드리스 브라우저(예비 렌더러 준비됨)에 " + launcher + " ctl --connect=SOCKET tabs, 시작부터 종료까지"))
                    .withRatio(ctl, 0.2));
            rows.add(new Row(group, language.pick(launcher + " URL → the page's text in the terminal",
                            launcher + " URL → 터미널에 페이지 글자가 보일 때까지"),
                    terminal.isEmpty() ? language.pick("n/a: no tmux", "해당 없음: tmux 없음") : terminal.format("s", 2),
                    na, "< 1.0 s", language.pick(
                            "a 120 x 40 tmux pane: from starting the command until capture-pane shows the small page's text (words not in its URL) "
                                    + "(polled every 20 ms or so; a fresh profile each run)",
                            "120 x 40 tmux 창: 명령을 시작해서 capture-pane에 작은 페이지의 글자(URL에 없는 글자)가 보일 때까지 "
                                    + "(약 20 ms마다 확인; 매번 새 프로필)"))
                    .withRatio(terminal, 1.0));
            return rows;
        }
    }

    static Results measure(int runs) throws Exception {
        List<String> launcher = launcher();
        Samples version = new Samples();
        Samples help = new Samples();
        Samples ctl = new Samples();
        Samples terminal = new Samples();
        for (int run = 0; run < runs + 1; run++) {
            double v = WholeProcess.run(with(launcher, "--version")).seconds();
            double h = WholeProcess.run(with(launcher, "--help")).seconds();
            if (run > 0) { // the first run fills the page cache
                version.add(v);
                help.add(h);
            }
        }
        try (RunningBrowser browser = RunningBrowser.start("per-tab", List.of(), BrowserRows.PAGE)) {
            browser.waitForAllTabs();
            browser.waitForSpare(); // a browser at rest: no renderer starting beside the ctl JVM
            for (int run = 0; run < runs + 1; run++) {
                double c = WholeProcess.run(with(launcher, "ctl", "--connect=" + browser.socket, "tabs")).seconds();
                if (run > 0) ctl.add(c);
            }
        }
        if (TmuxTerminal.available()) {
            for (int run = 0; run < runs + 1; run++) {
                double t = terminalSeconds(with(launcher, "'" + TERMINAL_PAGE + "'"));
                if (run > 0) terminal.add(t);
            }
        }
        return new Results(version, help, ctl, terminal, launcher.size() == 1);
    }

    /** The {@code minibrowser} script at the top of the checkout, if the jar is the one it builds; else java -jar. */
    private static List<String> launcher() {
        Path jar = RunningBrowser.jar();
        Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
        Path script = root == null ? null : root.resolve("minibrowser");
        if (script != null && Files.isExecutable(script) && jar.equals(root.resolve("app/target/minibrowser.jar"))) {
            return List.of(script.toString());
        }
        return RunningBrowser.launcherCommand(jar);
    }

    private static List<String> with(List<String> command, String... args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return all;
    }

    /** From starting the terminal browser in a fresh pane until the pane shows the page's text. */
    private static double terminalSeconds(List<String> command) throws Exception {
        long start = System.nanoTime();
        try (TmuxTerminal terminal = TmuxTerminal.start("compare", 120, 40, command)) {
            if (!terminal.shows(TERMINAL_TEXT, 60)) throw new IllegalStateException("the terminal never showed the page:\n" + terminal.screen());
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
