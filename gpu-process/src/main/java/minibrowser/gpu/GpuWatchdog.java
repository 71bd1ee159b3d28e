package minibrowser.gpu;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import minibrowser.common.ExitCode;
import minibrowser.common.NamedThreads;

/**
 * The gpu's watchdog, as Chromium's GPU watchdog thread: a thread of its own,
 * {@code gpu-watchdog}, asks gpu-display to note the time once a second. When the
 * display thread has not done so for the timeout, it is hung (a driver call that never
 * returns, a loop: about:gpuhang), and the watchdog ends the process with
 * {@link ExitCode#HUNG}. The browser sees the exit ("killed as hung"), starts a new
 * gpu process and sends it every tab's frame again.
 *
 * <p>Only for a gpu in a process of its own: as a thread of the browser (single-process
 * model) ending the process would end the browser.
 */
final class GpuWatchdog {
    /** Chromium's GPU watchdog waits about ten seconds too. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ScheduledExecutorService thread =
            Executors.newSingleThreadScheduledExecutor(NamedThreads.single("gpu-watchdog", true));
    private final AtomicLong lastSeen = new AtomicLong(System.nanoTime());

    private GpuWatchdog() {}

    /** Starts watching {@code display}. */
    static GpuWatchdog watch(DisplayThread display, Duration timeout) {
        GpuWatchdog watchdog = new GpuWatchdog();
        watchdog.thread.scheduleWithFixedDelay(() -> watchdog.beat(display, timeout), 1, 1, TimeUnit.SECONDS);
        return watchdog;
    }

    private void beat(DisplayThread display, Duration timeout) {
        if (System.nanoTime() - lastSeen.get() > timeout.toNanos()) {
            System.err.println("gpu: gpu-display has not answered for " + timeout.toSeconds() + " s; ending the process");
            Runtime.getRuntime().halt(ExitCode.HUNG.code());
        }
        display.post(() -> {
            lastSeen.set(System.nanoTime());
            return null;
        });
    }
}
