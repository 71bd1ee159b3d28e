package minibrowser.tools.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import minibrowser.common.Language;
import minibrowser.common.ipc.ChildEndpoint;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * What waits on what on the way to a first picture (issue 18): a headless screenshot
 * and a first terminal page are run with {@code --trace}, and the trace's milestones
 * (each process's spawn, its first sign of life, ready, commit, first frame) are
 * placed on one time line that starts when this tool starts the browser. Every process
 * stamps its trace with {@code System.nanoTime()}, the machine's one monotonic clock,
 * which this tool reads too, so the milestones of all the processes line up.
 */
final class CriticalPath {
    private CriticalPath() {}

    /** A milestone: its name in both languages and where to find it in a trace. */
    private record Milestone(String english, String korean, Function<Trace, Double> find) {}

    private static final List<Milestone> MILESTONES = List.of(
            new Milestone("browser: first navigation starts (its JVM is up, options read, profile open)",
                    "브라우저: 첫 탐색 시작 (JVM이 뜨고, 옵션을 읽고, 프로필을 연 뒤)",
                    t -> t.first("browser", "navigation started", false)),
            new Milestone("gpu process spawned", "gpu 프로세스 생성", t -> t.childStarted("gpu")),
            new Milestone("renderer spawned", "렌더러 생성", t -> t.childStarted("renderer")),
            new Milestone("renderer: first trace event (its JVM is up, the engine made)",
                    "렌더러: 첫 추적 이벤트 (JVM이 뜨고 엔진을 만든 뒤)", t -> t.firstOf("renderer")),
            new Milestone("gpu: ready (ChildReady sent)", "gpu: 준비 완료 (ChildReady 보냄)",
                    t -> t.first("gpu", "call ProcessHost.ChildReady", true)),
            new Milestone("renderer: ready (ChildReady sent)", "렌더러: 준비 완료 (ChildReady 보냄)",
                    t -> t.first("renderer", "call ProcessHost.ChildReady", true)),
            new Milestone("renderer: engine code loaded (renderer-init painted its one-line page)",
                    "렌더러: 엔진 코드 적재 (renderer-init이 한 줄짜리 페이지를 그림)",
                    t -> t.firstEnd("renderer", "renderer-init", "paint")),
            new Milestone("browser: navigation committed to the renderer", "브라우저: 탐색을 렌더러에 커밋",
                    t -> t.first("browser", "navigation committed", false)),
            new Milestone("renderer: page painted (renderer-main)", "렌더러: 페이지 그림 (renderer-main)",
                    t -> t.firstEnd("renderer", "renderer-main", "paint")),
            new Milestone("gpu: first frame arrived", "gpu: 첫 프레임 도착", t -> t.first("gpu", "frame arrived", true)));

    /**
     * @param screenshot milestones of the headless screenshot, ms after its start, then "exited"
     * @param terminal   milestones of the terminal page, then "text on screen" (empty without tmux)
     */
    record Results(Map<String, Samples> screenshot, Map<String, Samples> terminal) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            List<Row> rows = new ArrayList<>();
            add(rows, language, language.pick("critical path: headless screenshot", "임계 경로: 헤드리스 스크린샷"), screenshot,
                    language.pick("--headless --screenshot --trace of the small page; ms after the browser was started",
                            "작은 페이지를 --headless --screenshot --trace로; 브라우저를 시작한 뒤 ms"));
            add(rows, language, language.pick("critical path: first terminal page", "임계 경로: 첫 터미널 페이지"), terminal,
                    language.pick("the terminal browser in a tmux pane with --trace; ms after it was started",
                            "tmux 창의 터미널 브라우저, --trace; 시작한 뒤 ms"));
            return rows;
        }

        private static void add(List<Row> rows, Language language, String group, Map<String, Samples> figures, String how) {
            String na = language.pick("n/a: the trace of the per-tab model", "해당 없음: 탭마다 프로세스 모델의 추적");
            if (figures.isEmpty()) {
                rows.add(new Row(group, language.pick("not measured", "측정 안 함"),
                        language.pick("n/a: no tmux", "해당 없음: tmux 없음"), na, "", how));
                return;
            }
            for (Map.Entry<String, Samples> milestone : figures.entrySet()) {
                rows.add(new Row(group, name(language, milestone.getKey()), milestone.getValue().format("ms", 0), na, "", how));
            }
        }

        private static String name(Language language, String english) {
            for (Milestone m : MILESTONES) if (m.english().equals(english)) return language.pick(m.english(), m.korean());
            return switch (english) {
                case "screenshot written, browser exited" -> language.pick(english, "스크린샷을 쓰고 브라우저 종료");
                case "page's text on the terminal" -> language.pick(english, "터미널에 페이지 글자가 보임");
                default -> english;
            };
        }
    }

    static Results measure(int runs) throws Exception {
        Map<String, Samples> screenshot = new LinkedHashMap<>();
        Map<String, Samples> terminal = new LinkedHashMap<>();
        for (int run = 0; run < runs + 1; run++) {
            Map<String, Double> shot = screenshotRun();
            if (run > 0) shot.forEach((name, ms) -> screenshot.computeIfAbsent(name, n -> new Samples()).add(ms));
        }
        if (TmuxTerminal.available()) {
            for (int run = 0; run < runs + 1; run++) {
                Map<String, Double> page = terminalRun();
                if (run > 0) page.forEach((name, ms) -> terminal.computeIfAbsent(name, n -> new Samples()).add(ms));
            }
        }
        return new Results(screenshot, terminal);
    }

    private static Map<String, Double> screenshotRun() throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-compare-path-");
        try {
            Path trace = dir.resolve("trace.json");
            List<String> command = RunningBrowser.launcherCommand(RunningBrowser.jar());
            command.addAll(List.of("--headless", "--screenshot=" + dir.resolve("shot.png"), "--window-size=800,600",
                    "--trace=" + trace, BrowserRows.PAGE));
            WholeProcess run = WholeProcess.run(command);
            Map<String, Double> milestones = milestones(Trace.read(trace), run.startNanos());
            milestones.put("screenshot written, browser exited", run.seconds() * 1000);
            return milestones;
        } finally {
            ChildEndpoint.deleteQuietly(dir);
        }
    }

    private static Map<String, Double> terminalRun() throws Exception {
        Path dir = Files.createTempDirectory("minibrowser-compare-path-");
        try {
            Path trace = dir.resolve("trace.json");
            List<String> command = new ArrayList<>(RunningBrowser.launcherCommand(RunningBrowser.jar()));
            command.addAll(List.of("--trace=" + trace, "'" + StartUpRows.TERMINAL_PAGE + "'"));
            long start = System.nanoTime();
            double shown;
            try (TmuxTerminal terminal = TmuxTerminal.start("compare-path", 120, 40, command)) {
                if (!terminal.shows(StartUpRows.TERMINAL_TEXT, 60)) throw new IllegalStateException("the page never showed:\n" + terminal.screen());
                shown = (System.nanoTime() - start) / 1e6;
                terminal.type("q");
                RunningBrowser.eventually(30, () -> Files.exists(trace) && !terminal.alive());
            }
            Map<String, Double> milestones = milestones(Trace.read(trace), start);
            milestones.put("page's text on the terminal", shown);
            return milestones;
        } finally {
            ChildEndpoint.deleteQuietly(dir);
        }
    }

    /** Each milestone found in {@code trace}, in ms after {@code startNanos}, in the order of {@link #MILESTONES}. */
    private static Map<String, Double> milestones(Trace trace, long startNanos) {
        Map<String, Double> found = new LinkedHashMap<>();
        for (Milestone m : MILESTONES) {
            Double micros = m.find().apply(trace);
            if (micros != null) found.put(m.english(), micros / 1000 - startNanos / 1e6);
        }
        return found;
    }

    /** The events of a Chrome trace file, with the process and thread names its metadata gives. */
    record Trace(List<Map<String, Object>> events, Map<Object, String> processes, Map<String, String> threads) {
        @SuppressWarnings("unchecked")
        static Trace read(Path file) throws Exception {
            // Small (one page, a second of tracing): read whole, as maps; trace-view streams big ones.
            Map<String, Object> json = new com.google.gson.Gson().fromJson(Files.readString(file), Map.class);
            List<Map<String, Object>> events = (List<Map<String, Object>>) json.get("traceEvents");
            Map<Object, String> processes = new LinkedHashMap<>();
            Map<String, String> threads = new LinkedHashMap<>();
            for (Map<String, Object> e : events) {
                Map<String, Object> args = (Map<String, Object>) e.getOrDefault("args", Map.of());
                if ("process_name".equals(e.get("name"))) processes.put(number(e.get("pid")), String.valueOf(args.get("name")));
                if ("thread_name".equals(e.get("name"))) threads.put(number(e.get("pid")) + "/" + number(e.get("tid")), String.valueOf(args.get("name")));
            }
            return new Trace(events, processes, threads);
        }

        private static Object number(Object value) {
            return value instanceof Number n ? n.longValue() : value;
        }

        private boolean in(Map<String, Object> e, String process) {
            return process.equals(processes.get(number(e.get("pid")))) && !"M".equals(e.get("ph"));
        }

        private static double ts(Map<String, Object> e, boolean atEnd) {
            double ts = ((Number) e.get("ts")).doubleValue();
            return atEnd && e.get("dur") instanceof Number dur ? ts + dur.doubleValue() : ts;
        }

        /** The first event called {@code name} of {@code process}: its start, or its end. */
        Double first(String process, String name, boolean atEnd) {
            return events.stream().filter(e -> in(e, process) && name.equals(e.get("name")))
                    .map(e -> ts(e, atEnd)).min(Double::compare).orElse(null);
        }

        /** The earliest event of {@code process} (not counting memory samples, which start with the recording). */
        Double firstOf(String process) {
            return events.stream().filter(e -> in(e, process) && !"C".equals(e.get("ph")))
                    .map(e -> ts(e, false)).min(Double::compare).orElse(null);
        }

        /** The browser's "child started" event for a child of {@code type}. */
        @SuppressWarnings("unchecked")
        Double childStarted(String type) {
            return events.stream().filter(e -> in(e, "browser") && "child started".equals(e.get("name"))
                            && type.equals(((Map<String, Object>) e.getOrDefault("args", Map.of())).get("type")))
                    .map(e -> ts(e, false)).min(Double::compare).orElse(null);
        }

        /** The end ("E") of the first {@code name} span on the thread called {@code thread} of {@code process}. */
        Double firstEnd(String process, String thread, String name) {
            return events.stream().filter(e -> in(e, process) && "E".equals(e.get("ph")) && name.equals(e.get("name"))
                            && thread.equals(threads.get(number(e.get("pid")) + "/" + number(e.get("tid")))))
                    .map(e -> ts(e, false)).min(Double::compare).orElse(null);
        }
    }
}
