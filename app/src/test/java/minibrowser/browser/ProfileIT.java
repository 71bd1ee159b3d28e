package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import minibrowser.proto.BookmarkEntry;
import minibrowser.proto.HistoryEntry;
import minibrowser.proto.ListBookmarksRequest;
import minibrowser.proto.ListHistoryRequest;
import minibrowser.proto.NavigateRequest;
import minibrowser.proto.OpenTabRequest;
import minibrowser.proto.QuitRequest;
import minibrowser.proto.TabInfo;
import minibrowser.proto.TabRequest;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * The browser's own data, with real browsers on a real profile directory: history and
 * bookmarks survive a restart; after {@code kill -9} the session comes back with
 * {@code --restore-last-session}, or is offered in the terminal; a second start on the
 * profile hands its URL to the first; a damaged database is said and survived. (One
 * process model only: the profile is the browser process's.)
 */
class ProfileIT {
    @TempDir Path work;

    /** The profile is the browser process's alone, the same code in every model: one model suffices (as ProfileCrashIT). */
    @org.junit.jupiter.api.BeforeEach
    void oneModel() {
        Assumptions.assumeTrue(RunningBrowser.processModel().equals("per-tab"), "the profile is the browser's alone");
    }

    private Path profile() {
        return work.resolve("profile");
    }

    /** A headless browser on the test's profile, in a directory of its own ({@code name}). */
    private RunningBrowser browser(String name, String... flagsAndUrls) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        List<String> args = new ArrayList<>(List.of("--user-data-dir=" + profile()));
        args.addAll(List.of(flagsAndUrls));
        return RunningBrowser.start(dir, args.toArray(new String[0]));
    }

    private static void quit(RunningBrowser browser) throws Exception {
        browser.control().quit(QuitRequest.getDefaultInstance());
        assertTrue(browser.process.waitFor(30, TimeUnit.SECONDS), "ctl quit ends the browser");
    }

    @Test
    void historyAndBookmarksSurviveARestart() throws Exception {
        try (TestServer server = new TestServer()) {
            String alpha = server.simplePage("/alpha", "Alpha");
            String beta = server.simplePage("/beta", "Beta");
            try (RunningBrowser first = browser("first", alpha)) {
                first.waitForLoad(1);
                first.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl(beta).build());
                first.waitForLoad(1);
                first.control().bookmarkTab(TabRequest.newBuilder().setTab(1).build());
                quit(first);
            }
            try (RunningBrowser second = browser("second")) {
                second.waitForLoad(1);
                List<TabInfo> tabs = second.tabs();
                assertEquals(1, tabs.size(), "after a clean quit a start opens the home page only: " + tabs);
                assertEquals("about:home", tabs.get(0).getUrl());
                List<HistoryEntry> history = second.control().listHistory(ListHistoryRequest.getDefaultInstance()).getEntriesList();
                assertEquals(List.of(beta, alpha), history.stream().map(HistoryEntry::getUrl).toList(), "the latest first");
                assertEquals("Beta", history.get(0).getTitle());
                assertEquals(1, history.get(0).getVisitCount());
                List<BookmarkEntry> bookmarks = second.control().listBookmarks(ListBookmarksRequest.getDefaultInstance())
                        .getBookmarksList();
                assertEquals(1, bookmarks.size());
                assertEquals(beta, bookmarks.get(0).getUrl());
                assertEquals("Beta", bookmarks.get(0).getTitle());

                String json = ctl(second, "history", "--json");
                assertTrue(json.matches("\\[\\{\"url\":\"" + java.util.regex.Pattern.quote(beta) + "\",\"title\":\"Beta\","
                        + "\"visitCount\":1,\"lastVisit\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z\"\\},.*\\]"), json);
                assertEquals("[{\"url\":\"" + beta + "\",\"title\":\"Beta\"}]", ctl(second, "bookmarks", "--json"));
                ctl(second, "bookmark", "1");
                assertTrue(ctl(second, "bookmarks", "--json").contains("\"url\":\"about:home\""));
            }
        }
    }

    @Test
    void afterKill9TheSessionComesBackWithItsBackAndForwardLists() throws Exception {
        try (TestServer server = new TestServer()) {
            String alpha = server.simplePage("/alpha", "Alpha");
            String beta = server.simplePage("/beta", "Beta");
            String gamma = server.simplePage("/gamma", "Gamma");
            try (RunningBrowser first = browser("first", alpha)) {
                first.waitForLoad(1);
                first.control().navigate(NavigateRequest.newBuilder().setTab(1).setUrl(beta).build());
                first.waitForLoad(1);
                first.control().openTab(OpenTabRequest.newBuilder().setUrl(gamma).build());
                first.waitForLoad(2);
                assertTrue(RunningBrowser.eventually(10, () -> ProfileFiles.sessionTabs(profile())
                        .equals(List.of(alpha + "\n" + beta, gamma))), "the session is on disk: " + ProfileFiles.sessionTabs(profile()));
                RunningBrowser.kill("KILL", first.pid());
                assertTrue(first.process.waitFor(10, TimeUnit.SECONDS));
            }
            try (RunningBrowser second = browser("second", "--restore-last-session")) {
                assertTrue(RunningBrowser.eventually(30, () -> second.tabs().size() == 2), "two tabs: " + second.tabs());
                second.waitForLoad(1);
                second.waitForLoad(2);
                List<TabInfo> tabs = second.tabs();
                assertEquals(beta, tabs.get(0).getUrl());
                assertEquals(gamma, tabs.get(1).getUrl());
                assertTrue(tabs.get(0).getCanGoBack(), "tab 1 keeps its back list");
                assertEquals(alpha, second.control().goBack(TabRequest.newBuilder().setTab(tabs.get(0).getId()).build()).getUrl());
            }
        }
    }

    @Test
    void aSecondStartOnTheProfileOpensItsUrlInTheFirstAndExits() throws Exception {
        try (TestServer server = new TestServer();
             RunningBrowser first = browser("first", server.simplePage("/alpha", "Alpha"))) {
            first.waitForLoad(1);
            String beta = server.simplePage("/beta", "Beta");
            // No terminal (a pipe), no --headless: the running browser takes the URL.
            Process second = new ProcessBuilder(RunningBrowser.javaCommand("--user-data-dir=" + profile(), beta))
                    .redirectErrorStream(true).start();
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, second.exitValue(), said);
            assertTrue(said.contains("opened in the browser that runs on"), said);
            assertTrue(RunningBrowser.eventually(20, () -> first.tabs().stream().anyMatch(t -> t.getUrl().equals(beta))),
                    "the first browser opened it: " + first.tabs());
        }
    }

    @Test
    void aDamagedProfileIsSaidAndTheBrowserRunsOnATemporaryOne() throws Exception {
        Files.createDirectories(profile());
        byte[] garbage = "this is not a database\n".repeat(500).getBytes(StandardCharsets.UTF_8);
        Files.write(profile().resolve("Profile.db"), garbage);
        try (TestServer server = new TestServer();
             RunningBrowser browser = browser("damaged", server.simplePage("/alpha", "Alpha"))) {
            assertEquals("Alpha", browser.waitForLoad(1).getTitle());
            assertTrue(RunningBrowser.eventually(10, () -> output(browser).contains("the profile cannot be used")),
                    output(browser));
            assertTrue(RunningBrowser.eventually(10, () -> browser.control().listHistory(ListHistoryRequest.getDefaultInstance())
                    .getEntriesCount() == 1), "history goes to the temporary profile");
        }
        assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(profile().resolve("Profile.db"))),
                "the damaged file is left as it was, for its owner to look at");
    }

    @Test
    void theTerminalBrowserOffersToRestoreTheTabsACrashLeft() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        try (TestServer server = new TestServer()) {
            String alpha = server.simplePage("/alpha", "PageAlpha");
            String beta = server.simplePage("/beta", "PageBeta");
            try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-profile-it", 100, 30,
                    RunningBrowser.browserCommand("--user-data-dir=" + profile(), alpha, beta))) {
                assertTrue(terminal.shows("Some text on the page called PageBeta", 60), terminal.screen());
                assertTrue(RunningBrowser.eventually(10, () -> ProfileFiles.sessionTabs(profile()).size() == 2));
                long browser = browserOn(profile());
                RunningBrowser.kill("KILL", browser);
                assertTrue(RunningBrowser.eventually(10, () -> !RunningBrowser.isRunning(browser)));
            }
            try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-profile-it", 100, 30,
                    RunningBrowser.browserCommand("--user-data-dir=" + profile()))) {
                assertTrue(terminal.shows("crashed last time: press R to restore its 2 tabs", 60), terminal.screen());
                terminal.keys("R");
                assertTrue(terminal.shows("PageAlpha", 30) && terminal.shows("PageBeta", 30), terminal.screen());
                assertTrue(terminal.shows("Some text on the page called PageBeta", 30), "the active tab is active again: "
                        + terminal.screen());
                // The address bar suggests from the history: Down chooses, Enter goes.
                terminal.keys("g");
                terminal.type("alph");
                assertTrue(terminal.shows(alpha, 20), "a suggestion from the history: " + terminal.screen());
                terminal.keys("Down", "Enter");
                assertTrue(terminal.shows("Some text on the page called PageAlpha", 30), terminal.screen());
                // D bookmarks the page; 1 opens the first bookmark.
                terminal.keys("D");
                assertTrue(terminal.shows("bookmarked", 20), terminal.screen());
                assertTrue(terminal.shows("1 PageAlpha", 20), "the bookmarks bar under the address bar: " + terminal.screen());
                assertTrue(terminal.screen().lines().skip(2).findFirst().orElse("").contains("1 PageAlpha"),
                        "the bar is the row under the address bar: " + terminal.screen());
                terminal.keys("g");
                terminal.type("about:bookmarks");
                terminal.keys("Enter");
                assertTrue(terminal.shows(alpha, 30), "about:bookmarks lists it: " + terminal.screen());
                terminal.keys("1");
                assertTrue(terminal.shows("Some text on the page called PageAlpha", 30), "1 opens the first bookmark: "
                        + terminal.screen());
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(20, () -> !terminal.alive()), "q quits");
            }
            // A clean quit leaves nothing to offer.
            try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-profile-it", 100, 30,
                    RunningBrowser.browserCommand("--user-data-dir=" + profile()))) {
                assertTrue(terminal.shows("minibrowser home", 60), terminal.screen());
                assertFalse(terminal.screen().contains("crashed last time"), terminal.screen());
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(20, () -> !terminal.alive()), "q quits");
            }
        }
    }

    @Test
    void theTerminalBrowsersProfileIsInXdgDataHomeAndAHeadlessOneIsTemporary() throws Exception {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
        try (TestServer server = new TestServer()) {
            String alpha = server.simplePage("/alpha", "PageAlpha");
            try (TmuxTerminal terminal = TmuxTerminal.start("minibrowser-profile-it", 100, 30,
                    RunningBrowser.browserCommand(alpha))) {
                assertTrue(terminal.shows("Some text on the page called PageAlpha", 60), terminal.screen());
                Path profile = terminal.dataHome().resolve("minibrowser");
                assertTrue(RunningBrowser.eventually(10, () -> ProfileFiles.historyUrls(profile).contains(alpha)),
                        "the visit is in $XDG_DATA_HOME/minibrowser/Profile.db");
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(20, () -> !terminal.alive()), "q quits");
                assertTrue(Files.exists(profile.resolve("Profile.db")), "the terminal browser's profile stays");
            }
            Path temporary;
            try (RunningBrowser headless = RunningBrowser.start(Files.createDirectories(work.resolve("headless")), alpha)) {
                headless.waitForLoad(1);
                long pid = headless.pid();
                temporary = temporaryProfileOf(pid);
                assertTrue(RunningBrowser.eventually(10, () -> ProfileFiles.historyUrls(temporary).contains(alpha)),
                        "a headless browser keeps its history in a temporary profile: " + temporary);
                quit(headless);
            }
            assertFalse(Files.exists(temporary), "the temporary profile is removed at exit");
        }
    }

    /** The temporary profile whose lock the browser {@code pid} holds. */
    private static Path temporaryProfileOf(long pid) throws Exception {
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("minibrowser-profile-"))
                    .filter(d -> {
                        try {
                            return Files.readString(d.resolve("SingletonLock")).strip().equals(Long.toString(pid));
                        } catch (java.io.IOException notOurs) {
                            return false;
                        }
                    }).findFirst().orElseThrow();
        }
    }

    /** The pid of the browser process (not a child) started on {@code profile}. */
    private static long browserOn(Path profile) {
        return ProcessHandle.allProcesses().filter(p -> p.info().arguments().map(args -> {
            List<String> list = List.of(args);
            return list.contains("--user-data-dir=" + profile) && list.stream().noneMatch(a -> a.startsWith("--type="));
        }).orElse(false)).findFirst().orElseThrow().pid();
    }

    private static String output(RunningBrowser browser) {
        try {
            return Files.readString(browser.output());
        } catch (java.io.IOException gone) {
            return "";
        }
    }

    private static String ctl(RunningBrowser browser, String... args) throws Exception {
        return CtlRun.ok(browser, args);
    }
}
