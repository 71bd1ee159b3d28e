package minibrowser.browser.profile;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The profile's SQLite database (through sqlite-jdbc), in WAL mode: a writer appends to
 * the log and readers never block it, and a process killed in the middle of a write
 * leaves the last committed state, never a torn one. Every change is one transaction.
 * Not thread-safe: {@link ProfileStore} uses it from its one thread.
 *
 * <p>The schema is versioned by {@code PRAGMA user_version}; {@link #MIGRATIONS} holds the
 * steps from each version to the next, applied in order at open. A database of a newer
 * version than this code knows is refused, not rewritten.
 */
public final class ProfileDatabase implements AutoCloseable {
    /** Step N brings version N to N + 1. */
    static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                    "CREATE TABLE history (url TEXT PRIMARY KEY, title TEXT NOT NULL DEFAULT '',"
                            + " visit_count INTEGER NOT NULL, last_visit INTEGER NOT NULL)",
                    "CREATE INDEX history_by_last_visit ON history (last_visit)",
                    "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,"
                            + " title TEXT NOT NULL, added INTEGER NOT NULL)",
                    "CREATE TABLE session_tabs (position INTEGER PRIMARY KEY, entries TEXT NOT NULL, current INTEGER NOT NULL)",
                    "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    public static final int VERSION = MIGRATIONS.size();

    /** The longest URL or title kept (a page may have a title of a megabyte). */
    static final int MAX_TEXT = 2048;

    /** One page of history: what {@code about:history} and {@code ctl history} show. */
    public record Visit(String url, String title, long visitCount, Instant lastVisit) {}

    /** A bookmark. */
    public record Bookmark(String url, String title) {}

    private final Connection db;

    private ProfileDatabase(Connection db) {
        this.db = db;
    }

    /** Opens (or makes) the database at {@code file}; throws with a reason a person can act on. */
    public static ProfileDatabase open(Path file) throws ProfileException {
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw new ProfileException("cannot open " + file + ": " + e.getMessage(), e);
        }
        try (Statement sql = db.createStatement()) {
            String check = single(sql, "PRAGMA quick_check");
            if (!"ok".equals(check)) throw new ProfileException(file + " is damaged: " + check, null);
            single(sql, "PRAGMA journal_mode=WAL");
            sql.execute("PRAGMA synchronous=NORMAL"); // in WAL mode: safe against a killed process
            sql.execute("PRAGMA busy_timeout=2000");
            int version = Integer.parseInt(single(sql, "PRAGMA user_version"));
            if (version > VERSION) {
                throw new ProfileException(file + " was written by a newer minibrowser (schema " + version
                        + ", this one knows " + VERSION + ")", null);
            }
            migrate(db, version);
            return new ProfileDatabase(db);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new ProfileException("cannot use " + file + ": " + e.getMessage(), e);
        } catch (ProfileException e) {
            closeQuietly(db);
            throw e;
        }
    }

    private static void migrate(Connection db, int from) throws SQLException {
        for (int version = from; version < VERSION; version++) {
            int step = version;
            inTransaction(db, () -> {
                try (Statement sql = db.createStatement()) {
                    for (String change : MIGRATIONS.get(step)) sql.execute(change);
                    sql.execute("PRAGMA user_version=" + (step + 1));
                }
            });
        }
    }

    /** Work done by {@link #inTransaction}. */
    private interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} as one transaction: all of it is committed, or, on a failure, none. */
    private static void inTransaction(Connection db, Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** A page was loaded: its visit counted, its title kept (a later empty title does not erase one). */
    public void recordVisit(String url, String title, Instant when) throws SQLException {
        try (PreparedStatement visit = db.prepareStatement("INSERT INTO history (url, title, visit_count, last_visit)"
                + " VALUES (?, ?, 1, ?) ON CONFLICT (url) DO UPDATE SET visit_count = visit_count + 1,"
                + " last_visit = excluded.last_visit,"
                + " title = CASE WHEN excluded.title <> '' THEN excluded.title ELSE title END")) {
            visit.setString(1, cut(url));
            visit.setString(2, cut(title));
            visit.setLong(3, when.toEpochMilli());
            visit.executeUpdate();
        }
        // A bookmark made while its page was still loading has no title yet: it takes this one.
        try (PreparedStatement named = db.prepareStatement("UPDATE bookmarks SET title = ? WHERE url = ? AND title = url AND ? <> ''")) {
            named.setString(1, cut(title));
            named.setString(2, cut(url));
            named.setString(3, cut(title));
            named.executeUpdate();
        }
    }

    /** The pages visited, the latest first; only those whose URL or title contains {@code filter} (empty: all). */
    public List<Visit> history(String filter, int limit) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT url, title, visit_count, last_visit FROM history"
                + " WHERE instr(lower(url), lower(?)) > 0 OR instr(lower(title), lower(?)) > 0"
                + " ORDER BY last_visit DESC LIMIT ?")) {
            query.setString(1, filter);
            query.setString(2, filter);
            query.setInt(3, limit);
            List<Visit> visits = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visits.add(new Visit(rows.getString(1), rows.getString(2), rows.getLong(3),
                            Instant.ofEpochMilli(rows.getLong(4))));
                }
            }
            return visits;
        }
    }

    /** Bookmarks {@code url} (once: bookmarking it again renames it). */
    public void addBookmark(String url, String title, Instant when) throws SQLException {
        try (PreparedStatement add = db.prepareStatement("INSERT INTO bookmarks (url, title, added) VALUES (?, ?, ?)"
                + " ON CONFLICT (url) DO UPDATE SET title = excluded.title")) {
            add.setString(1, cut(url));
            add.setString(2, cut(title.isBlank() ? url : title));
            add.setLong(3, when.toEpochMilli());
            add.executeUpdate();
        }
    }

    /** Every bookmark, the oldest first (the order of the bookmarks bar). */
    public List<Bookmark> bookmarks() throws SQLException {
        List<Bookmark> all = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT url, title FROM bookmarks ORDER BY id")) {
            while (rows.next()) all.add(new Bookmark(rows.getString(1), rows.getString(2)));
        }
        return all;
    }

    /** Replaces the saved session with {@code session}, in one transaction. */
    public void saveSession(SessionState session) throws SQLException {
        inTransaction(db, () -> {
            try (Statement sql = db.createStatement();
                 PreparedStatement tab = db.prepareStatement("INSERT INTO session_tabs (position, entries, current) VALUES (?, ?, ?)")) {
                sql.execute("DELETE FROM session_tabs");
                for (int i = 0; i < session.tabs().size(); i++) {
                    SessionState.TabEntries entries = session.tabs().get(i);
                    tab.setInt(1, i);
                    tab.setString(2, String.join("\n", entries.entries().stream().map(ProfileDatabase::cut).toList()));
                    tab.setInt(3, entries.current());
                    tab.executeUpdate();
                }
                putState(sql, "active_tab", Integer.toString(session.active()));
            }
        });
    }

    /** The session saved last; rows that make no sense (a hand-edited file) are left out. */
    public SessionState loadSession() throws SQLException {
        List<SessionState.TabEntries> tabs = new ArrayList<>();
        try (Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT entries, current FROM session_tabs ORDER BY position")) {
            while (rows.next()) {
                List<String> entries = Arrays.stream(rows.getString(1).split("\n")).filter(e -> !e.isEmpty()).toList();
                int current = rows.getInt(2);
                if (!entries.isEmpty() && current >= 0 && current < entries.size()) {
                    tabs.add(new SessionState.TabEntries(entries, current));
                }
            }
        }
        int active = parseOr(state("active_tab"), 0);
        return new SessionState(tabs, active);
    }

    /** Whether the browser that used this profile last quit cleanly (true for a new profile). */
    public boolean exitedCleanly() throws SQLException {
        return !"false".equals(state("exited_cleanly"));
    }

    /** Set to false when a browser starts on the profile, to true when it quits cleanly (Chromium's exit_type). */
    public void markExitedCleanly(boolean clean) throws SQLException {
        try (Statement sql = db.createStatement()) {
            putState(sql, "exited_cleanly", Boolean.toString(clean));
        }
    }

    /** {@code PRAGMA integrity_check}: "ok", or what is wrong. */
    public String integrityCheck() throws SQLException {
        try (Statement sql = db.createStatement()) {
            return single(sql, "PRAGMA integrity_check");
        }
    }

    private String state(String key) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT value FROM state WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static void putState(Statement sql, String key, String value) throws SQLException {
        try (PreparedStatement put = sql.getConnection().prepareStatement(
                "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            put.setString(1, key);
            put.setString(2, value);
            put.executeUpdate();
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    private static int parseOr(String text, int otherwise) {
        try {
            return text == null ? otherwise : Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }

    static String cut(String text) {
        String clean = text == null ? "" : text.replace('\n', ' ').replace('\r', ' ');
        return clean.length() <= MAX_TEXT ? clean : clean.substring(0, MAX_TEXT);
    }

    private static void closeQuietly(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // it failed to open; nothing to keep
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // the process is exiting; SQLite's log keeps what was committed
        }
    }
}
