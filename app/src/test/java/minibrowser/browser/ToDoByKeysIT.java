package minibrowser.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import minibrowser.tools.harness.RunningBrowser;
import minibrowser.tools.harness.TmuxTerminal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The to-do demo (docs/demo-todo.html) driven by keys in a real terminal, under this run's
 * process model: Tab reaches the page's text field, typed letters (shortcut letters such
 * as g and t among them) go to the page, whose script adds an item on Enter; Tab reaches
 * an item's Remove button and Enter presses it. Every step is checked on the screen.
 */
class ToDoByKeysIT {

    @BeforeEach
    void needTmux() {
        Assumptions.assumeTrue(TmuxTerminal.available(), "tmux is installed by .ci/run");
    }

    /** docs/demo-todo.html, found from the module's directory up. */
    private static String demoPage() throws Exception {
        Path at = Path.of("").toAbsolutePath();
        while (at != null && !Files.exists(at.resolve("docs/demo-todo.html"))) at = at.getParent();
        assertTrue(at != null, "docs/demo-todo.html above " + Path.of("").toAbsolutePath());
        return Files.readString(at.resolve("docs/demo-todo.html"));
    }

    /** How many rows of the screen show an item of the list (its text, then its Remove button). */
    private static boolean showsItem(TmuxTerminal terminal, String item) {
        return terminal.screen().lines().anyMatch(l -> l.matches(".*\\b" + item + " +Remove.*"));
    }

    @Test
    void addTwoItemsAndRemoveTheFirstByKeys() throws Exception {
        try (TestServer server = new TestServer()) {
            String todo = server.page("/todo", demoPage());
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-todo", 100, 30,
                    RunningBrowser.browserCommand(todo))) {
                assertTrue(terminal.shows("Nothing to do.", 60), terminal.screen());
                assertTrue(terminal.shows("ready", 30), terminal.screen());

                // Tab: the field is the page's first focusable element.
                terminal.keys("Tab");
                assertTrue(terminal.shows("text field: type to edit", 10), terminal.screen());
                terminal.type("milk");
                assertTrue(terminal.shows("Add \"milk\"", 10), "the page's input event ran: " + terminal.screen());
                terminal.keys("Enter");
                assertTrue(RunningBrowser.eventually(10, () -> showsItem(terminal, "milk")), terminal.screen());
                assertTrue(terminal.shows("1 thing to do.", 10), terminal.screen());

                // Focus stays in the field (the script says so); g and t are typed, not shortcuts.
                terminal.type("eggs to get");
                assertTrue(terminal.shows("Add \"eggs to get\"", 10), terminal.screen());
                for (int i = 0; i < " to get".length(); i++) terminal.keys("BSpace");
                assertTrue(terminal.shows("Add \"eggs\"", 10), "Backspace edits the field: " + terminal.screen());
                terminal.keys("Tab"); // to the Add button
                assertTrue(terminal.shows("button: Enter presses it", 10), terminal.screen());
                terminal.keys("Enter");
                assertTrue(RunningBrowser.eventually(10, () -> showsItem(terminal, "milk") && showsItem(terminal, "eggs")),
                        "both items: " + terminal.screen());
                assertTrue(terminal.shows("2 things to do.", 10), terminal.screen());

                // The script put the focus back in the field; Tab on past Add to the first item's Remove button.
                terminal.keys("Tab");
                assertTrue(terminal.shows("button: Enter presses it", 10), "the Add button: " + terminal.screen());
                terminal.keys("Tab");
                assertTrue(terminal.shows("button: Enter presses it", 10), "the first Remove button: " + terminal.screen());
                terminal.keys("Enter");
                assertTrue(RunningBrowser.eventually(10, () -> !showsItem(terminal, "milk")),
                        "milk is gone: " + terminal.screen());
                assertTrue(showsItem(terminal, "eggs"), terminal.screen());
                assertTrue(terminal.shows("1 thing to do.", 10), terminal.screen());

                // Esc leaves the field: q is a shortcut again.
                terminal.keys("Escape");
                terminal.keys("q");
                assertTrue(RunningBrowser.eventually(10, () -> !terminal.alive()), "q quits: " + terminal.screen());
            }
        }
    }

    /**
     * A key whose keydown listener never returns hangs the page's main thread: the keys
     * typed after it get no answer (a bounded number wait, the rest are dropped), and the
     * browser's own keys still work at once: Esc leaves the field, t opens a new tab.
     */
    @Test
    void keysToAHungPageNeverFreezeTheBrowser() throws Exception {
        try (TestServer server = new TestServer()) {
            String hang = server.page("/hang", "<html><head><title>KeyHang</title></head><body><p>Type h to hang.</p>"
                    + "<input id=f><script>document.getElementById('f').addEventListener('keydown',"
                    + " function (e) { if (e.key === 'h') { while (true) {} } });</script></body></html>");
            try (TmuxTerminal terminal = TmuxTerminal.start("mb-keyhang", 100, 30,
                    RunningBrowser.browserCommand("--hang-timeout-seconds=60", hang))) {
                assertTrue(terminal.shows("Type h to hang.", 60), terminal.screen());
                assertTrue(terminal.shows("ready", 30), terminal.screen());
                terminal.keys("Tab");
                assertTrue(terminal.shows("text field: type to edit", 10), terminal.screen());
                terminal.type("qz"); // q is typed, not quit
                assertTrue(terminal.shows("qz", 10), terminal.screen());
                terminal.type("h");
                terminal.type("x".repeat(KeyQueue.MAX_WAITING + 10)); // more than the tab's queue holds
                assertTrue(terminal.shows("page busy: key dropped", 10), "keys beyond the queue: " + terminal.screen());
                terminal.keys("Escape");
                terminal.keys("t");
                assertTrue(terminal.shows("2:", 10), "a new tab at once, while the page hangs: " + terminal.screen());
            }
        }
    }
}
