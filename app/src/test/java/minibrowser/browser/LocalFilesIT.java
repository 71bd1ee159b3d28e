package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import minibrowser.proto.ScreenshotRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/**
 * A web page may not read local files through the browser (Chromium: "Not allowed to
 * load local resource"); a page that is itself a local file may. The same red image,
 * named by a file: URL, is drawn in the local page and left out of the web page.
 */
class LocalFilesIT {
    @TempDir Path work;

    @Test
    void aWebPageCannotLoadLocalFilesALocalPageCan() throws Exception {
        Path red = work.resolve("red.png");
        BufferedImage image = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) for (int x = 0; x < 80; x++) image.setRGB(x, y, 0xFF0000);
        ImageIO.write(image, "png", red.toFile());
        String html = "<html><body><p>image:</p><img src=\"" + red.toUri() + "\" width=80 height=80></body></html>";
        Path local = Files.writeString(work.resolve("local.html"), html);

        try (TestServer server = new TestServer();
             RunningBrowser browser = RunningBrowser.start(work, local.toUri().toString(), server.page("/web", html))) {
            browser.waitForAllTabs();
            assertTrue(redPixels(browser, 1) > 5000, "the local page shows its local image");
            assertEquals(0, redPixels(browser, 2), "the web page does not get the local file");
        }
    }

    /** Red pixels in a screenshot of {@code tab}, once its images had time to arrive. */
    private int redPixels(RunningBrowser browser, int tab) throws Exception {
        Path shot = work.resolve("tab" + tab + ".png");
        int[] red = {0};
        RunningBrowser.eventually(10, () -> {
            browser.control().screenshot(ScreenshotRequest.newBuilder().setTab(tab).setPath(shot.toString()).build());
            red[0] = Screenshots.count(Screenshots.read(shot), rgb -> ((rgb >> 16) & 0xFF) > 200
                    && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) < 60);
            return red[0] > 5000;
        });
        return red[0];
    }
}
