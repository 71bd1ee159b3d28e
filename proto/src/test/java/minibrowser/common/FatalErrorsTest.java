package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM with a small heap, run with a child's crash handler: an out-of-memory error
 * that a thread catches and swallows (as a library's event loop does) still ends the
 * process with the out-of-memory exit code and a report, found by {@link OutOfMemoryWatch}.
 */
class FatalErrorsTest {
    @TempDir Path session;

    /** The child: installs the handler, then one thread fills the heap and swallows the error. */
    public static final class SwallowsItsOutOfMemory {
        public static void main(String[] args) throws InterruptedException {
            FatalErrors.install("test-child", Switches.parse(args));
            Thread hog = new Thread(() -> {
                List<long[]> kept = new ArrayList<>();
                try {
                    while (true) kept.add(new long[64 * 1024]);
                } catch (OutOfMemoryError swallowed) {
                    // A library that logs and goes on: the heap stays as full as it was.
                    kept.size();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "hog");
            hog.start();
            hog.join();
        }
    }

    @Test
    void aSwallowedOutOfMemoryErrorStillEndsTheProcessWithAReport() throws Exception {
        Files.createDirectories(session.resolve("child-1"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx32m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SwallowsItsOutOfMemory.class.getName(),
                Switches.of(Switches.SESSION_DIR, session.toString()), Switches.of(Switches.CHILD_ID, "child-1"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the process limps on with a full heap");
            assertEquals(ExitCode.OUT_OF_MEMORY.code(), child.exitValue());
            String report = Files.readString(FatalErrors.reportFile(session, "child-1"));
            assertTrue(report.contains("exception: java.lang.OutOfMemoryError: the heap stayed full"), report);
        } finally {
            child.destroyForcibly();
        }
    }
}
