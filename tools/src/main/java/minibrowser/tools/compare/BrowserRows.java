package minibrowser.tools.compare;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;

import minibrowser.tools.harness.RunningBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import minibrowser.common.Language;
import minibrowser.proto.CloseTabRequest;
import minibrowser.proto.TabInfo;

/**
 * The rows measured on whole browsers, started under each model: memory, new-tab
 * start-up (cold and with a spare renderer), reload of a crashed tab, and a headless
 * screenshot as a whole process.
 */
final class BrowserRows {
    static final String PAGE = "data:text/html,<title>compare</title><h1>compare</h1><p>A small page.</p>";
    static final List<String> MODELS = List.of("per-tab", "single-process");

    private BrowserRows() {}

    /**
     * The figures of both models, index 0 per-tab and 1 single-process: the whole
     * browser's and each added tab's memory (MB), a new tab cold and with a spare
     * renderer ready (ms), a headless screenshot (s); then the per-tab reload of a
     * crashed tab (ms) and chromium's screenshot (s; empty without chromium).
     */
    record Results(Samples[] whole, Samples[] perTab, Samples[] cold, Samples[] warm, Samples[] shot,
                   Samples reload, Samples chromium) implements Measured {
        @Override
        public List<Row> rows(Language language) {
            String memory = language.pick("memory", "메모리");
            String startUp = language.pick("start-up", "시작 시간");
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(memory, language.pick("whole browser, 3 tabs open", "브라우저 전체, 탭 3개를 연 상태"),
                    whole[0].format("MB", 0), whole[1].format("MB", 0), "< 250 MB", language.pick(
                            "sum of Pss in /proc/PID/smaps_rollup of the browser and all its descendants, "
                                    + "1 s after the third tab is ready (the spare renderer included)",
                            "브라우저와 그 모든 자손 프로세스의 /proc/PID/smaps_rollup Pss 합, "
                                    + "세 번째 탭이 준비되고 1초 뒤 (예비 렌더러 포함)")).withRatio(whole[0], 250));
            rows.add(new Row(memory, language.pick("per added tab", "탭을 하나 더 열 때마다"),
                    perTab[0].format("MB", 1), perTab[1].format("MB", 1), "< 35 MB",
                    language.pick("(whole browser with 3 tabs − with 1 tab) / 2",
                            "(탭 3개일 때의 브라우저 전체 − 탭 1개일 때) / 2")).withRatio(perTab[0], 35));
            rows.add(new Row(startUp, language.pick("new tab → first frame, cold", "새 탭 → 첫 프레임, 콜드 스타트"),
                    cold[0].format("ms", 0), cold[1].format("ms", 0), "< 400 ms", language.pick(
                            "ctl OpenTab until WaitForLoad says ready (the gpu holds the first frame); "
                                    + "--no-spare-renderer, so a renderer is started for the tab",
                            "ctl OpenTab부터 WaitForLoad가 ready를 알릴 때까지 (gpu가 첫 프레임을 받은 시점); "
                                    + "--no-spare-renderer라서 탭마다 렌더러를 새로 띄움")).withRatio(cold[0], 400));
            rows.add(new Row(startUp, language.pick("new tab → first frame, spare renderer ready",
                    "새 탭 → 첫 프레임, 예비 렌더러가 준비된 상태"), warm[0].format("ms", 0), warm[1].format("ms", 0),
                    "< 100 ms", language.pick("as above, after waiting until ctl ps shows a ready spare renderer",
                            "위와 같음, 단 ctl ps에 준비된 예비 렌더러가 보일 때까지 기다린 뒤")).withRatio(warm[0], 100));
            rows.add(new Row(startUp, language.pick("reload of a crashed tab → ready", "다운된 탭 새로고침 → 준비 완료"),
                    reload.format("ms", 0),
                    language.pick("n/a: a renderer cannot crash alone", "해당 없음: 렌더러만 따로 다운될 수 없음"),
                    "< 100 ms", language.pick(
                            "kill -9 of the tab's renderer, wait until crashed, then ctl Reload until ready (spare ready)",
                            "탭의 렌더러를 kill -9, crashed가 될 때까지 기다린 뒤 ctl Reload부터 ready까지 "
                                    + "(예비 렌더러 준비됨)")).withRatio(reload, 100));
            String chromiumTarget = chromium.isEmpty()
                    ? language.pick("≤ chromium (~0.85 s)", "≤ chromium (약 0.85 s)")
                    : "≤ chromium: " + chromium.format("s", 2);
            rows.add(new Row(startUp, language.pick("headless screenshot, whole process", "헤드리스 스크린샷, 프로세스 전체"),
                    shot[0].format("s", 2), shot[1].format("s", 2), chromiumTarget, language.pick(
                            "wall time of java -jar minibrowser.jar --headless --screenshot of the small page, start to exit",
                            "작은 페이지를 java -jar minibrowser.jar --headless --screenshot으로 찍을 때, "
                                    + "시작부터 종료까지의 실제 경과 시간"))
                    .withRatio(shot[0], chromium.isEmpty() ? 0.85 : chromium.median()));
            return rows;
        }
    }

    static Results measure(int runs) throws Exception {
        Samples[] whole = {new Samples(), new Samples()};
        Samples[] perTab = {new Samples(), new Samples()};
        Samples[] cold = {new Samples(), new Samples()};
        Samples[] warm = {new Samples(), new Samples()};
        Samples[] shot = {new Samples(), new Samples()};
        for (int m = 0; m < MODELS.size(); m++) {
            String model = MODELS.get(m);
            for (int run = 0; run < Math.max(1, runs / 2); run++) memory(model, whole[m], perTab[m]);
            openTimes(model, List.of("--no-spare-renderer"), runs, cold[m], false);
            openTimes(model, List.of(), runs, warm[m], true);
            for (int run = 0; run < runs; run++) shot[m].add(screenshotSeconds(model));
        }
        return new Results(whole, perTab, cold, warm, shot, crashedReload(runs), Chromium.screenshotSeconds(runs));
    }

    private static void memory(String model, Samples whole, Samples perTab) throws Exception {
        try (RunningBrowser browser = RunningBrowser.start(model, List.of(), PAGE)) {
            browser.waitForAllTabs();
            browser.waitForSpare();
            Thread.sleep(1000);
            long one = Pss.totalKb(browser.handle());
            for (int i = 0; i < 2; i++) browser.waitForLoad(browser.open(PAGE).getId(), 90);
            browser.waitForSpare();
            Thread.sleep(1000);
            long three = Pss.totalKb(browser.handle());
            whole.add(three / 1024.0);
            perTab.add((three - one) / 2.0 / 1024.0);
        }
    }

    private static void openTimes(String model, List<String> flags, int runs, Samples ms, boolean spare) throws Exception {
        try (RunningBrowser browser = RunningBrowser.start(model, flags, PAGE)) {
            browser.waitForAllTabs();
            for (int run = 0; run < runs + 1; run++) {
                if (spare) browser.waitForSpare();
                long start = System.nanoTime();
                TabInfo tab = browser.open(PAGE);
                browser.waitForLoad(tab.getId(), 90);
                double took = (System.nanoTime() - start) / 1e6;
                if (run > 0) ms.add(took); // the first is the browser's own warm-up
                browser.control(30).closeTab(CloseTabRequest.newBuilder().setTab(tab.getId()).build());
            }
        }
    }

    private static Samples crashedReload(int runs) throws Exception {
        Samples ms = new Samples();
        try (RunningBrowser browser = RunningBrowser.start("per-tab", List.of(), PAGE)) {
            browser.waitForAllTabs();
            for (int run = 0; run < runs; run++) {
                browser.waitForSpare();
                long pid = browser.tabs().get(0).getRendererPid();
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                long deadline = System.currentTimeMillis() + 10_000;
                while (browser.tabs().get(0).getState() != TAB_STATE_CRASHED && System.currentTimeMillis() < deadline) {
                    Thread.sleep(2);
                }
                long start = System.nanoTime();
                browser.reload(1);
                browser.waitForLoad(1, 90);
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        return ms;
    }

    private static double screenshotSeconds(String model) throws Exception {
        Path png = Files.createTempFile("minibrowser-compare-", ".png");
        try {
            List<String> command = RunningBrowser.launcherCommand(RunningBrowser.jar());
            command.addAll(List.of("--headless", "--screenshot=" + png, "--window-size=800,600",
                    "--process-model=" + model, PAGE));
            return WholeProcess.run(command).seconds();
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
