package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import minibrowser.tools.harness.RunningBrowser;

/** {@code ./minibrowser ctl --connect=SOCKET ARGS}, run as another program runs it, against a test's browser. */
record CtlRun(int exit, String out) {
    /** Runs it; what it printed (stderr with stdout) and its exit code. */
    static CtlRun run(RunningBrowser browser, String... args) throws Exception {
        Process process = new ProcessBuilder(command(browser, args)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ctl " + String.join(" ", args) + " ends");
        return new CtlRun(process.exitValue(), out.strip());
    }

    /** Runs it, which must exit 0; its stdout (stderr goes to the test's). */
    static String ok(RunningBrowser browser, String... args) throws Exception {
        Process process = new ProcessBuilder(command(browser, args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "ctl " + String.join(" ", args) + " ends");
        assertEquals(0, process.exitValue(), "ctl " + String.join(" ", args) + ": " + out);
        return out.strip();
    }

    private static List<String> command(RunningBrowser browser, String... args) {
        List<String> all = new ArrayList<>(List.of("ctl", "--connect=" + browser.socket));
        all.addAll(List.of(args));
        return RunningBrowser.javaCommand(all.toArray(new String[0]));
    }
}
