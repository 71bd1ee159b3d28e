package minibrowser.browser;

import static minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import minibrowser.browser.net.AboutPages;
import minibrowser.tools.harness.RunningBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Animations split as Chromium splits them, with real processes: the page of
 * {@link AboutPages#ANIMATIONS} has a box that slides by {@code transform} (a compositor
 * animation, on a layer of its own) and one that slides by {@code margin-left} (a
 * main-thread animation). While main is free both move; while main spins
 * ({@code about:shorthang}, which shows the same two boxes), successive screenshots show
 * the compositor's box still moving and main's frozen.
 */
class AnimationsIT {
    /** The compositor box's colour (#1a4d8f) and the main box's (#e06000). */
    private static final int COMPOSITOR_BOX = 0x1a4d8f;
    private static final int MAIN_BOX = 0xe06000;

    @TempDir Path work;

    @Test
    void aCompositorAnimationKeepsMovingWhileMainSpinsAndAMainThreadOneDoesNot() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, "--hang-timeout-seconds=3",
                     server.page("/animations", "<html><head><title>animations</title>" + AboutPages.ANIMATIONS_STYLE
                             + "</head><body>" + AboutPages.ANIMATIONS + "</body></html>"))) {
            browser.waitForAllTabs();
            int tab = browser.tabs().get(0).getId();

            List<int[]> free = positions(browser, tab, "free", 3);
            assertTrue(distinct(free, 0) >= 2, "main is free: the compositor's box moves " + text(free));
            assertTrue(distinct(free, 1) >= 2, "main is free: main's box moves too " + text(free));

            browser.navigate(tab, "about:shorthang");
            assertTrue(RunningBrowser.eventually(30, () -> browser.tabs().get(0).getState() == TAB_STATE_UNRESPONSIVE),
                    "main spins: " + browser.tabs().get(0));
            List<int[]> spinning = positions(browser, tab, "spinning", 4);
            assertTrue(distinct(spinning, 0) >= 3, "main spins, the compositor's box still moves " + text(spinning));
            assertEquals(1, distinct(spinning, 1), "main spins, main's box stands still " + text(spinning));
            assertEquals(TAB_STATE_UNRESPONSIVE, browser.tabs().get(0).getState(), "main spun throughout");
        }
    }

    /** {@code count} screenshots about 400 ms apart; for each, the left edge of each box {compositor, main}. */
    private List<int[]> positions(RunningBrowser browser, int tab, String name, int count) throws InterruptedException {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path png = work.resolve(name + "-" + i + ".png");
            browser.screenshot(tab, png, 30);
            BufferedImage image = Screenshots.read(png);
            int[] edges = {leftEdge(image, COMPOSITOR_BOX), leftEdge(image, MAIN_BOX)};
            assertTrue(edges[0] >= 0 && edges[1] >= 0, "both boxes are drawn in " + png + ": " + edges[0] + ", " + edges[1]);
            out.add(edges);
            Thread.sleep(400);
        }
        return out;
    }

    /** The smallest x of a pixel of {@code rgb} (within a small tolerance), or -1. */
    private static int leftEdge(BufferedImage image, int rgb) {
        int best = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth() && (best < 0 || x < best); x++) {
                if (close(image.getRGB(x, y), rgb)) {
                    best = x;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean close(int argb, int rgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((argb >> shift) & 255) - ((rgb >> shift) & 255)) > 6) return false;
        }
        return true;
    }

    private static int distinct(List<int[]> positions, int box) {
        HashSet<Integer> seen = new HashSet<>();
        for (int[] p : positions) seen.add(p[box]);
        return seen.size();
    }

    private static String text(List<int[]> positions) {
        StringBuilder s = new StringBuilder();
        for (int[] p : positions) s.append('(').append(p[0]).append(", ").append(p[1]).append(") ");
        return s.toString().trim();
    }
}
