package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The keys (and focus moves) on their way to one tab's page, in order, on browser-ui.
 * One call is in flight at a time: the next is sent when the page answered the last, so
 * a fast typist's letters reach the page in the order typed (separate gRPC calls could
 * overtake each other in the renderer). Nothing here waits: each call is a future whose
 * answer is posted back to browser-ui ({@link UiThread#whenDone}).
 *
 * <p>A hung page answers nothing: the call in flight fails at its deadline, and at most
 * {@link #MAX_WAITING} more wait behind it; a key beyond that is refused at once, so a
 * hung main thread costs the browser a bounded queue and never its keyboard.
 */
final class KeyQueue {
    /** Keys kept waiting behind the one in flight: more than anyone types ahead of a page that answers. */
    static final int MAX_WAITING = 32;

    private final UiThread ui;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private boolean inFlight;

    KeyQueue(UiThread ui) {
        this.ui = ui;
    }

    /**
     * Sends {@code call} after the calls before it; the future completes on browser-ui
     * with its answer, or fails: the page did not answer, or too many keys wait already.
     */
    <T> CompletableFuture<T> send(Supplier<ListenableFuture<T>> call) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Runnable send = () -> ui.whenDone(call.get()).whenComplete((reply, failed) -> {
            if (failed != null) answer.completeExceptionally(failed); else answer.complete(reply);
            next();
        });
        if (!inFlight) {
            inFlight = true;
            send.run();
        } else if (waiting.size() < MAX_WAITING) {
            waiting.add(send);
        } else {
            answer.completeExceptionally(new IllegalStateException(
                    "key dropped (" + (MAX_WAITING + 1) + " keys unanswered)"));
        }
        return answer;
    }

    /** Keys waiting or in flight (for tests and the status line). */
    int unanswered() {
        return waiting.size() + (inFlight ? 1 : 0);
    }

    private void next() {
        Runnable send = waiting.poll();
        if (send == null) {
            inFlight = false;
        } else {
            send.run();
        }
    }
}
