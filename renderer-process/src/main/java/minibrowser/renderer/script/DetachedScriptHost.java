package minibrowser.renderer.script;

import java.util.Optional;
import minibrowser.renderer.engine.LayoutQuery;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The outside world of a page that has no browser and no screen: the spare renderer's
 * warm-up page ({@code WarmUp}) and {@code bench scripts}. Its tasks wait in a queue of
 * its own, which the owner drains on its thread ({@link #runUntilIdle}), so the page's
 * scripts run on the thread that owns it, as on renderer-main; timers post into it from
 * renderer-timers, hence a thread-safe queue.
 *
 * <p>Nothing leaves: no fetch (a failed future), no script source (empty), no navigation;
 * dialogs are dismissed; console messages are only counted. Each rendering step calls
 * {@code render}, and a frame is "now" (there is no compositor to pace it).
 */
public final class DetachedScriptHost implements ScriptHost {
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final int width;
    private final int height;
    private final Runnable render;
    private int consoleMessages;

    /** A viewport of {@code width} x {@code height} CSS px; {@code render} lays the page out again (style to paint). */
    public DetachedScriptHost(int width, int height, Runnable render) {
        this.width = width;
        this.height = height;
        this.render = render;
    }

    /**
     * Runs queued tasks on the calling thread until none has come for {@code quietMillis},
     * or {@code maxMillis} have passed (endless timers would otherwise never let go).
     */
    public void runUntilIdle(long quietMillis, long maxMillis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
        try {
            Runnable task;
            while (System.nanoTime() < end && (task = tasks.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) task.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many console messages the page wrote (a sign its scripts ran). */
    public int consoleMessages() {
        return consoleMessages;
    }

    @Override public Executor mainQueue() { return tasks::add; }

    @Override public CompletableFuture<Optional<byte[]>> fetchScript(String url) {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    @Override public CompletableFuture<HttpResponse> fetch(HttpRequest request) {
        return CompletableFuture.failedFuture(new IllegalStateException("a detached page has no network"));
    }

    @Override public void console(ConsoleLevel level, String text, String source) { consoleMessages++; }

    @Override public DialogAnswer runDialog(DialogKind kind, String message, String defaultValue) {
        return DialogAnswer.DISMISSED;
    }

    @Override public void navigate(String url, boolean replace) {}


    @Override public void renderNow() { render.run(); }

    /** A detached page answers layout questions as an empty one: nothing here needs its sizes. */
    @Override public LayoutQuery layoutNow() { return LayoutQuery.empty(width, height); }

    @Override public CompletableFuture<Long> nextFrame() { return CompletableFuture.completedFuture(System.nanoTime()); }

    @Override public int viewportWidth() { return width; }

    @Override public int viewportHeight() { return height; }
}
