package minibrowser.renderer.script;

import minibrowser.renderer.engine.LayoutQuery;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * What a document's scripts need from outside the script engine, all of it given by the
 * renderer's main thread ({@code MainThread}), which asks the browser where the answer is
 * the browser's to give. In tests, a page's scripts run against a host of the test's own
 * (no browser, no processes), which is why this is an interface.
 *
 * <p>Every method is called on renderer-main; futures may complete on any thread (the
 * scripts post their continuations back to {@link #mainQueue}).
 */
public interface ScriptHost {

    /** renderer-main's task queue: every task of the event loop runs there. */
    Executor mainQueue();

    /** The bytes of a script ({@code <script src>}, a worker's script), through the browser's network; empty when it failed. */
    CompletableFuture<Optional<byte[]>> fetchScript(String url);

    /** A {@code fetch()} or {@code XMLHttpRequest}: the browser allows the document's own origin only. */
    CompletableFuture<HttpResponse> fetch(HttpRequest request);

    /** A {@code console.*} line: into the browser's log and the tab's console. Fire and forget. */
    void console(ConsoleLevel level, String text, String source);

    /**
     * {@code alert}, {@code confirm}, {@code prompt}: the browser shows the dialog (it owns
     * them, as Chromium's browser does) and main waits for the answer; this blocks until then.
     */
    DialogAnswer runDialog(DialogKind kind, String message, String defaultValue);

    /** The script set {@code location}: a renderer-initiated navigation, which the browser checks. */
    void navigate(String url, boolean replace);


    /** Runs style, layout, paint and commit now, if anything changed since the last commit. */
    void renderNow();

    /**
     * A forced layout of the document as it is now, for a script's {@code getComputedStyle}
     * and element sizes: style and layout only, nothing committed ({@link LayoutQuery}).
     */
    LayoutQuery layoutNow();

    /** Completes, on any thread, at the compositor's next frame: what paces {@code requestAnimationFrame}. */
    CompletableFuture<Long> nextFrame();

    /** The viewport in CSS px: {@code innerWidth}, {@code innerHeight}. */
    int viewportWidth();

    /** @see #viewportWidth() */
    int viewportHeight();

    /** The levels of {@code console}. */
    enum ConsoleLevel { LOG, INFO, WARN, ERROR, DEBUG }

    /** The three dialogs a page can open. */
    enum DialogKind { ALERT, CONFIRM, PROMPT }

    /** The user's answer to a dialog: OK (with the prompt's text) or Cancel. */
    record DialogAnswer(boolean accepted, String value) {
        /** What a dialog that could not be shown answers: Cancel. */
        public static final DialogAnswer DISMISSED = new DialogAnswer(false, "");
    }

    /** A script's HTTP request, its URL absolute. */
    record HttpRequest(String method, String url, String contentType, byte[] body) {}

    /** The answer to an {@link HttpRequest}: a failure (refused, network error) is a failed future instead. */
    record HttpResponse(int status, String statusText, String contentType, byte[] body, String url) {}
}
