package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import minibrowser.proto.ClickTabRequest;
import minibrowser.proto.ProcessInfo;
import minibrowser.tools.harness.RunningBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web worker computes on its own renderer thread while the page's main thread stays
 * responsive: a page where a click on one block starts a worker that counts primes for
 * 5 s, and each click on another changes a counter on the page. While the worker computes (its
 * renderer-worker-N thread is in the task manager's list), the renderer's main thread
 * answers each click ({@code ctl click}: the answer comes once main ran the page's click
 * listener) within 100 ms on a machine that is not busy (see {@link #assertAnswered}),
 * and the page shows the count the clicks made.
 */
class WorkerIT {
    /** How fast main answers a click while the worker computes (the median, on a machine that is not busy). */
    private static final long CLICK_ANSWER_MS = 100;
    /** No click may take this long: a main thread held by the worker would hold it for the worker's seconds. */
    private static final long STALL_MS = 1_000;
    private static final int CLICKS = 5;
    private static final int WARM_UP_CLICKS = 5;
    /** Where the clicks go: inside the pad, and inside the start block below it (CSS px of the viewport). */
    private static final int PAD_Y = 100;
    private static final int START_Y = 236;

    @TempDir Path work;

    private static final String PAD_STYLE = "margin:0;padding:8px;height:200px;background:#dde";

    /** Below the pad: the block whose click starts the worker. */
    private static final String START = "<div id=start style=\"margin:0;padding:8px;height:40px;background:#ede\">start the worker</div>";

    /** The page: clicks on the pad count; a click on the start block starts the worker (its script is /primes.js). */
    private static final String PAGE = "<html><head><title>worker page</title></head><body style=\"margin:0\">"
            + "<div id=pad style=\"" + PAD_STYLE + "\">no clicks yet</div>" + START + "<script>"
            + "var worker = null, clicks = 0, pad = document.getElementById('pad');"
            + "document.getElementById('start').addEventListener('click', function () {"
            + "  worker = new Worker('/primes.js');"
            + "  worker.onmessage = function (e) { console.log('primes below ' + e.data.limit + ': ' + e.data.count); };"
            + "  worker.postMessage({ms: 5000});"
            + "});"
            + "pad.addEventListener('click', function () {"
            + "  clicks++;"
            + "  pad.textContent = 'clicks: ' + clicks;"
            + "});"
            + "</script></body></html>";

    /** Counts primes by trial division for the given time, on the worker's thread, then closes the worker. */
    private static final String PRIMES = "onmessage = function (e) {"
            + "  var end = Date.now() + e.data.ms, count = 0, n = 2;"
            + "  for (; Date.now() < end; n++) {"
            + "    var prime = true;"
            + "    for (var d = 2; d * d <= n; d++) { if (n % d === 0) { prime = false; break; } }"
            + "    if (prime) count++;"
            + "  }"
            + "  postMessage({limit: n, count: count});"
            + "  close();"
            + "};";

    /** The page as it should look after the clicks, without any script. */
    private static String expected(String text) {
        return "<html><head><title>reference</title></head><body style=\"margin:0\">"
                + "<div id=pad style=\"" + PAD_STYLE + "\">" + text + "</div>" + START + "</body></html>";
    }

    @Test
    void mainAnswersEveryClickWithin100msWhileAWorkerComputes() throws Exception {
        try (TestServer server = new TestServer()) {
            String page = server.page("/worker", PAGE);
            server.page("/primes.js", PRIMES);
            String reference = server.page("/reference", expected("clicks: " + (WARM_UP_CLICKS + CLICKS)));
            try (RunningBrowser browser = RunningBrowser.start(work, page)) {
                browser.waitForAllTabs();
                int tab = browser.tabs().get(0).getId();

                // A few clicks before the worker: the same path warmed up, and how fast it is on this machine.
                List<Long> before = new ArrayList<>();
                for (int i = 0; i < WARM_UP_CLICKS; i++) {
                    before.add(click(browser, tab, PAD_Y));
                    Thread.sleep(100);
                }

                // A click on the start block starts the worker; its thread shows in the task manager's list.
                click(browser, tab, START_Y);
                assertTrue(RunningBrowser.eventually(20, () -> workerThread(browser, tab).isPresent()),
                        "a renderer-worker-N thread in the renderer's threads: " + threadsOf(browser, tab));
                String workerThread = workerThread(browser, tab).get();
                Thread.sleep(500); // the worker is well into its loop

                // While it computes, main answers the clicks as fast as before it started.
                List<Long> answers = new ArrayList<>();
                for (int i = 0; i < CLICKS; i++) {
                    answers.add(click(browser, tab, PAD_Y));
                    Thread.sleep(150);
                }
                assertTrue(threadsOf(browser, tab).contains(workerThread),
                        "the worker still computes after the clicks: " + threadsOf(browser, tab));
                assertAnswered(before, answers);

                // The page shows what the clicks did: it looks as the same page written with that text.
                Path shown = work.resolve("shown.png");
                Path wanted = work.resolve("wanted.png");
                browser.screenshot(tab, shown, 30);
                int other = browser.open(reference).getId();
                browser.waitForLoad(other);
                browser.screenshot(other, wanted, 30);
                assertSamePixels(Screenshots.read(wanted), Screenshots.read(shown));

                // The worker finishes its 5 s and closes itself: its thread ends.
                assertTrue(RunningBrowser.eventually(30, () -> !threadsOf(browser, tab).contains(workerThread)),
                        "the worker's thread ended after its work: " + threadsOf(browser, tab));
                assertTrue(browser.isAlive());
            }
        }
    }

    /**
     * Main answered the clicks while the worker computed about as fast as before: the median
     * within 100 ms or, on a busy machine (other builds on its cores), within three times
     * the median of the clicks before the worker started, as GpuHangIT judges a busy
     * machine; and no click near a second, where a main thread that waited for the worker
     * would be (the worker computes for 5 s).
     */
    private static void assertAnswered(List<Long> before, List<Long> during) {
        long allowed = Math.max(CLICK_ANSWER_MS, 3 * median(before));
        String times = during + " ms while the worker computes, " + before + " ms before it started";
        System.out.println("WorkerIT (" + RunningBrowser.processModel() + "): click answers " + times);
        assertTrue(median(during) <= allowed, times + "; the median must be within " + allowed + " ms");
        assertTrue(during.stream().allMatch(ms -> ms < STALL_MS), times + "; none may take " + STALL_MS + " ms");
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One click at (100, y); how long the renderer took to answer, in ms. */
    private static long click(RunningBrowser browser, int tab, int y) {
        long start = System.nanoTime();
        browser.control(10).click(ClickTabRequest.newBuilder().setTab(tab).setX(100).setY(y).build());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The thread names of the process that draws {@code tab} (the task manager's list). */
    private static List<String> threadsOf(RunningBrowser browser, int tab) {
        return browser.processes("renderer").stream().filter(p -> p.getTabsList().contains(tab))
                .findFirst().<List<String>>map(ProcessInfo::getThreadsList).orElse(List.of());
    }

    private static Optional<String> workerThread(RunningBrowser browser, int tab) {
        return threadsOf(browser, tab).stream().filter(name -> name.matches("renderer-worker-\\d+")).findFirst();
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int[] wanted = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        int[] shown = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        assertArrayEquals(wanted, shown, "the page shows \"clicks: " + (WARM_UP_CLICKS + CLICKS)
                + "\", pixel for pixel as the reference page");
    }
}
