package minibrowser.tools.chaos;

import static minibrowser.proto.TabState.TAB_STATE_READY;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import minibrowser.browser.ScreenshotPixels;
import minibrowser.common.TabStates;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.proto.TabInfo;

/**
 * Waiting for the browser to come back, and timing it: tabs ready after a reload,
 * the picture back after the gpu process died, the plugin drawn again. Every wait has a deadline; what does
 * not come back in time throws {@link NotRecovered} saying what was seen instead.
 */
final class Recovery {
    /** How long a tab may take to load, or the picture to come back. */
    static final int DEADLINE_SECONDS = 60;

    /** Something did not come back before its deadline. */
    static final class NotRecovered extends RuntimeException {
        NotRecovered(String message) {
            super(message);
        }
    }

    private final RunningBrowser browser;
    private final Path screenshot;

    Recovery(RunningBrowser browser, Path work) {
        this.browser = browser;
        this.screenshot = work.resolve("chaos-screenshot.png");
    }

    /** The tab with this id as the browser sees it now. */
    TabInfo tab(int id) {
        return browser.tabs().stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new NotRecovered("tab " + id + " is gone"));
    }

    /** Polls {@code condition} until it holds; the milliseconds that took. A failing poll counts as "not yet". */
    static long waitFor(String what, int seconds, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        while (true) {
            boolean holds;
            try {
                holds = condition.getAsBoolean();
            } catch (RuntimeException notYet) {
                holds = false;
            }
            if (holds) return (System.nanoTime() - start) / 1_000_000;
            if (System.nanoTime() > deadline) throw new NotRecovered("not " + what + " after " + seconds + " s");
            pause(50);
        }
    }

    /** Waits until every tab in {@code tabs} is in {@code state} (as ctl tabs says). */
    long tabsIn(List<Integer> tabs, String state, int seconds) {
        return waitFor(String.join(",", tabs.toString()) + " " + state, seconds,
                () -> tabs.stream().allMatch(id -> TabStates.label(tab(id).getState()).equals(state)));
    }

    /**
     * Does {@code action} to each tab (a reload, a navigation), then waits until each
     * has loaded; the milliseconds from the first action until the last tab is ready.
     */
    long readyAfter(List<Integer> tabs, IntConsumer action) {
        long start = System.nanoTime();
        tabs.forEach(action::accept);
        for (int id : tabs) {
            TabInfo loaded;
            try {
                loaded = browser.waitForLoad(id, DEADLINE_SECONDS);
            } catch (RuntimeException stuck) {
                throw new NotRecovered("tab " + id + " did not finish loading in " + DEADLINE_SECONDS + " s: "
                        + stuck.getMessage());
            }
            if (loaded.getState() != TAB_STATE_READY) {
                throw new NotRecovered("tab " + id + " is " + TabStates.label(loaded.getState()) + " after loading"
                        + (loaded.getCrashReason().isEmpty() ? "" : " (" + loaded.getCrashReason() + ")"));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits until a screenshot of {@code tab}, made by the gpu, shows its page's text again. */
    long pictureBack(int tab) {
        return waitFor("drawn again", DEADLINE_SECONDS, () -> {
            browser.screenshot(tab, screenshot, 10);
            return ScreenshotPixels.hasText(screenshot);
        });
    }

    /** Waits until a screenshot of {@code tab} shows the chart plugin's bars (it is on the embed page). */
    long pluginDrawn(int tab) {
        return waitFor("the plugin drawn", DEADLINE_SECONDS, () -> {
            browser.screenshot(tab, screenshot, 10);
            return ScreenshotPixels.hasChartBars(screenshot);
        });
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotRecovered("interrupted");
        }
    }
}
