package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.tools.harness.RunningBrowser;

/** {@code --headless --screenshot=FILE --window-size=W,H URL}, as a script would run it. */
class HeadlessScreenshotIT {
    @TempDir Path work;

    record Run(int exit, String output) {}

    private Run run(String... args) throws Exception {
        Path out = work.resolve("out.txt");
        Process process = new ProcessBuilder(RunningBrowser.browserCommand(args)).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        try {
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "screenshot did not finish");
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    @Test
    void writesAPngOfTheRequestedSize() throws Exception {
        try (TestServer server = new TestServer()) {
            Path png = work.resolve("page.png");
            Run run = run("--headless", "--screenshot=" + png, "--window-size=640,360", server.simplePage("/", "Hello"));
            assertEquals(0, run.exit(), run.output());
            BufferedImage image = Screenshots.read(png);
            assertEquals(640, image.getWidth());
            assertEquals(360, image.getHeight());
            assertTrue(Screenshots.hasDarkPixels(png), "the heading and text are drawn");
        }
    }

    @Test
    void imagesAreFetchedByTheBrowserAndDecodedOnTheRenderersWorkerThread() throws Exception {
        try (TestServer server = new TestServer()) {
            server.solidPng("/red.png", 60, 40, 0xE02020);
            String page = server.page("/img", "<title>img</title><p>an image:</p><img src=\"/red.png\" width=\"60\" height=\"40\">");
            Path png = work.resolve("img.png");
            Run run = run("--headless", "--screenshot=" + png, "--window-size=300,200", page);
            assertEquals(0, run.exit(), run.output());
            int red = Screenshots.count(Screenshots.read(png), rgb -> ((rgb >> 16) & 255) > 200 && ((rgb >> 8) & 255) < 60);
            assertTrue(red > 60 * 40 / 2, "the image's red pixels: " + red);
        }
    }

    @Test
    void anIframesDocumentIsDrawnInItsBoxWithItsOwnStyleSheet() throws Exception {
        try (TestServer server = new TestServer()) {
            server.page("/frame.css", "body { margin: 0; background: #20c040 }");
            server.page("/frame", "<link rel=stylesheet href=/frame.css><p>inside the frame</p>");
            server.solidPng("/blue.png", 40, 30, 0x2040E0);
            String page = server.page("/framed", "<title>framed</title><body style='margin:0'>"
                    + "<iframe src=/frame width=200 height=100 frameborder=0></iframe><br>"
                    + "<iframe src=/blue.png width=100 height=60 frameborder=0></iframe>");
            Path png = work.resolve("framed.png");
            Run run = run("--headless", "--screenshot=" + png, "--window-size=300,200", page);
            assertEquals(0, run.exit(), run.output());
            BufferedImage shot = Screenshots.read(png);
            int green = Screenshots.count(shot, rgb -> ((rgb >> 8) & 255) > 150 && ((rgb >> 16) & 255) < 80 && (rgb & 255) < 110);
            assertTrue(green > 200 * 100 / 2, "the frame's green background, from its own sheet: " + green);
            int blue = Screenshots.count(shot, rgb -> (rgb & 255) > 180 && ((rgb >> 16) & 255) < 80);
            assertTrue(blue > 40 * 30 / 2 && blue < 100 * 60, "an image document at its natural size, not stretched: " + blue);
        }
    }

    @Test
    void rendersFileDataAndAboutPages() throws Exception {
        Path html = work.resolve("local.html");
        Files.writeString(html, "<title>local</title><h1>From a file</h1>");
        for (String url : List.of(html.toUri().toString(), "data:text/html,<h1>data%20url</h1>", "about:home")) {
            Path png = work.resolve("shot.png");
            Files.deleteIfExists(png);
            Run run = run("--headless", "--screenshot=" + png, "--window-size=400,300", url);
            assertEquals(0, run.exit(), url + ": " + run.output());
            assertTrue(Screenshots.hasDarkPixels(png), url);
        }
    }

    @Test
    void failsWithOneLineForABadUrlAnUnreachableHostOrAnUnwritableFile() throws Exception {
        Run badUrl = run("--headless", "--screenshot=" + work.resolve("a.png"), "--window-size=100,100", "gopher://x");
        assertNotEquals(0, badUrl.exit());
        assertTrue(badUrl.output().contains("unsupported scheme"), badUrl.output());
        assertEquals(1, badUrl.output().strip().lines().count(), badUrl.output());

        Run refused = run("--headless", "--screenshot=" + work.resolve("b.png"), "--window-size=100,100", "http://127.0.0.1:1/");
        assertNotEquals(0, refused.exit());
        assertTrue(refused.output().contains("refused"), refused.output());

        Run unwritable = run("--headless", "--screenshot=/proc/no/such/dir/c.png", "--window-size=100,100", "about:blank");
        assertNotEquals(0, unwritable.exit());
        assertTrue(unwritable.output().contains("cannot write"), unwritable.output());
        assertEquals(1, unwritable.output().strip().lines().count(), unwritable.output());
    }
}
