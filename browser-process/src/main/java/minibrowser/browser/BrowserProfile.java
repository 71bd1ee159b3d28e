package minibrowser.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.profile.ProfileDirectory;
import minibrowser.browser.profile.ProfileLock;
import minibrowser.browser.profile.ProfileStore;
import minibrowser.browser.profile.SessionState;
import minibrowser.browser.profile.SingletonSocket;

/**
 * The browser's profile from {@code BrowserMain}'s point of view, in the order it is used:
 * <ol>
 *   <li>{@link #claim}: choose the directory and take its lock; when another browser holds
 *       it, hand it our URLs (the process singleton) and report {@link #handedOver};</li>
 *   <li>{@link #open}: open the database (on its own thread), let the browser write history
 *       and the session, and listen for URLs from later starts on this profile;</li>
 *   <li>{@link #restoreLastSession}: {@code --restore-last-session}, or, after a crash, the
 *       offer to restore in the terminal;</li>
 *   <li>{@link #closeCleanly}: the last writes, "exited cleanly", the lock let go.</li>
 * </ol>
 * A profile that cannot be had (a directory that cannot be made, a live browser that holds
 * the lock and does not answer, a damaged database) becomes a temporary one, with one line
 * saying why.
 */
final class BrowserProfile {
    private ProfileDirectory directory;
    private ProfileLock lock;
    private final boolean handedOver;
    private final StringBuilder problems = new StringBuilder();
    private ProfileStore store;
    private SingletonSocket singleton;

    private BrowserProfile(ProfileDirectory directory, ProfileLock lock, boolean handedOver) {
        this.directory = directory;
        this.lock = lock;
        this.handedOver = handedOver;
    }

    /**
     * @param userDataDir {@code --user-data-dir}, or null
     * @param temporary   a fresh profile removed at exit (headless without --user-data-dir)
     * @param urls        what a browser already running on the profile is asked to open
     */
    static BrowserProfile claim(Path userDataDir, boolean temporary, List<String> urls) throws IOException {
        ProfileDirectory chosen;
        StringBuilder why = new StringBuilder();
        try {
            chosen = temporary ? ProfileDirectory.temporary() : ProfileDirectory.choose(userDataDir, false, System.getenv());
        } catch (IOException | RuntimeException cannotMake) {
            why.append("cannot make the profile directory (").append(cannotMake.getMessage()).append(")");
            chosen = ProfileDirectory.temporary();
        }
        Optional<ProfileLock> lock;
        try {
            lock = ProfileLock.tryTake(chosen.path());
        } catch (IOException cannotLock) {
            why.append("cannot lock ").append(chosen.path()).append(" (").append(cannotLock.getMessage()).append(")");
            chosen = ProfileDirectory.temporary();
            lock = ProfileLock.tryTake(chosen.path());
        }
        if (lock.isEmpty()) {
            if (SingletonSocket.handOver(chosen.path(), urls)) return new BrowserProfile(chosen, null, true);
            why.append("another browser holds ").append(chosen.path()).append(" but does not answer");
            chosen = ProfileDirectory.temporary();
            lock = ProfileLock.tryTake(chosen.path());
        }
        BrowserProfile profile = new BrowserProfile(chosen, lock.orElseThrow(), false);
        if (why.length() > 0) profile.problems.append(why).append("; this session uses a temporary profile");
        return profile;
    }

    /** True when a browser already running on the profile took the URLs: this process is done. */
    boolean handedOver() {
        return handedOver;
    }

    ProfileDirectory directory() {
        return directory;
    }

    /**
     * Opens the database and gives it to {@code browser}; a problem is said on the status
     * line in the terminal, on stderr headless. URLs from later starts open as tabs.
     *
     * @param recordHistory false for {@code --incognito}: no history, no session
     */
    void open(Browser browser, boolean terminal, boolean recordHistory) {
        store = new ProfileStore(directory, problem -> say(browser, terminal, problem));
        if (problems.length() > 0) say(browser, terminal, problems.toString());
        browser.keepProfileIn(store, recordHistory);
        try {
            singleton = SingletonSocket.listen(directory.path(), browser::openTab);
        } catch (IOException | RuntimeException cannotListen) {
            // A Unix socket's path has at most 107 bytes: a profile that deep still works, alone.
            say(browser, terminal, "later starts on this profile cannot reach this browser (" + cannotListen.getMessage() + ")");
        }
    }

    private static void say(Browser browser, boolean terminal, String problem) {
        if (terminal) browser.showMessage(problem);
        else System.err.println("minibrowser: " + problem);
    }

    /**
     * With {@code restore}, opens the last session's tabs and says whether there were any.
     * Without, after a browser on this profile was killed or crashed, the terminal browser
     * offers to (key R) once the database has answered; returns false.
     */
    boolean restoreLastSession(Browser browser, boolean restore) throws Exception {
        if (store == null) return false;
        if (restore) {
            SessionState last = store.lastSession().get(30, TimeUnit.SECONDS);
            if (last.tabs().isEmpty()) return false;
            browser.restoreSession(last).get(30, TimeUnit.SECONDS);
            return true;
        }
        store.sessionToRestore().thenAccept(crashed -> {
            if (!crashed.tabs().isEmpty()) browser.offerSessionRestore(crashed);
        });
        return false;
    }

    /** The browser's last step after a quit or SIGTERM: pending writes, "exited cleanly", the lock. */
    void closeCleanly() {
        if (singleton != null) singleton.close();
        if (store != null) store.closeCleanly(3);
        else directory.deleteIfTemporary();
        release();
    }

    /** Lets the lock go (a run that ends before it opened the profile). */
    void release() {
        if (lock != null) lock.close();
        lock = null;
        if (store == null) directory.deleteIfTemporary();
    }
}
