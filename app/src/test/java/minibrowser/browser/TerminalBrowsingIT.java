package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;

/**
 * The terminal browser driven as a person drives it, through a real pseudo-terminal
 * (tmux): keys in, screen text out. Each step checks what the screen says.
 */
class TerminalBrowsingIT {

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
    }

    /** A page of {@code lines} numbered paragraphs, for scrolling. */
    private static String longPage(String title, int lines) {
        StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><h1>" + title + "</h1>");
        for (int i = 1; i <= lines; i++) html.append("<p>").append(title).append(" line ").append(i).append("</p>");
        return html.append("</body></html>").toString();
    }

    /** The page's rows: the screen without the tab strip, the address bar and the status line. */
    private static String pageRows(String screen) {
        List<String> rows = screen.lines().toList();
        return String.join("\n", rows.subList(Math.min(2, rows.size()), Math.max(2, rows.size() - 1)));
    }

    private static List<String> browser(String... args) {
        List<String> command = new ArrayList<>(RunningBrowser.javaCommand(args));
        return command;
    }

    private static long rendererPid(TmuxTerminal terminal) {
        String status = terminal.lineWith("renderer pid");
        return Long.parseLong(status.replaceAll(".*renderer pid (\\d+).*", "$1"));
    }

    /** The end-to-end walk: tabs, a link hint, back, tabs, scroll, task manager, crash, reload, quit. */
    @Test
    void twoTabsHintBackScrollTaskManagerCrashReloadQuit() throws Exception {
        try (TestServer server = new TestServer()) {
            String one = server.page("/one", "<html><head><title>PageOne</title></head><body><h1>PageOne</h1>"
                    + "<p>Go to <a href=\"/target\">the target page</a> or <a href=\"/other\">another</a>.</p></body></html>");
            server.page("/target", "<html><head><title>Target</title></head><body><p>Welcome to the target.</p></body></html>");
            String two = server.page("/two", longPage("PageTwo", 120));
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-e2e", 100, 30, browser(one, two))) {
                // Two tabs; the second is active.
                assertTrue(terminal.shows("PageTwo line 1", 60), terminal.screen());
                assertTrue(terminal.shows("1:PageOne", 30), "the first tab loaded too: " + terminal.screen());

                // Previous tab, then follow a link by its hint.
                terminal.keys("[");
                assertTrue(terminal.shows("Go to the target page", 10), terminal.screen());
                terminal.keys("f");
                assertTrue(terminal.shows("Go to ahe target page or snother", 10), "hint labels: " + terminal.screen());
                terminal.keys("a");
                assertTrue(terminal.shows("Welcome to the target.", 20), terminal.screen());

                // Back.
                terminal.keys("BSpace");
                assertTrue(terminal.shows("Go to the target page", 20), terminal.screen());

                // Next tab, scroll.
                terminal.keys("C-NPage");
                assertTrue(terminal.shows("PageTwo line 1\n", 10), terminal.screen());
                terminal.keys("NPage");
                assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("PageTwo line 1\n")
                        && terminal.screen().contains("PageTwo line 20")), "scrolled a page: " + terminal.screen());

                // The task manager ends this tab's renderer.
                long pid = rendererPid(terminal);
                terminal.keys("T");
                assertTrue(terminal.shows("Task manager", 10), terminal.screen());
                assertTrue(terminal.shows(" renderer ", 10), terminal.screen());
                List<String> rows = terminal.screen().lines().filter(l -> l.matches(".*[ >] (browser|renderer|gpu|plugin) .*"))
                        .toList();
                int row = -1;
                for (int i = 0; i < rows.size(); i++) if (rows.get(i).contains(" " + pid + " ")) row = i;
                assertTrue(row > 0, "a row for renderer " + pid + ": " + terminal.screen());
                for (int i = 0; i < row; i++) terminal.keys("Down");
                assertTrue(RunningBrowser.eventually(5, () -> terminal.lineWith(" " + pid + " ").contains(">")),
                        terminal.screen());
                terminal.keys("Enter");
                assertTrue(terminal.shows("renderer-compositor", 10), "its threads by name: " + terminal.screen());
                terminal.keys("k");
                assertTrue(terminal.shows("End renderer process " + pid, 10), terminal.screen());
                terminal.keys("y");
                assertTrue(terminal.shows("ended", 10), terminal.screen());
                terminal.keys("Escape");

                // The crashed tab says why; reload brings a new renderer.
                assertTrue(terminal.shows("ended from the task manager (SIGKILL)", 10), terminal.screen());
                assertTrue(terminal.screen().lines().findFirst().orElse("").contains("x"), "a crashed mark");
                terminal.keys("r");
                assertTrue(terminal.shows("PageTwo line 1\n", 30), terminal.screen());
                assertTrue(rendererPid(terminal) != pid, "a new renderer process");

                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits");
            }
        }
    }

    /** about:hang spins the page's main thread; scrolling is the compositor thread's and still works. */
    @Test
    void scrollingWorksWhileMainSpins() throws Exception {
        try (TmuxTerminal terminal = TmuxTerminal.start("mb-hang", 100, 30, browser("about:hang"))) {
            assertTrue(terminal.shows("hang line 1 of", 60), terminal.screen());
            Thread.sleep(1000); // main is spinning by now
            String top = pageRows(terminal.screen());
            terminal.keys("NPage");
            assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("hang line 1 of")
                    && terminal.screen().contains("hang line 20 of")), "the page moved: " + terminal.screen());
            assertNotEquals(top, pageRows(terminal.screen()), "other rows of the page are on screen");
            terminal.keys("End");
            assertTrue(terminal.shows("hang line 150 of", 10), terminal.screen());
            terminal.keys("Home");
            assertTrue(terminal.shows("hang line 1 of", 10), terminal.screen());
            assertTrue(terminal.screen().contains("renderer pid"), "still the page, no prompt: " + terminal.screen());
        }
    }

    /** A hung page gets the Unresponsive prompt; k kills its renderer and the tab shows why. */
    @Test
    void unresponsivePromptWaitAndKill() throws Exception {
        try (TmuxTerminal terminal = TmuxTerminal.start("mb-unresp", 100, 30,
                browser("--hang-timeout-seconds=3", "about:hang"))) {
            assertTrue(terminal.shows("Page unresponsive", 30), terminal.screen());
            assertTrue(terminal.screen().contains("unresponsive"), terminal.screen());
            assertTrue(terminal.screen().lines().findFirst().orElse("").contains("!"), "the tab's mark");
            terminal.keys("w");
            assertTrue(RunningBrowser.eventually(5, () -> !terminal.screen().contains("Page unresponsive")), terminal.screen());
            assertTrue(terminal.shows("Page unresponsive", 15), "it asks again: " + terminal.screen());
            terminal.keys("k");
            assertTrue(terminal.shows("stopped responding", 10), terminal.screen());
            assertTrue(terminal.screen().contains("crashed"), terminal.screen());
        }
    }

    /** Tab focus, Enter, find with n / N, the mouse (a tab click, the wheel, a link click). */
    @Test
    void focusFindAndMouse() throws Exception {
        try (TestServer server = new TestServer()) {
            StringBuilder html = new StringBuilder("<html><head><title>Finder</title></head><body>"
                    + "<p><a href=\"/first\">first link</a> and <a href=\"/second\">second link</a></p>");
            for (int i = 1; i <= 80; i++) html.append("<p>filler ").append(i).append(i == 60 ? " needle" : "").append("</p>");
            String finder = server.page("/finder", html.append("<p>needle at the end</p></body></html>").toString());
            server.page("/second", "<html><head><title>Second</title></head><body><p>This is the second page.</p></body></html>");
            String other = server.simplePage("/other", "OtherTab");
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-find", 100, 30, browser(other, finder))) {
                assertTrue(terminal.shows("first link and second link", 60), terminal.screen());

                terminal.keys("Tab");
                assertTrue(terminal.shows("-> " + server.url("/first"), 10), "the focused link's URL: " + terminal.screen());
                terminal.keys("Tab");
                assertTrue(terminal.shows("-> " + server.url("/second"), 10), terminal.screen());
                terminal.keys("BTab");
                assertTrue(terminal.shows("-> " + server.url("/first"), 10), terminal.screen());
                terminal.keys("Escape");

                terminal.keys("/");
                terminal.type("needle");
                terminal.keys("Enter");
                assertTrue(terminal.shows("find \"needle\": 1 of 2", 10), terminal.screen());
                assertTrue(terminal.shows("filler 60 needle", 10), "scrolled to the match: " + terminal.screen());
                assertTrue(java.util.regex.Pattern.compile("\u001b\\[[0-9;]*mneedle").matcher(terminal.screenWithColours()).find(),
                        "the match has colours of its own: " + terminal.screenWithColours());
                terminal.keys("n");
                assertTrue(terminal.shows("2 of 2", 10), terminal.screen());
                assertTrue(terminal.shows("needle at the end", 10), terminal.screen());
                terminal.keys("N");
                assertTrue(terminal.shows("1 of 2", 10), terminal.screen());
                terminal.keys("Escape");
                terminal.keys("Home");
                assertTrue(terminal.shows("first link and second link", 10), terminal.screen());

                // The wheel scrolls.
                terminal.wheel(true, 10, 10);
                assertTrue(RunningBrowser.eventually(10, () -> !terminal.screen().contains("first link and")),
                        "the wheel scrolled: " + terminal.screen());
                terminal.wheel(false, 10, 10);
                assertTrue(terminal.shows("first link and second link", 10), terminal.screen());

                // A click on the first tab, then back to the second.
                terminal.click(3, 0);
                assertTrue(terminal.shows("Some text on the page called OtherTab", 10), terminal.screen());
                terminal.keys("]");
                assertTrue(terminal.shows("first link and second link", 10), terminal.screen());

                // A click on a link follows it.
                String line = terminal.lineWith("first link and second link");
                int row = terminal.screen().lines().toList().indexOf(line);
                terminal.click(line.indexOf("second link") + 2, row);
                assertTrue(terminal.shows("This is the second page.", 20), terminal.screen());

                // Alt-Left goes back, Alt-Right forward.
                terminal.keys("M-Left");
                assertTrue(terminal.shows("first link and second link", 20), terminal.screen());
                terminal.keys("M-Right");
                assertTrue(terminal.shows("This is the second page.", 20), terminal.screen());

                // F1 shows the help page. A key typed while a navigation is still being
                // committed can be taken by the page's focus handling, so a person would
                // press it again: so does the test, once.
                assertTrue(terminal.shows("ready", 20), terminal.screen());
                terminal.keys("F1");
                if (!terminal.shows("link hints", 5)) terminal.keys("F1");
                assertTrue(terminal.shows("link hints", 10), terminal.screen());
                terminal.keys("Escape");
                assertTrue(RunningBrowser.eventually(5, () -> !terminal.screen().contains("link hints")), terminal.screen());
            }
        }
    }

    /** SIGWINCH: the renderers lay the page out again at the new width. */
    @Test
    void resizeLaysThePageOutAgain() throws Exception {
        try (TestServer server = new TestServer()) {
            StringBuilder words = new StringBuilder();
            for (int i = 1; i <= 60; i++) words.append("word").append(i).append(' ');
            String page = server.page("/wide", "<html><head><title>Wide</title></head><body><p>" + words
                    + "</p><p>THE-END</p></body></html>");
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-resize", 120, 30, browser(page))) {
                assertTrue(terminal.shows("THE-END", 60), terminal.screen());
                int wideLines = (int) terminal.screen().lines().filter(l -> l.contains("word")).count();
                terminal.resize(50, 30);
                assertTrue(RunningBrowser.eventually(15, () -> {
                    String screen = terminal.screen();
                    long lines = screen.lines().filter(l -> l.contains("word")).count();
                    return lines > wideLines && screen.contains("word60") && screen.contains("THE-END")
                            && screen.lines().allMatch(l -> l.stripTrailing().length() <= 50);
                }), "the paragraph wraps at 50 columns: " + terminal.screen());
                assertFalse(terminal.screen().lines().anyMatch(l -> l.length() > 50));
                assertEquals(30, terminal.screen().lines().count());
            }
        }
    }
}
