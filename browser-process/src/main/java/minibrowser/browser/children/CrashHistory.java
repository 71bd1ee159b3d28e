package minibrowser.browser.children;

import java.time.Duration;
import java.util.function.LongSupplier;
import minibrowser.common.Language;

/**
 * The restart policy for one thing that can crash (a tab's renderer, the gpu process):
 * how many times it crashed in quick succession, and whether to stop restarting it.
 *
 * <p>A crash is <em>quick</em> when it comes within {@code window} of the crash before
 * it; a run of quick crashes is a streak. The first crash starts a streak of 1, a
 * second crash within the window makes it 2 ("crashed again within 10 s"), and a crash
 * after a quiet window starts over at 1. At {@code limit} the thing has
 * {@linkplain #gaveUp() given up}: whatever restarts it by itself stops doing so,
 * and only a user's explicit action (a reload) starts it again.
 *
 * <p>This is Chromium's rule in small: a tab that keeps crashing shows the sad tab
 * instead of reloading forever, and the gpu process, after three crashes each within
 * five minutes of the last, is not started again; the browser composites by itself.
 *
 * <p>Not thread-safe: the owner uses it on one thread ({@code browser-ui}).
 */
public final class CrashHistory {
    private final Duration window;
    private final int limit;
    private final LongSupplier nanoClock;
    private long lastCrashAt;
    private int streak;

    /**
     * @param window    how close two crashes must be to count as one streak
     * @param limit     the streak at which restarting by itself stops (at least 1)
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime}; a test passes its own)
     */
    public CrashHistory(Duration window, int limit, LongSupplier nanoClock) {
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1");
        this.window = window;
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    /** A tab's renderer: a crash within 10 s of the last is quick; 5 quick crashes and it stays crashed. */
    public static CrashHistory forTab() {
        return new CrashHistory(Duration.ofSeconds(10), 5, System::nanoTime);
    }

    /** The gpu process: 3 crashes each within 5 minutes of the last, and the browser composites by itself. */
    public static CrashHistory forGpu() {
        return new CrashHistory(Duration.ofMinutes(5), 3, System::nanoTime);
    }

    /** Records a crash now; returns the streak it belongs to (1 for a crash after a quiet window). */
    public int recordCrash() {
        long now = nanoClock.getAsLong();
        boolean quick = streak > 0 && now - lastCrashAt <= window.toNanos();
        streak = quick ? streak + 1 : 1;
        lastCrashAt = now;
        return streak;
    }

    /** The current streak of quick crashes: 0 after none, or once the window passed quietly since the last. */
    public int recentCrashes() {
        if (streak > 0 && nanoClock.getAsLong() - lastCrashAt > window.toNanos()) return 0;
        return streak;
    }

    /**
     * True when the streak reached the limit: do not restart by itself. A user's explicit
     * action (a reload) does not ask; it always starts again.
     */
    public boolean gaveUp() {
        return streak >= limit;
    }

    /** Words for the crashed-tab page about the streak, or "" for a single crash. */
    public String describeStreak() {
        return describeStreak(Language.ENGLISH);
    }

    /** The same words in {@code language}. */
    public String describeStreak(Language language) {
        if (streak < 2) return "";
        String again = language.pick("crashed again within " + window.toSeconds() + " s (" + streak + " quick crashes in a row)",
                window.toSeconds() + "초 안에 또 비정상 종료되었습니다 (연달아 " + streak + "번)");
        return !gaveUp() ? again : again + language.pick("; it is not restarted by itself any more",
                ". 이제 저절로 다시 시작하지 않습니다");
    }

    public Duration window() { return window; }
    public int limit() { return limit; }
}
