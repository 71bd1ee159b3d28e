package minibrowser.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a dying child process leaves behind, as Chromium's crash handler leaves a
 * minidump: which thread failed, with what, where (the top frames), and how much
 * heap was in use. The child writes it ({@link FatalErrors}) into its own directory
 * of the session, the one place a sandboxed child may write; the browser reads it
 * once the kernel says the child is gone ({@link #parse}), believing nothing in it
 * that does not look as a report must.
 *
 * <p>The file is plain text, one {@code key: value} a line, then the frames:
 * <pre>
 *   minibrowser crash report
 *   process: renderer
 *   thread: renderer-main
 *   exception: java.lang.OutOfMemoryError: Java heap space
 *   heap: 251 MB used of 256 MB
 *   frames:
 *     at minibrowser.renderer.MainThread.exhaustMemory(MainThread.java:483)
 * </pre>
 *
 * @param process   the child's type ("renderer", "gpu", "plugin")
 * @param thread    the name of the thread the error ended
 * @param exception the error's class and message ("java.lang.StackOverflowError")
 * @param heap      the heap in use and the cap, in words
 * @param frames    the top {@link #MAX_FRAMES} frames of the error's stack, innermost first
 */
public record CrashReport(String process, String thread, String exception, String heap, List<String> frames) {
    /** The file's name in the child's directory ({@code SessionLayout.childDir}). */
    public static final String FILE_NAME = "crash-report.txt";
    /** A report larger than this was not written by an honest child. */
    public static final int MAX_BYTES = 16 * 1024;
    static final int MAX_FRAMES = 12;
    private static final int MAX_LINE = 300;
    private static final String FIRST_LINE = "minibrowser crash report";
    /** A Java class name, then optionally ": " and a message. */
    private static final Pattern EXCEPTION = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*(: .*)?");
    /** Names threads are given ({@code NamedThreads}), and the JVM's own ("main", "Thread-3"). */
    private static final Pattern THREAD = Pattern.compile("[\\w .#:()\\[\\]-]{1,80}");
    private static final Pattern PROCESS = Pattern.compile("renderer|gpu|plugin");

    /** The report of {@code error}, which ended {@code thread} of this process. */
    public static CrashReport of(String process, Thread thread, Throwable error) {
        List<String> frames = new ArrayList<>();
        StackTraceElement[] stack = error.getStackTrace();
        for (int i = 0; i < Math.min(MAX_FRAMES, stack.length); i++) frames.add("at " + stack[i]);
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        String heap = (used >> 20) + " MB used of " + (runtime.maxMemory() >> 20) + " MB";
        return new CrashReport(process, thread.getName(), String.valueOf(error), heap, frames);
    }

    /** The file's text. */
    public String text() {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n')
                .append("process: ").append(process).append('\n')
                .append("thread: ").append(thread).append('\n')
                .append("exception: ").append(oneLine(exception)).append('\n')
                .append("heap: ").append(heap).append('\n')
                .append("frames:\n");
        for (String frame : frames) text.append("  ").append(oneLine(frame)).append('\n');
        return text.toString();
    }

    /** "renderer-main: java.lang.OutOfMemoryError: Java heap space": what a crashed tab names. */
    public String summary() {
        return thread + ": " + exception;
    }

    /**
     * The report in {@code text}, if it is one: the first line, a known process type,
     * a thread name and an exception class that look like names, lines cut at
     * {@value #MAX_LINE} characters, no control characters. Empty for anything else.
     */
    public static Optional<CrashReport> parse(String text) {
        if (text.length() > MAX_BYTES) return Optional.empty();
        String[] lines = text.split("\n", -1);
        if (lines.length < 6 || !lines[0].equals(FIRST_LINE)) return Optional.empty();
        String process = field(lines[1], "process");
        String thread = field(lines[2], "thread");
        String exception = field(lines[3], "exception");
        String heap = field(lines[4], "heap");
        if (process == null || thread == null || exception == null || heap == null
                || !lines[5].equals("frames:")
                || !PROCESS.matcher(process).matches()
                || !THREAD.matcher(thread).matches()
                || !EXCEPTION.matcher(exception).matches()) {
            return Optional.empty();
        }
        List<String> frames = new ArrayList<>();
        for (int i = 6; i < lines.length && frames.size() < MAX_FRAMES; i++) {
            String frame = clean(lines[i].strip());
            if (frame.startsWith("at ")) frames.add(frame);
        }
        return Optional.of(new CrashReport(process, thread, exception, heap, frames));
    }

    private static String field(String line, String key) {
        String prefix = key + ": ";
        return line.startsWith(prefix) ? clean(line.substring(prefix.length())) : null;
    }

    /** At most {@value #MAX_LINE} characters, with every control character made a space. */
    private static String clean(String value) {
        String cut = value.length() > MAX_LINE ? value.substring(0, MAX_LINE) : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.toString();
    }

    private static String oneLine(String value) {
        return value.replace('\n', ' ').replace('\r', ' ');
    }
}
