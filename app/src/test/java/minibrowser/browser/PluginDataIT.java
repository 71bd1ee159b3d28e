package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import minibrowser.proto.ScreenshotRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * An embed's data is fetched for its page under the same rule as every other fetch
 * ({@code PageFetchPolicy}): a web page's {@code <embed src="file:///...">} gets nothing,
 * so the plugin cannot draw the user's file; a local page's embed gets its local data.
 */
class PluginDataIT {
    @TempDir Path work;

    @Test
    void aWebPageCannotHandALocalFileToAPlugin() throws Exception {
        Path data = Files.writeString(work.resolve("private.csv"), "month,amount\njan,5\nfeb,9\nmar,7\n");
        String html = "<html><body style=\"background:#ffffff\"><p>chart:</p><embed type=\"application/x-minibrowser-chart\""
                + " src=\"" + data.toUri() + "\" width=\"200\" height=\"100\"></body></html>";
        Path local = Files.writeString(work.resolve("local.html"), html);
        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, local.toUri().toString(), server.page("/web", html))) {
            browser.waitForAllTabs();
            assertTrue(RunningBrowser.eventually(20, () -> chartBars(browser, 1)), "the local page's chart shows its local data");
            Thread.sleep(1500); // the web page's plugin had as long to draw
            assertFalse(chartBars(browser, 2), "the web page's plugin got no local file to draw");
        }
    }

    private boolean chartBars(RunningBrowser browser, int tab) {
        Path shot = work.resolve("tab" + tab + ".png");
        browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(shot.toString()).build());
        return Screenshots.hasChartBars(shot);
    }
}
