package minibrowser.tools.compare;

import static minibrowser.proto.TabState.TAB_STATE_CRASHED;

import minibrowser.tools.harness.RunningBrowser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    static List<Row> measure(int runs) throws Exception {
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
        Samples reload = crashedReload(runs);
        Samples chromium = Chromium.screenshotSeconds(runs);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("memory", "whole browser, 3 tabs open", whole[0].format("MB", 0), whole[1].format("MB", 0),
                "< 250 MB", "sum of Pss in /proc/PID/smaps_rollup of the browser and all its descendants, "
                + "1 s after the third tab is ready (the spare renderer included)"));
        rows.add(new Row("memory", "per added tab", perTab[0].format("MB", 1), perTab[1].format("MB", 1), "< 35 MB",
                "(whole browser with 3 tabs − with 1 tab) / 2"));
        rows.add(new Row("start-up", "new tab → first frame, cold", cold[0].format("ms", 0), cold[1].format("ms", 0),
                "< 400 ms", "ctl OpenTab until WaitForLoad says ready (the gpu holds the first frame); "
                + "--no-spare-renderer, so a renderer is started for the tab"));
        rows.add(new Row("start-up", "new tab → first frame, spare renderer ready", warm[0].format("ms", 0),
                warm[1].format("ms", 0), "< 100 ms", "as above, after waiting until ctl ps shows a ready spare renderer"));
        rows.add(new Row("start-up", "reload of a crashed tab → ready", reload.format("ms", 0),
                "n/a: a renderer cannot crash alone", "< 100 ms",
                "kill -9 of the tab's renderer, wait until crashed, then ctl Reload until ready (spare ready)"));
        rows.add(new Row("start-up", "headless screenshot, whole process", shot[0].format("s", 2), shot[1].format("s", 2),
                chromium.isEmpty() ? "≤ chromium (~0.85 s)" : "≤ chromium: " + chromium.format("s", 2),
                "wall time of java -jar minibrowser.jar --headless --screenshot of the small page, start to exit"));
        return rows;
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
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("the screenshot failed");
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            Files.deleteIfExists(png);
        }
    }
}
