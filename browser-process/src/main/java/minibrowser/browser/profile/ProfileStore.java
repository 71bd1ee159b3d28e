package minibrowser.browser.profile;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import minibrowser.common.NamedThreads;

/**
 * The profile's database as the browser uses it: every read and write runs on
 * {@code browser-profile}, the one thread that touches the file, and answers with a
 * future, so browser-ui posts and never waits for a disk (Chromium's history backend
 * runs on a sequence of its own for the same reason).
 *
 * <p>Session writes are coalesced: while one is waiting its turn, a newer session
 * replaces it, so a burst of tab changes costs one write of the last state.
 *
 * <p>When the chosen profile cannot be opened (unreadable, damaged, written by a newer
 * minibrowser), the store says why ({@code problems}) and runs on a temporary profile, so
 * the browser still works and keeps this session's data until it exits.
 */
public final class ProfileStore implements AutoCloseable {
    private final ExecutorService thread = NamedThreads.taskQueue("browser-profile");
    private final AtomicReference<SessionState> pendingSession = new AtomicReference<>();
    private final CompletableFuture<Opened> opened;
    /** The directory asked for (opening may fall back to a temporary one). */
    private final ProfileDirectory chosen;

    /** What opening found: the database in use, its directory, and how the last browser on it ended. */
    private record Opened(ProfileDatabase db, ProfileDirectory directory, boolean lastExitClean, SessionState lastSession) {}

    /**
     * Opens {@code directory}'s database on browser-profile; on failure, says why to
     * {@code problems} and opens a temporary profile instead.
     */
    public ProfileStore(ProfileDirectory directory, Consumer<String> problems) {
        chosen = directory;
        opened = CompletableFuture.supplyAsync(() -> open(directory, problems), thread);
    }

    private static Opened open(ProfileDirectory directory, Consumer<String> problems) {
        try {
            return openHere(directory);
        } catch (ProfileException failed) {
            problems.accept("the profile cannot be used (" + failed.getMessage() + "); this session uses a temporary profile");
            try {
                return openHere(ProfileDirectory.temporary());
            } catch (ProfileException | java.io.IOException alsoFailed) {
                throw new IllegalStateException("no temporary profile either: " + alsoFailed.getMessage(), alsoFailed);
            }
        }
    }

    private static Opened openHere(ProfileDirectory directory) throws ProfileException {
        ProfileDatabase db = ProfileDatabase.open(directory.database());
        try {
            boolean clean = db.exitedCleanly();
            SessionState session = db.loadSession();
            db.markExitedCleanly(false); // until this browser quits cleanly
            return new Opened(db, directory, clean, session);
        } catch (java.sql.SQLException e) {
            db.close();
            throw new ProfileException("cannot read " + directory.database() + ": " + e.getMessage(), e);
        }
    }

    /** The session the last browser on this profile left, and whether it quit cleanly (then there is nothing to offer). */
    public CompletableFuture<SessionState> sessionToRestore() {
        return opened.thenApply(o -> o.lastExitClean() ? SessionState.EMPTY : o.lastSession());
    }

    /** The session saved last, however the browser ended. */
    public CompletableFuture<SessionState> lastSession() {
        return opened.thenApply(Opened::lastSession);
    }

    /** The database file in use (about:sandbox asks a renderer to try to read it). */
    public java.util.Optional<java.nio.file.Path> databaseIfOpen() {
        Opened now = opened.isDone() && !opened.isCompletedExceptionally() ? opened.join() : null;
        return java.util.Optional.of(now == null ? chosen.database() : now.directory().database());
    }

    /** The directory in use (a temporary one when the chosen one could not be opened). */
    public CompletableFuture<ProfileDirectory> directory() {
        return opened.thenApply(Opened::directory);
    }

    public CompletableFuture<Void> recordVisit(String url, String title) {
        Instant now = Instant.now();
        return write(db -> db.recordVisit(url, title, now));
    }

    public CompletableFuture<Void> addBookmark(String url, String title) {
        Instant now = Instant.now();
        return write(db -> db.addBookmark(url, title, now));
    }

    public CompletableFuture<List<ProfileDatabase.Visit>> history(String filter, int limit) {
        return read(db -> db.history(filter, limit));
    }

    public CompletableFuture<List<ProfileDatabase.Bookmark>> bookmarks() {
        return read(ProfileDatabase::bookmarks);
    }

    public CompletableFuture<String> integrityCheck() {
        return read(ProfileDatabase::integrityCheck);
    }

    /** Saves {@code session} soon; a newer one given before it is written takes its place. */
    public void saveSession(SessionState session) {
        if (pendingSession.getAndSet(session) != null) return; // a write is queued: it will take this one
        write(db -> {
            SessionState latest = pendingSession.getAndSet(null);
            if (latest != null) db.saveSession(latest);
        });
    }

    /**
     * The browser quits cleanly: the last session is written, the profile marked as left
     * cleanly, the file closed; waits up to {@code seconds} for it (the browser's last step).
     */
    public void closeCleanly(long seconds) {
        write(db -> db.markExitedCleanly(true));
        closeAfterQueued(seconds);
    }

    /** Closes without marking a clean exit (the next start offers to restore). */
    @Override
    public void close() {
        closeAfterQueued(2);
    }

    private void closeAfterQueued(long seconds) {
        CompletableFuture<Void> closed = opened.thenAcceptAsync(o -> {
            o.db().close();
            o.directory().deleteIfTemporary();
        }, thread);
        try {
            closed.get(seconds, TimeUnit.SECONDS);
        } catch (Exception stuckOrFailed) {
            // the disk did not answer in time: SQLite's log keeps every committed write
        }
        thread.shutdownNow();
    }

    /** A change to the database, on browser-profile. */
    private interface Change {
        void apply(ProfileDatabase db) throws java.sql.SQLException;
    }

    /** A query, on browser-profile. */
    private interface Query<T> {
        T apply(ProfileDatabase db) throws java.sql.SQLException;
    }

    private CompletableFuture<Void> write(Change change) {
        return opened.thenAcceptAsync(o -> {
            try {
                change.apply(o.db());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("profile write failed: " + e.getMessage(), e);
            }
        }, thread);
    }

    private <T> CompletableFuture<T> read(Query<T> query) {
        return opened.thenApplyAsync(o -> {
            try {
                return query.apply(o.db());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("profile read failed: " + e.getMessage(), e);
            }
        }, thread);
    }
}
