package minibrowser.browser.chaos;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;
import minibrowser.browser.compare.BrowserUnderTest;
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

    private final BrowserUnderTest browser;
    private final Path screenshot;

    Recovery(BrowserUnderTest browser, Path work) {
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
                () -> tabs.stream().allMatch(id -> tab(id).getState().equals(state)));
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
            if (!loaded.getState().equals("ready")) {
                throw new NotRecovered("tab " + id + " is " + loaded.getState() + " after loading"
                        + (loaded.getCrashReason().isEmpty() ? "" : " (" + loaded.getCrashReason() + ")"));
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits until a screenshot of {@code tab}, made by the gpu, shows its page's text again. */
    long pictureBack(int tab) {
        return waitFor("drawn again", DEADLINE_SECONDS, () -> {
            browser.screenshot(tab, screenshot, 10);
            return hasText(screenshot);
        });
    }

    /** Waits until a screenshot of {@code tab} shows the chart plugin's bars (it is on the embed page). */
    long pluginDrawn(int tab) {
        return waitFor("the plugin drawn", DEADLINE_SECONDS, () -> {
            browser.screenshot(tab, screenshot, 10);
            return hasChartBars(screenshot);
        });
    }

    /** The chart plugin draws saturated bars: many strongly coloured pixels (the pages are black on white). */
    static boolean hasChartBars(Path png) {
        return count(png, rgb -> {
            int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
            return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 90;
        }) > 200;
    }

    /** Text is drawn: some pixels are nearly black (every chaos page has a heading). */
    static boolean hasText(Path png) {
        return count(png, rgb -> (((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255)) / 3 < 60) > 20;
    }

    /** How many pixels of the PNG pass {@code test}; 0 when it cannot be read. */
    private static int count(Path png, java.util.function.IntPredicate test) {
        BufferedImage image;
        try {
            image = ImageIO.read(png.toFile());
        } catch (IOException unreadable) {
            return 0;
        }
        if (image == null) return 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (test.test(image.getRGB(x, y))) n++;
            }
        }
        return n;
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
