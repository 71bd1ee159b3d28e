package minibrowser.browser.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import minibrowser.common.CrashReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser files a dead child's report, once, and takes nothing else for one. */
class CrashReportsTest {
    @TempDir Path session;

    private Path childDir(String id) throws Exception {
        return Files.createDirectories(session.resolve(id));
    }

    private static String report(String thread) {
        return new CrashReport("renderer", thread, "java.lang.OutOfMemoryError: Java heap space", "250 MB used of 256 MB",
                List.of("at minibrowser.renderer.MainThread.exhaustMemory(MainThread.java:483)")).text();
    }

    @Test
    void aReportIsFiledUnderTheChildAndPidAndListed() throws Exception {
        Path own = childDir("renderer-3");
        Files.writeString(own.resolve(CrashReport.FILE_NAME), report("renderer-main"));
        CrashReports reports = new CrashReports(session);

        CrashReports.Filed filed = reports.collect("renderer-3", 4242, own).orElseThrow();
        assertEquals(session.resolve("crashes/renderer-3-4242.txt"), filed.file());
        assertEquals("renderer-main: java.lang.OutOfMemoryError: Java heap space", filed.report().summary());
        assertFalse(Files.exists(own.resolve(CrashReport.FILE_NAME)), "the child's own file is taken");
        assertEquals(Optional.empty(), reports.collect("renderer-3", 4242, own), "a report is filed once");

        List<CrashReports.Filed> listed = reports.list();
        assertEquals(1, listed.size());
        assertEquals("renderer-3", listed.get(0).childId());
        assertEquals(4242, listed.get(0).pid());
        assertEquals(filed.report(), listed.get(0).report());
    }

    @Test
    void noFileGarbageALinkOrAHugeFileIsNoReport() throws Exception {
        CrashReports reports = new CrashReports(session);
        Path own = childDir("renderer-1");
        assertEquals(Optional.empty(), reports.collect("renderer-1", 1, own), "nothing left");

        Files.writeString(own.resolve(CrashReport.FILE_NAME), "\u0000\u0001 not a report");
        assertEquals(Optional.empty(), reports.collect("renderer-1", 1, own), "garbage");

        Path secret = Files.writeString(session.resolve("secret.txt"), report("renderer-main"));
        Files.createSymbolicLink(own.resolve(CrashReport.FILE_NAME), secret);
        assertEquals(Optional.empty(), reports.collect("renderer-1", 1, own), "a link is not followed");
        assertTrue(Files.exists(secret), "and what it pointed at is untouched");

        Files.writeString(own.resolve(CrashReport.FILE_NAME), report("renderer-main") + "x".repeat(CrashReport.MAX_BYTES));
        assertEquals(Optional.empty(), reports.collect("renderer-1", 1, own), "too large");
        assertTrue(reports.list().isEmpty());
    }

    @Test
    void theDeathReasonNamesTheReportOrWhyThereIsNone() throws Exception {
        Path own = childDir("renderer-2");
        Files.writeString(own.resolve(CrashReport.FILE_NAME), report("renderer-main"));
        Optional<CrashReports.Filed> filed = new CrashReports(session).collect("renderer-2", 7, own);
        assertEquals("renderer-main: java.lang.OutOfMemoryError: Java heap space; out of memory (exit code 5)",
                ChildProcessHost.describe(5, filed));
        assertEquals("killed by signal 9 (SIGKILL); no crash report (a signal gives a process no chance to write one)",
                ChildProcessHost.describe(137, Optional.empty()));
        assertEquals("exited at once on request (about:kill) (exit code 8)", ChildProcessHost.describe(8, Optional.empty()));
    }
}
