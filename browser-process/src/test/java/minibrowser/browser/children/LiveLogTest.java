package minibrowser.browser.children;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live log's real FIFO (made with mkfifo) and the checks a child's words pass on their way. */
class LiveLogTest {
    @TempDir Path dir;

    @Test
    void aFollowerGetsTheBacklogThenEachLineTaggedAndCleaned() throws Exception {
        Path file = dir.resolve("browser.log");
        LiveLog log = LiveLog.open(file, dir);
        log.line("browser", 1, "before anyone followed");
        // A child's output: an escape sequence that would recolour a terminal, and a line too long.
        String hostile = "\u001b[31mred\u001b[0m\r\nsecond\n" + "x".repeat(LiveLog.MAX_LINE + 100) + "\n";
        log.follow("renderer", "renderer-1", () -> 42,
                new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)));
        Path fifo = dir.resolve(LiveLog.FIFO_NAME);
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "a FIFO, not a file");

        try (BufferedReader follower = Files.newBufferedReader(fifo, StandardCharsets.UTF_8)) {
            assertEquals("browser 1 before anyone followed", follower.readLine());
            assertEquals("renderer 42 ?[31mred?[0m?", follower.readLine());
            assertEquals("renderer 42 second", follower.readLine());
            String cut = follower.readLine();
            assertEquals("renderer 42 " + "x".repeat(LiveLog.MAX_LINE) + " [cut]", cut);
            log.line("gpu", 7, "after");
            assertEquals("gpu 7 after", follower.readLine());
        }
        List<String> written = Files.readAllLines(file);
        assertEquals(5, written.size(), written.toString());
        assertEquals("gpu 7 after", written.get(4));
    }

    @Test
    void withNobodyFollowingOnlyTheLastLinesAreKept() throws Exception {
        LiveLog log = LiveLog.open(dir.resolve("browser.log"), dir);
        for (int i = 0; i < LiveLog.BACKLOG + 500; i++) log.line("browser", 1, "line " + i);
        TimeUnit.MILLISECONDS.sleep(100);
        try (BufferedReader follower = Files.newBufferedReader(dir.resolve(LiveLog.FIFO_NAME))) {
            // The writer thread holds the one line it took before waiting for a follower (line 0);
            // of the rest, the oldest 500 went to keep the newest BACKLOG.
            assertEquals("browser 1 line 0", follower.readLine());
            assertEquals("browser 1 line 500", follower.readLine());
        }
    }
}
