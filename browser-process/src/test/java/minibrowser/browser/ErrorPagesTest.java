package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The crashed-tab page says why the renderer died and, after a quick second crash, that it crashed again. */
class ErrorPagesTest {
    @Test
    void aSingleCrashShowsItsReasonOnly() {
        List<String> page = ErrorPages.crashedTab("killed by signal 9 (SIGKILL)", "", "");
        assertTrue(page.stream().anyMatch(l -> l.contains("What happened: killed by signal 9 (SIGKILL)")), page.toString());
        assertTrue(page.stream().noneMatch(l -> l.contains("again")), page.toString());
    }

    @Test
    void aQuickSecondCrashSaysItCrashedAgain() {
        List<String> page = ErrorPages.crashedTab("killed by signal 9 (SIGKILL)", "",
                "crashed again within 10 s (2 quick crashes in a row)");
        assertTrue(page.stream().anyMatch(l -> l.contains("It crashed again within 10 s (2 quick crashes in a row).")),
                page.toString());
    }

    @Test
    void aCrashWithAReportNamesTheThreadTheErrorAndTheFile() {
        List<String> page = ErrorPages.crashedTab("renderer-main: java.lang.OutOfMemoryError: Java heap space; out of memory (exit code 5)",
                "/dev/shm/minibrowser-1-ab/crashes/renderer-3-42.txt", "");
        assertTrue(page.contains("  What happened: renderer-main: java.lang.OutOfMemoryError: Java heap space"), page.toString());
        assertTrue(page.stream().anyMatch(l -> l.strip().equals("out of memory (exit code 5)")), page.toString());
        assertTrue(page.stream().anyMatch(l -> l.contains("Crash report:  /dev/shm/minibrowser-1-ab/crashes/renderer-3-42.txt")),
                page.toString());
    }
}
