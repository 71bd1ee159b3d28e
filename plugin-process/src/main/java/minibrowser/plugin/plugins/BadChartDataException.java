package minibrowser.plugin.plugins;

/** The chart's data cannot be read; the message says why, in words for the page's reader. */
final class BadChartDataException extends Exception {

    BadChartDataException(String message) {
        super(message);
    }
}
