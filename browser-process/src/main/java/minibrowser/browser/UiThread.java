package minibrowser.browser;

import com.google.common.util.concurrent.ListenableFuture;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import minibrowser.common.NamedThreads;

/**
 * The {@code browser-ui} thread: the one owner of the browser's state (the tabs, the
 * renderers, the gpu connection, plugin instances, the UI). Every class of the browser
 * that keeps state is used on it only, so none of their fields needs a lock.
 *
 * <p>Its one rule: nothing that runs here waits for another process. A call to a child
 * is a gRPC future ({@code *FutureStub}), and its answer is posted back here by
 * {@link #whenDone}, where the state changes. A hung child then delays only what
 * waits for its answer; the keyboard, {@code ctl} and every other tab carry on.
 */
final class UiThread {
    private final ExecutorService queue = NamedThreads.taskQueue("browser-ui");

    /** Runs {@code work} on browser-ui; the future completes with its result. */
    <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, queue);
    }

    CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, queue);
    }

    /** Posts {@code work} to browser-ui, for a caller that wants no answer. */
    void post(Runnable work) {
        queue.execute(work);
    }

    /** The executor, for {@code *Async} stages that must continue on browser-ui. */
    ExecutorService executor() {
        return queue;
    }

    /** A gRPC future as a CompletableFuture whose callbacks run on browser-ui: the answer is posted here. */
    <T> CompletableFuture<T> whenDone(ListenableFuture<T> call) {
        return completedOn(call, queue);
    }

    /** A gRPC future as a CompletableFuture completed on the gRPC thread that got the answer (nothing posted). */
    static <T> CompletableFuture<T> answered(ListenableFuture<T> call) {
        return completedOn(call, Runnable::run);
    }

    /** {@code call}'s answer, or the reason it failed (not its ExecutionException wrapper), delivered by {@code where}. */
    private static <T> CompletableFuture<T> completedOn(ListenableFuture<T> call, java.util.concurrent.Executor where) {
        CompletableFuture<T> done = new CompletableFuture<>();
        call.addListener(() -> {
            try {
                done.complete(call.get());
            } catch (java.util.concurrent.ExecutionException failed) {
                done.completeExceptionally(failed.getCause());
            } catch (Exception failed) {
                done.completeExceptionally(failed);
            }
        }, where);
        return done;
    }

    /** Runs {@code last} on browser-ui, waiting a little for it; then stops the thread. */
    void stopAfter(Runnable last) {
        try {
            run(last).get(2, TimeUnit.SECONDS);
        } catch (Exception uiStuck) {
            // browser-ui is stuck or gone; it is stopped below anyway
        }
        queue.shutdownNow();
    }
}
