package minibrowser.renderer.script;

import org.mozilla.javascript.RhinoException;

/**
 * An error no script caught, as the console and an {@code error} event describe it: the
 * message ("ReferenceError: x is not defined") and where it was thrown. The same words
 * for a document's scripts and a worker's.
 *
 * @param message the error's name and message
 * @param file    the script's URL, or "" when not known
 * @param line    the line in it, or 0
 */
record UncaughtError(String message, String file, int line) {

    /** What {@code error} says of itself. */
    static UncaughtError of(Throwable error) {
        if (error instanceof RhinoException e) {
            return new UncaughtError(e.details(), e.sourceName() == null ? "" : e.sourceName(), Math.max(0, e.lineNumber()));
        }
        if (error instanceof StackOverflowError) return new UncaughtError("RangeError: Maximum call stack size exceeded", "", 0);
        return new UncaughtError("InternalError: " + error, "", 0); // a fault of the engine's bindings, not of the page
    }

    /** "url:line", or "" when the place is not known. */
    String source() {
        return file.isEmpty() ? "" : file + ":" + line;
    }
}
