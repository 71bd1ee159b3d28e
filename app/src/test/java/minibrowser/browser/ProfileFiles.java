package minibrowser.browser;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A profile's database read from outside the browser, as a person with the sqlite3 tool
 * would: read-only (WAL lets a reader in while the browser writes), to see what a crash
 * left behind.
 */
final class ProfileFiles {
    private ProfileFiles() {}

    /** The rows of {@code query}'s first column; empty when the database is not there yet. */
    static List<String> column(Path profile, String query) {
        List<String> values = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:file:" + profile.resolve("Profile.db") + "?mode=ro");
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) values.add(rows.getString(1));
        } catch (SQLException notYet) {
            return List.of();
        }
        return values;
    }

    /** Each saved tab's back/forward list, entries joined by newlines, in tab order. */
    static List<String> sessionTabs(Path profile) {
        return column(profile, "SELECT entries FROM session_tabs ORDER BY position");
    }

    /** The URLs in the history. */
    static List<String> historyUrls(Path profile) {
        return column(profile, "SELECT url FROM history");
    }

    /** {@code PRAGMA integrity_check}, opened for writing as the next browser would (so the log is applied). */
    static String integrityCheck(Path profile) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + profile.resolve("Profile.db"));
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("PRAGMA integrity_check")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }
}
