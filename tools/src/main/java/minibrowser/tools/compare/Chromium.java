package minibrowser.tools.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Chromium's own headless screenshot of the same page, when chromium is installed: the reference. */
final class Chromium {
    private Chromium() {}

    /** Seconds per {@code chromium --headless --screenshot}, or empty samples when there is no chromium. */
    static Samples screenshotSeconds(int runs) {
        Samples seconds = new Samples();
        String binary = List.of("chromium", "chromium-browser", "google-chrome").stream()
                .filter(Chromium::onPath).findFirst().orElse(null);
        if (binary == null) return seconds;
        try {
            Path dir = Files.createTempDirectory("minibrowser-compare-chromium-");
            Path png = dir.resolve("shot.png");
            for (int run = 0; run < runs + 1; run++) {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(binary, "--headless", "--no-sandbox", "--disable-gpu",
                        "--user-data-dir=" + dir.resolve("profile"), "--screenshot=" + png, "--window-size=800,600",
                        BrowserRows.PAGE).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                boolean done = process.waitFor(60, TimeUnit.SECONDS);
                double took = (System.nanoTime() - start) / 1e9;
                if (!done || process.exitValue() != 0) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    break;
                }
                if (run > 0) seconds.add(took); // the first run creates the profile
            }
            minibrowser.common.ipc.ChildEndpoint.deleteQuietly(dir);
        } catch (Exception failed) {
            // No reference figure then.
        }
        return seconds;
    }

    /** Whether an executable called {@code name} is on the PATH. */
    static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }
}
