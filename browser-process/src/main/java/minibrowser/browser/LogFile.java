package minibrowser.browser;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

/**
 * The browser's own log lines (a refused navigation, a dropped message, a library's
 * warning) go to the log file its children write to, never to stderr: in the terminal
 * UI the terminal is the page, and a headless run's stderr carries one line of error.
 */
final class LogFile {
    private LogFile() {}

    /** Sends every {@link java.util.logging} record of this process to {@code file}, one line each. */
    static void install(Path file) throws IOException {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) root.removeHandler(handler);
        StreamHandler toFile = new StreamHandler(new FileOutputStream(file.toFile(), true), new SimpleFormatter() {
            @Override
            public String format(LogRecord record) {
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                return "browser " + ProcessHandle.current().pid() + " " + record.getLevel() + ": "
                        + formatMessage(record) + thrown + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }
        };
        root.addHandler(toFile);
    }
}
