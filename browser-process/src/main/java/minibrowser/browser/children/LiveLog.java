package minibrowser.browser.children;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import minibrowser.common.NamedThreads;

/**
 * Every process's log lines, in one place and in two forms: appended to the log file,
 * and written to a named pipe (a FIFO, {@code mkfifo(1)}) in the session directory,
 * which {@code ./minibrowser logs} follows from a terminal of its own. A FIFO is how two
 * unrelated processes, neither the parent of the other, share a pipe: it has a name in
 * the file system, so the follower finds it, and the kernel carries the bytes; nothing
 * is stored in the file.
 *
 * <p>Each line is tagged with the process type and pid that wrote it ("renderer 4242
 * INFO: ..."), as Chromium's {@code --enable-logging=stderr} prefixes its lines with the
 * pid. A child's lines come from its stdout and stderr, a pipe the browser reads on a
 * thread per child ({@code browser-log-<child id>}): the child never knows where its
 * words end up, and what it prints is checked here (control characters blanked, lines
 * cut at {@link #MAX_LINE}) before a terminal sees it.
 *
 * <p>Opening a FIFO for writing blocks until a reader opens it, so one thread
 * ({@code browser-live-log}) does only that: it waits for a follower, sends the lines
 * kept while nobody followed (the last {@link #BACKLOG}), then each new one; when the
 * follower leaves (a write fails with a broken pipe) it waits for the next. No other
 * thread ever waits on the follower.
 */
public final class LiveLog {
    /** The FIFO's name in the session directory. */
    public static final String FIFO_NAME = "logs.fifo";
    /** The longest line passed on; a longer one is cut, and says so. */
    static final int MAX_LINE = 4096;
    /** What a cut line ends with. */
    private static final String CUT = " [cut]";
    /** The lines kept for a follower that has not come yet. */
    static final int BACKLOG = 2000;

    private final Writer file;
    private final BlockingQueue<String> pending = new LinkedBlockingQueue<>(BACKLOG);
    /** The FIFO, when there is one. */
    private volatile Path fifo;
    /** Set by {@link #close}: the FIFO's thread opens the FIFO no more. */
    private volatile boolean closed;
    /** Our own read-write end of the FIFO, opened by {@link #close} and kept until the JVM ends. */
    private java.io.RandomAccessFile lastReader;

    private LiveLog(Writer file) {
        this.file = file;
    }

    /**
     * Opens the log at {@code logFile} and makes the FIFO in {@code sessionDir}; without
     * {@code mkfifo} the log file alone is written, and the reason logged.
     */
    public static LiveLog open(Path logFile, Path sessionDir) throws IOException {
        LiveLog log = fileOnly(logFile);
        Path fifo = sessionDir.resolve(FIFO_NAME);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
                // A daemon: it may wait in open(2) for a follower that never comes.
                log.fifo = fifo;
                NamedThreads.single("browser-live-log", true).newThread(() -> log.feed(fifo)).start();
            } else {
                mkfifo.destroyForcibly();
                log.line("browser", ProcessHandle.current().pid(), "WARNING: mkfifo failed: no live log at " + fifo);
            }
        } catch (IOException e) {
            log.line("browser", ProcessHandle.current().pid(), "WARNING: no mkfifo (" + e.getMessage() + "): no live log");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return log;
    }

    /** A log with no FIFO: only the file (the {@code compare} harness's children). */
    public static LiveLog fileOnly(Path logFile) throws IOException {
        return new LiveLog(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    /** Writes one line of process {@code type}'s {@code pid}; any thread. */
    public void line(String type, long pid, String text) {
        String tagged = type + " " + pid + " " + clean(text);
        synchronized (this) {
            try {
                file.write(tagged);
                file.write(System.lineSeparator());
                file.flush();
            } catch (IOException e) {
                // A full disk loses the file's copy; the follower still gets the line.
            }
            while (!pending.offer(tagged)) pending.poll(); // nobody follows: the oldest goes
        }
    }

    /**
     * Reads {@code output} (a child's stdout and stderr) line by line until its end, on a
     * thread named {@code browser-log-<childId>}, and writes each line as {@code type}'s.
     *
     * @param pid the child's pid at the time of each line (a sandboxed child's is known only once it is ready)
     */
    public void follow(String type, String childId, LongSupplier pid, InputStream output) {
        NamedThreads.single("browser-log-" + childId, true).newThread(() -> {
            try (Reader in = new InputStreamReader(output, StandardCharsets.UTF_8)) {
                StringBuilder current = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == '\n') {
                        line(type, pid.getAsLong(), current.toString());
                        current.setLength(0);
                    } else if (current.length() <= MAX_LINE) {
                        current.append((char) c); // one more than MAX_LINE, so that clean() sees the cut
                    }
                }
                if (current.length() > 0) line(type, pid.getAsLong(), current.toString());
            } catch (IOException e) {
                // The child is gone and its end of the pipe with it.
            }
        }).start();
    }

    /**
     * Lets the FIFO's thread go, as the browser ends. That thread mostly waits in open(2)
     * for a follower, in native code, and a JVM that exits waits for threads in native
     * code to come back, for 300 ms ({@code VM_Exit::wait_for_threads_in_native_to_block}
     * in HotSpot): every exit of the browser paid it, a third of a headless screenshot. So
     * the backlog is dropped and the FIFO opened here for reading and writing (which Linux
     * never makes wait): the thread's open(2) has its reader and returns, its one line goes
     * into the pipe, and it opens the FIFO no more. Our end stays open until the process ends.
     */
    public void close() {
        closed = true;
        pending.clear();
        Path path = fifo;
        if (path == null) return;
        try {
            synchronized (this) {
                if (lastReader == null) lastReader = new java.io.RandomAccessFile(path.toFile(), "rw");
            }
        } catch (IOException gone) {
            // No FIFO any more: nobody waits in it.
        }
    }

    /** The FIFO's thread: a follower at a time, the backlog first, then each line as it comes. */
    private void feed(Path fifo) {
        while (!closed) {
            String first;
            try {
                first = pending.take(); // something to say before waiting for someone to say it to
            } catch (InterruptedException e) {
                return;
            }
            if (closed) return;
            try (OutputStream follower = Files.newOutputStream(fifo, StandardOpenOption.WRITE)) {
                for (String next = first; next != null; next = pending.take()) {
                    follower.write((next + "\n").getBytes(StandardCharsets.UTF_8));
                    follower.flush();
                }
            } catch (IOException leftOrGone) {
                // The follower left (EPIPE) or the session directory is being removed: wait for the next.
                if (closed || !Files.exists(fifo)) return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A line a terminal can show as it is: no escape sequences, no carriage returns, no other control characters. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LINE + CUT.length()));
        for (int i = 0; i < text.length() && out.length() < MAX_LINE; i++) {
            char c = text.charAt(i);
            out.append(c == '\t' || (c >= 0x20 && c != 0x7f && (c < 0x80 || c > 0x9f)) ? c : '?');
        }
        if (text.length() > MAX_LINE) out.append(CUT);
        return out.toString();
    }
}
