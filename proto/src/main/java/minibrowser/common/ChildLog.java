package minibrowser.common;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * A child process's log lines: one line per record on its stderr, which is a pipe the
 * browser reads. The browser tags each line with the child's type and pid and writes
 * it to the log file and to the live-log FIFO that {@code ./minibrowser logs} follows,
 * so a child never needs to know where its words end up (Chromium's children likewise
 * log to a stderr the browser gave them).
 */
public final class ChildLog {
    private static final Logger LOG = Logger.getLogger("minibrowser.child");
    /** Fills in a record's parameters; its own line format is not used. */
    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    private ChildLog() {}

    /**
     * Sends this process's {@link java.util.logging} records to stderr, a line each. Not
     * for a child run as threads of the browser: the browser's own handler is the one.
     */
    public static void install() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) root.removeHandler(handler);
        root.addHandler(new StreamHandler(System.err, new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                return text(record) + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        });
    }

    /**
     * A record as one line of text, the same in every process: "LEVEL: message (error)".
     * Whoever writes it adds the process type and pid in front.
     */
    public static String text(LogRecord record) {
        String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
        return record.getLevel() + ": " + FORMATTER.formatMessage(record) + thrown;
    }

    /** One line of this process's life, at INFO: "ready: serving on unix:/...". */
    public static void say(String line) {
        LOG.log(Level.INFO, line);
    }
}
