package minibrowser.browser;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import minibrowser.browser.children.LiveLog;

/**
 * The browser's own log lines (a refused navigation, a dropped message, a library's
 * warning) go to the log file its children write to, never to stderr: in the terminal
 * UI the terminal is the page, and a headless run's stderr carries one line of error.
 */
final class LogFile {
    private LogFile() {}

    /** Sends every {@link java.util.logging} record of this process to {@code log}, one line each. */
    static void install(LiveLog log) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) root.removeHandler(handler);
        long pid = ProcessHandle.current().pid();
        SimpleFormatter message = new SimpleFormatter();
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                log.line("browser", pid, record.getLevel() + ": " + message.formatMessage(record) + thrown);
            }

            @Override public void flush() { }
            @Override public void close() { }
        });
    }
}
