package minibrowser.tools.traceview;

/**
 * A trace file that cannot be drawn: missing, unreadable, not JSON, or without a single
 * event to draw. Its message is one line meant for the user, naming the file and what is
 * wrong with it; the command prints it as it is and exits 1, never with a stack trace.
 */
public final class TraceFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public TraceFileException(String message) {
        super(message);
    }
}
