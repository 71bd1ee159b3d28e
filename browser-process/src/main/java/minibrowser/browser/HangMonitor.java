package minibrowser.browser;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;

/**
 * Chromium's hang monitor. Each beat, the renderer of every tab that is ready or
 * loading gets a ping, which only the renderer's main thread answers; a ping left
 * unanswered for the hang timeout makes the tab {@link TabState#UNRESPONSIVE} and shows
 * the Unresponsive prompt (Wait / Kill), also for a page stuck in its first layout. A tab
 * whose script dialog is open is not watched (its main thread waits for the user). An
 * answer, however late, gives the tab back its state: ready, or loading if its load has
 * not finished.
 *
 * <p>Everything here runs on browser-ui, the thread that owns the tabs: the beat is
 * posted there, and {@link Pinger} answers there. A busy main thread does not stop the
 * renderer's compositor thread, so a hung page still scrolls while its prompt shows.
 */
final class HangMonitor {

    /** Sends a ping to a renderer's main thread; the future completes (on browser-ui) when main answers. */
    interface Pinger {
        CompletableFuture<?> ping(RenderProcessHost renderer, long sequence);
    }

    private final Duration timeout;
    private final Pinger pinger;
    private final Runnable redraw;
    private long nextPing = 1;

    /**
     * @param timeout how long a main thread may leave a ping unanswered
     * @param redraw  called when a tab's state or prompt changed
     */
    HangMonitor(Duration timeout, Pinger pinger, Runnable redraw) {
        this.timeout = timeout;
        this.pinger = pinger;
        this.redraw = redraw;
    }

    Duration timeout() {
        return timeout;
    }

    /** How often to beat: a third of the timeout, between 0.2 and 5 seconds. */
    long beatMillis() {
        return Math.max(200, Math.min(5_000, timeout.toMillis() / 3));
    }

    /** One beat over the browser's tabs. Nothing is redrawn unless a tab changed. */
    void beat(Collection<Tab> tabs) {
        long now = System.nanoTime();
        boolean changed = false;
        for (Tab tab : tabs) {
            RenderProcessHost renderer = tab.renderer;
            // While a script dialog of the tab waits, its renderer's main thread waits for the
            // browser, not for itself: its silence is not a hang, and its ping is not counted.
            boolean watched = renderer != null && renderer.process.isAlive() && tab.dialog == null
                    && (tab.state == TabState.READY || tab.state == TabState.LOADING
                            || tab.state == TabState.UNRESPONSIVE);
            if (!watched) {
                tab.pingSentAt = 0;
                continue;
            }
            if (tab.pingSentAt == 0) {
                sendPing(tab, renderer, now);
                continue;
            }
            if (now - tab.pingSentAt > timeout.toNanos() && tab.state != TabState.UNRESPONSIVE) {
                tab.state = TabState.UNRESPONSIVE;
                changed = true;
            }
            boolean prompt = tab.state == TabState.UNRESPONSIVE && now - tab.hangPromptHiddenUntil >= 0;
            if (prompt != tab.hangPrompt) {
                tab.hangPrompt = prompt;
                changed = true;
            }
        }
        if (changed) redraw.run();
    }

    /**
     * The user answered the tab's Unresponsive prompt: wait (the prompt comes back if main
     * still has not answered after another timeout) or kill the renderer (the tab shows
     * the crashed-tab page; reload starts a new renderer). False when no prompt was shown.
     */
    boolean answer(Tab tab, boolean kill) {
        if (tab == null || !tab.hangPrompt) return false;
        tab.hangPrompt = false;
        if (kill && tab.renderer != null) {
            tab.renderer.process.kill("killed because the page stopped responding (SIGKILL)", false);
        } else {
            waitLonger(tab);
        }
        redraw.run();
        return true;
    }

    /** The user chose Wait: the prompt stays away for another timeout, then comes back if main is still silent. */
    void waitLonger(Tab tab) {
        tab.hangPromptHiddenUntil = System.nanoTime() + timeout.toNanos();
    }

    private void sendPing(Tab tab, RenderProcessHost renderer, long now) {
        long sequence = nextPing++;
        tab.pingSentAt = now;
        tab.pingSequence = sequence;
        pinger.ping(renderer, sequence).thenRun(() -> {
            if (tab.renderer != renderer || tab.pingSequence != sequence) return; // an older renderer, or ping
            tab.pingSentAt = 0;
            if (tab.state == TabState.UNRESPONSIVE) {
                tab.state = tab.loaded.isDone() ? TabState.READY : TabState.LOADING;
                tab.hangPrompt = false;
                redraw.run();
            }
        });
        // A failed ping means the renderer is gone; its exit is reported on its own.
    }
}
