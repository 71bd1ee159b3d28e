package minibrowser.browser;

import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import minibrowser.browser.children.LiveLog;
import minibrowser.common.ChildLog;

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
        root.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.line("browser", pid, ChildLog.text(record));
            }

            @Override public void flush() { }
            @Override public void close() { }
        });
    }
}
