package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./minibrowser} launcher at the repository root runs the one artifact. */
class LauncherIT {
    @TempDir Path work;

    @Test
    void theLauncherRunsTheArtifact() throws Exception {
        Path launcher = Path.of("..", "minibrowser").toAbsolutePath().normalize();
        Path png = work.resolve("home.png");
        Process process = new ProcessBuilder(launcher.toString(), "--headless", "--screenshot=" + png,
                "--window-size=320,200", "about:home").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        assertEquals(0, process.exitValue(), out);
        assertEquals(320, Screenshots.read(png).getWidth());

        Process help = new ProcessBuilder(launcher.toString(), "--help").redirectErrorStream(true).start();
        String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(help.waitFor(60, TimeUnit.SECONDS));
        assertTrue(usage.contains("--remote-control"), usage);
    }
}
