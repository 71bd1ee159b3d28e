package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A crash report reads back as it was written, and the browser's reading refuses what a report cannot be. */
class CrashReportTest {
    private static StackOverflowError overflow() {
        try {
            return deeper(0);
        } catch (StackOverflowError e) {
            return e;
        }
    }

    private static StackOverflowError deeper(int depth) {
        return deeper(depth + 1);
    }

    @Test
    void aReportOfARealErrorReadsBackWhole() {
        Thread thread = new Thread(() -> {}, "renderer-main");
        CrashReport written = CrashReport.of("renderer", thread, overflow());
        CrashReport read = CrashReport.parse(written.text()).orElseThrow();
        assertEquals(written, read);
        assertEquals("renderer-main: java.lang.StackOverflowError", read.summary());
        assertEquals(CrashReport.MAX_FRAMES, read.frames().size(), "the top frames only");
        assertTrue(read.frames().get(0).contains("CrashReportTest.deeper"), read.frames().get(0));
        assertTrue(read.heap().matches("\\d+ MB used of \\d+ MB"), read.heap());
    }

    @Test
    void aMessageWithNewLinesStaysOnItsLine() {
        CrashReport written = CrashReport.of("gpu", Thread.currentThread(), new IllegalStateException("one\ntwo\rthree"));
        CrashReport read = CrashReport.parse(written.text()).orElseThrow();
        assertEquals("java.lang.IllegalStateException: one two three", read.exception());
    }

    @Test
    void whatIsNotAReportIsRefused() {
        String good = new CrashReport("renderer", "renderer-main", "java.lang.Error", "1 MB used of 2 MB", List.of("at a.b(C.java:1)")).text();
        assertTrue(CrashReport.parse(good).isPresent());
        for (String bad : List.of("", "garbage", good.replace("minibrowser crash report", "a crash report"),
                good.replace("process: renderer", "process: browser"),
                good.replace("thread: renderer-main", "thread: " + "x".repeat(200)),
                good.replace("thread: renderer-main", "thread: <script>"),
                good.replace("exception: java.lang.Error", "exception: not a class name"),
                good.replace("frames:", "stack:"),
                good + "at x\n".repeat(CrashReport.MAX_BYTES / 4))) {
            assertEquals(Optional.empty(), CrashReport.parse(bad), bad.length() > 200 ? bad.substring(0, 200) : bad);
        }
    }

    @Test
    void linesAreCutAndControlCharactersBlanked() {
        String text = new CrashReport("plugin", "plugin-paint", "java.lang.Error: \u001b[2J" + "y".repeat(1000),
                "1 MB used of 2 MB", List.of("at x(\u0007)", "not a frame")).text();
        CrashReport read = CrashReport.parse(text).orElseThrow();
        assertFalse(read.exception().contains("\u001b"), "no escape sequence reaches a terminal");
        assertTrue(read.exception().length() <= 300);
        assertEquals(List.of("at x( )"), read.frames(), "only frames, cleaned");
    }
}
