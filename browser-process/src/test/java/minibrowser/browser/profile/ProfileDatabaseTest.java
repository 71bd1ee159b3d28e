package minibrowser.browser.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile's SQLite database on a real file: schema, migrations, refusals, and each table's round trip. */
class ProfileDatabaseTest {
    @TempDir Path dir;

    private Path file() {
        return dir.resolve("Profile.db");
    }

    @Test
    void aNewDatabaseIsInWalModeAtTheLatestSchema() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            assertEquals("ok", db.integrityCheck());
            assertTrue(db.exitedCleanly(), "a new profile has no crash to offer");
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file()); var sql = c.createStatement()) {
            assertEquals("wal", sql.executeQuery("PRAGMA journal_mode").getString(1));
            assertEquals(ProfileDatabase.VERSION, sql.executeQuery("PRAGMA user_version").getInt(1));
        }
    }

    @Test
    void visitsAreCountedAndTheLatestComesFirst() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.recordVisit("https://a.example/", "A", Instant.ofEpochMilli(1000));
            db.recordVisit("https://b.example/", "B", Instant.ofEpochMilli(2000));
            db.recordVisit("https://a.example/", "", Instant.ofEpochMilli(3000)); // an empty title keeps the old one
            List<ProfileDatabase.Visit> all = db.history("", 10);
            assertEquals(List.of("https://a.example/", "https://b.example/"), all.stream().map(ProfileDatabase.Visit::url).toList());
            assertEquals(2, all.get(0).visitCount());
            assertEquals("A", all.get(0).title());
            assertEquals(Instant.ofEpochMilli(3000), all.get(0).lastVisit());
            assertEquals(List.of("https://b.example/"), db.history("b.EX", 10).stream().map(ProfileDatabase.Visit::url).toList());
            assertEquals(1, db.history("", 1).size());
        }
    }

    @Test
    void aBookmarkIsKeptOnceAndRenamedWhenMadeAgain() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.addBookmark("https://a.example/", "A", Instant.now());
            db.addBookmark("https://b.example/", "", Instant.now());
            db.addBookmark("https://a.example/", "A again", Instant.now());
            assertEquals(List.of(new ProfileDatabase.Bookmark("https://a.example/", "A again"),
                    new ProfileDatabase.Bookmark("https://b.example/", "https://b.example/")), db.bookmarks());
        }
    }

    @Test
    void aBookmarkMadeWhileLoadingTakesThePagesTitleAtItsVisit() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.addBookmark("https://a.example/", "https://a.example/", Instant.now());
            db.addBookmark("https://b.example/", "Named by hand", Instant.now());
            db.recordVisit("https://a.example/", "A", Instant.now());
            db.recordVisit("https://b.example/", "B", Instant.now());
            assertEquals(List.of(new ProfileDatabase.Bookmark("https://a.example/", "A"),
                    new ProfileDatabase.Bookmark("https://b.example/", "Named by hand")), db.bookmarks());
        }
    }

    @Test
    void theSessionSurvivesClosingAndTheCleanExitMark() throws Exception {
        SessionState session = new SessionState(List.of(
                new SessionState.TabEntries(List.of("https://a.example/", "https://b.example/"), 0),
                new SessionState.TabEntries(List.of("about:home"), 0)), 1);
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.saveSession(session);
            db.markExitedCleanly(false);
        }
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            assertEquals(session, db.loadSession());
            assertFalse(db.exitedCleanly());
        }
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAsItWas() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.recordVisit("https://a.example/", "A", Instant.now());
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file()); var sql = c.createStatement()) {
            sql.execute("PRAGMA user_version=" + (ProfileDatabase.VERSION + 5));
        }
        ProfileException refused = assertThrows(ProfileException.class, () -> ProfileDatabase.open(file()));
        assertTrue(refused.getMessage().contains("newer minibrowser"), refused.getMessage());
    }

    @Test
    void aFileThatIsNoDatabaseIsRefused() throws Exception {
        Files.writeString(file(), "not a database at all\n".repeat(300));
        ProfileException refused = assertThrows(ProfileException.class, () -> ProfileDatabase.open(file()));
        assertTrue(refused.getMessage().contains(file().toString()), refused.getMessage());
    }

    @Test
    void anOldSchemaIsMigrated() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file()); var sql = c.createStatement()) {
            sql.execute("CREATE TABLE unrelated (x)"); // a version-0 file: nothing of ours yet
        }
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.recordVisit("https://a.example/", "A", Instant.now());
            assertEquals(1, db.history("", 10).size());
        }
    }

    @Test
    void longOrBrokenTextIsCutNotStored() throws Exception {
        try (ProfileDatabase db = ProfileDatabase.open(file())) {
            db.recordVisit("https://a.example/", "T\nitle".repeat(10_000), Instant.now());
            String title = db.history("", 1).get(0).title();
            assertEquals(ProfileDatabase.MAX_TEXT, title.length());
            assertFalse(title.contains("\n"));
        }
    }
}
