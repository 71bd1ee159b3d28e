package minibrowser.browser.tour;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import minibrowser.browser.Browser;
import minibrowser.common.Language;
import minibrowser.common.NamedThreads;

/**
 * The guided tour's driver. Space ({@link #onSpace}, from the key loop) runs the next
 * step of {@link TourSteps} on the tour's own thread, {@code browser-tour}: a step waits
 * for the browser and for other processes (a renderer to crash, compare to measure),
 * which no owner thread may do. What a step says goes to the panel docked under the page.
 *
 * <p>Space while a step still runs is ignored, so the steps always go in order; after
 * the last step the panel goes and Space scrolls a page again.
 */
public final class Tour {
    private final Browser browser;
    private final TourSteps steps;
    private final ExecutorService thread = NamedThreads.taskQueue("browser-tour");
    private final AtomicBoolean running = new AtomicBoolean();
    /** The step shown now, 0-based; touched only on browser-tour. */
    private int current = -1;
    private volatile boolean over;

    private Tour(Browser browser, TourSteps steps) {
        this.browser = browser;
        this.steps = steps;
    }

    /**
     * Shows the first step over the browser's first tab.
     *
     * @param workDir where the tour's tool processes write their output (the session directory)
     */
    public static Tour start(Browser browser, java.nio.file.Path workDir) {
        Tour tour = new Tour(browser, new TourSteps(browser, workDir));
        tour.onSpace();
        return tour;
    }

    /** Space: true when the tour took it (the next step starts, or one still runs); false once the tour is over. */
    public boolean onSpace() {
        if (over) return false;
        if (!running.compareAndSet(false, true)) return true;
        thread.execute(() -> {
            try {
                step();
            } finally {
                running.set(false);
            }
        });
        return true;
    }

    private void step() {
        current++;
        if (current >= steps.count()) {
            over = true;
            show(List.of());
            thread.shutdown();
            return;
        }
        Language language = browser.language();
        String heading = language.pick("Tour ", "둘러보기 ") + (current + 1) + "/" + steps.count() + " · "
                + steps.title(current);
        String keys = current + 1 < steps.count() ? language.pick("Space: next step   q: quit", "Space: 다음 단계   q: 끝내기")
                : language.pick("Space: close the tour   q: quit", "Space: 둘러보기 닫기   q: 끝내기");
        show(List.of(heading, "", language.pick("working...", "진행 중...")));
        List<String> said;
        try {
            said = steps.run(current, lines -> show(frame(heading, lines, "")));
        } catch (Exception failed) {
            said = List.of(language.pick("This step failed: ", "이 단계는 실패했습니다: ") + Browser.rootMessage(failed));
        }
        show(frame(heading, said, keys));
    }

    private static List<String> frame(String heading, List<String> lines, String keys) {
        List<String> panel = new java.util.ArrayList<>();
        panel.add(heading);
        panel.add("");
        panel.addAll(lines);
        if (!keys.isEmpty()) {
            panel.add("");
            panel.add(keys);
        }
        return panel;
    }

    private void show(List<String> lines) {
        List<String> panel = List.copyOf(lines);
        browser.updateChrome(chrome -> chrome.panel = panel);
    }
}
