package minibrowser.browser.ui;

import static minibrowser.common.frame.CellGeometry.CELL_HEIGHT;
import static minibrowser.common.frame.CellGeometry.CELL_WIDTH;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import minibrowser.browser.Browser;
import minibrowser.browser.DisplayMode;
import minibrowser.browser.FocusedElement;
import minibrowser.common.ExitCode;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.MouseEvent;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminal browser's input side, on the thread that runs it ({@code main}):
 * raw mode and the alternate screen (restored on every way out), keys read through
 * JLine and turned into {@link Browser} calls, mouse reports (clicks, the wheel),
 * and SIGWINCH turned into a resize.
 *
 * <p>The key loop has modes: browsing, typing (address bar, find, link hints), help
 * and the task manager; each has its key map ({@link KeyBindings}).
 */
public final class TerminalUi {
    private final Terminal terminal;
    private final Attributes original;
    /** What the address bar suggests from history and bookmarks while the user types. */
    private final AddressSuggestions suggestions = new AddressSuggestions();
    private volatile boolean restored;

    private TerminalUi(Terminal terminal) {
        this.terminal = terminal;
        this.original = terminal.enterRawMode();
        terminal.puts(Capability.enter_ca_mode);
        terminal.puts(Capability.keypad_xmit);
        terminal.puts(Capability.cursor_invisible);
        terminal.flush();
    }

    /** Takes over the controlling terminal. */
    /**
     * Whether this process has a terminal to draw in: its controlling terminal,
     * {@code /dev/tty}, opens (started from a service, a pipe or {@code setsid} it has none).
     */
    public static boolean available() {
        try (java.io.FileInputStream tty = new java.io.FileInputStream("/dev/tty")) {
            return true;
        } catch (IOException none) {
            return false;
        }
    }

    public static TerminalUi open() throws IOException {
        return new TerminalUi(TerminalBuilder.builder().system(true).name("minibrowser").build());
    }

    /** The page area and cell grid for the terminal's current size. */
    public DisplayMode displayMode() {
        return DisplayMode.terminal(Math.max(20, terminal.getWidth()), Math.max(6, terminal.getHeight()), truecolor());
    }

    private static boolean truecolor() {
        String colorTerm = System.getenv().getOrDefault("COLORTERM", "");
        return colorTerm.contains("truecolor") || colorTerm.contains("24bit");
    }

    /** What the keys mean now. */
    private enum Mode { BROWSING, ADDRESS, FIND, HINTS, HELP, TASK_MANAGER }

    /**
     * Reads keys until the user quits; returns the exit code.
     *
     * @param tour the guided tour, which takes Space while it runs; null for none
     */
    public int run(Browser browser, minibrowser.browser.tour.Tour tour) {
        terminal.handle(Terminal.Signal.WINCH, signal -> browser.resize(displayMode()));
        terminal.handle(Terminal.Signal.INT, signal -> {
            restore();
            System.exit(ExitCode.NORMAL.code());
        });
        terminal.trackMouse(Terminal.MouseTracking.Normal);
        BindingReader reader = new BindingReader(terminal.reader());
        KeyMap<Key> browsing = KeyBindings.browsing(terminal);
        KeyMap<Key> editing = KeyBindings.editing(terminal);
        KeyMap<Key> taskKeys = KeyBindings.taskManager(terminal);
        PagePointer pointer = new PagePointer(browser);
        Mode mode = Mode.BROWSING;
        StringBuilder typed = new StringBuilder();
        TaskManager taskManager = null;
        while (true) {
            KeyMap<Key> keys = switch (mode) {
                case ADDRESS, FIND, HINTS -> editing;
                case TASK_MANAGER -> taskKeys;
                default -> browsing;
            };
            Key key = reader.readBinding(keys);
            if (key == null) return ExitCode.NORMAL.code(); // the terminal closed
            try {
                if (key == Key.MOUSE) {
                    MouseEvent event = terminal.readMouseEvent(reader::readCharacter, reader.getLastBinding());
                    if (mode == Mode.BROWSING) mouse(browser, pointer, event);
                    continue;
                }
                switch (mode) {
                    case ADDRESS, FIND, HINTS -> {
                        mode = typing(browser, pointer, mode, key, reader.getLastBinding(), typed);
                        continue;
                    }
                    case TASK_MANAGER -> {
                        if (taskKey(taskManager, key)) {
                            taskManager.close();
                            taskManager = null;
                            mode = Mode.BROWSING;
                        }
                        continue;
                    }
                    case HELP -> {
                        mode = Mode.BROWSING;
                        browser.updateChrome(chrome -> chrome.overlay = null);
                        if (key != Key.QUIT) continue; // any key closes help; q still quits
                    }
                    default -> { }
                }
                // A script dialog over the active tab takes Enter, Esc and, in a prompt, what is typed.
                String sequence = reader.getLastBinding();
                if (browser.dialogKey(sequence).get(2, TimeUnit.SECONDS)) continue;
                // The Unresponsive prompt takes w (Wait) and k (Kill) while it is shown.
                if ((sequence.equals("w") || sequence.equals("k"))
                        && browser.answerHangPrompt(sequence.equals("k")).get(2, TimeUnit.SECONDS)) {
                    continue;
                }
                // The tour takes Space (its next step) until its last step is done.
                if (tour != null && sequence.equals(" ") && tour.onSpace()) continue;
                FocusedElement inPage = pointer.pageFocus();
                if (inPage != null && keyForPage(pointer, inPage, key, sequence)) continue;
                switch (key) {
                    case SCROLL_DOWN -> scroll(browser, pointer, 3 * CELL_HEIGHT, false);
                    case SCROLL_UP -> scroll(browser, pointer, -3 * CELL_HEIGHT, false);
                    case PAGE_DOWN -> scroll(browser, pointer, pageHeight(), false);
                    case PAGE_UP -> scroll(browser, pointer, -pageHeight(), false);
                    case HOME -> scroll(browser, pointer, 0, true);
                    case END -> scroll(browser, pointer, Integer.MAX_VALUE / 2, true);
                    case NEXT_TAB -> { pointer.clear(null); browser.activateRelative(1); }
                    case PREVIOUS_TAB -> { pointer.clear(null); browser.activateRelative(-1); }
                    case NEW_TAB -> { pointer.clear(null); browser.openTab("about:home"); }
                    case CLOSE_TAB -> { pointer.clear(null); onActiveTab(browser, browser::closeTab); }
                    case RELOAD -> { pointer.clear(null); onActiveTab(browser, browser::reload); }
                    case BACK -> { pointer.clear(null); onActiveTab(browser, browser::goBack); }
                    case FORWARD -> { pointer.clear(null); onActiveTab(browser, browser::goForward); }
                    case FOCUS_NEXT_LINK -> pointer.moveFocus(1);
                    case FOCUS_PREVIOUS_LINK -> pointer.moveFocus(-1);
                    case FOLLOW_LINK -> {
                        String href = pointer.focusedLink();
                        if (href != null) {
                            pointer.clear(null);
                            followLink(browser, href);
                        }
                    }
                    case LINK_HINTS -> {
                        if (pointer.startHints()) {
                            typed.setLength(0);
                            mode = Mode.HINTS;
                        }
                    }
                    case FIND -> {
                        pointer.clear(null);
                        typed.setLength(0);
                        mode = Mode.FIND;
                        browser.updateChrome(chrome -> chrome.message = "find: ");
                    }
                    case FIND_NEXT -> pointer.findAgain(1);
                    case FIND_PREVIOUS -> pointer.findAgain(-1);
                    case CANCEL -> {
                        pointer.clear(null);
                        browser.updateChrome(chrome -> chrome.console = false);
                        if (browser.ipcInspector().isOpen()) browser.ipcInspector().toggle();
                    }
                    case CONSOLE -> browser.updateChrome(chrome -> chrome.console = !chrome.console);
                    case IPC_INSPECTOR -> browser.ipcInspector().toggle();
                    case BOOKMARK -> onActiveTab(browser, tab -> browser.bookmark(tab)
                            .thenRun(() -> browser.showMessage("bookmarked (about:bookmarks lists them)"))
                            .exceptionally(failed -> {
                                browser.showMessage("not bookmarked: " + minibrowser.browser.Browser.rootMessage(failed));
                                return null;
                            }));
                    case RESTORE_SESSION -> browser.acceptSessionRestore();
                    case IPC_PAUSE -> { if (browser.ipcInspector().isOpen()) browser.ipcInspector().togglePause(); }
                    case IPC_FILTER -> { if (browser.ipcInspector().isOpen()) browser.ipcInspector().nextFilter(); }
                    case TASK_MANAGER -> {
                        pointer.clear(null);
                        taskManager = TaskManager.open(browser);
                        mode = Mode.TASK_MANAGER;
                    }
                    case ADDRESS_BAR -> {
                        typed.setLength(0);
                        mode = Mode.ADDRESS;
                        browser.updateChrome(chrome -> chrome.editing = "");
                    }
                    case HELP -> {
                        mode = Mode.HELP;
                        browser.updateChrome(chrome -> chrome.overlay = HelpPage.lines(browser.language()));
                    }
                    case QUIT -> {
                        if (taskManager != null) taskManager.close();
                        return ExitCode.NORMAL.code();
                    }
                    default -> {
                        if (key.name().startsWith("BOOKMARK_")) {
                            pointer.clear(null);
                            openBookmark(browser, key.ordinal() - Key.BOOKMARK_1.ordinal());
                        }
                        if (key.name().startsWith("TAB_")) {
                            pointer.clear(null);
                            browser.activateIndex(key.ordinal() - Key.TAB_1.ordinal() + 1);
                        }
                    }
                }
            } catch (Exception noAnswer) {
                // A renderer that does not answer in time: the key does nothing, as in any browser.
                browser.updateChrome(chrome -> chrome.message = "no answer from the page: " + Browser.rootMessage(noAnswer));
            }
        }
    }

    /**
     * A key while an element of the page has focus: a text field takes every printable
     * key (browser shortcuts such as g or j included), Backspace and Enter, and Esc leaves
     * it; another control takes Enter. Tab, arrows, Page keys and Ctrl shortcuts stay the
     * browser's. The key is sent without waiting ({@link PagePointer#keyToPage}): a page
     * that does not answer costs its own keys only. Returns false for a key that is not the page's.
     */
    private static boolean keyForPage(PagePointer pointer, FocusedElement inPage, Key key, String sequence) {
        if (inPage.takesText()) {
            if (key == Key.CANCEL) {
                pointer.leavePage();
                return true;
            }
            if (sequence.codePointCount(0, sequence.length()) == 1 && sequence.codePointAt(0) >= 32
                    && sequence.codePointAt(0) != 127) {
                boolean shift = !sequence.toLowerCase(java.util.Locale.ROOT).equals(sequence);
                pointer.keyToPage(sequence, sequence, shift ? 1 : 0);
                return true;
            }
            if (key == Key.BACK && (sequence.equals("\u007f") || sequence.equals("\b"))) {
                pointer.keyToPage("Backspace", "", 0);
                return true;
            }
        }
        if (key == Key.FOLLOW_LINK && inPage.takesEnter()) {
            pointer.keyToPage("Enter", "", 0);
            return true;
        }
        return false;
    }

    /** A key while typing in the address bar, the find bar or link hints; returns the next mode. */
    private Mode typing(Browser browser, PagePointer pointer, Mode mode, Key key, String sequence, StringBuilder typed)
            throws Exception {
        switch (key) {
            case EDIT_INSERT -> typed.append(sequence);
            case EDIT_DELETE -> { if (typed.length() > 0) typed.setLength(typed.length() - 1); }
            case EDIT_CANCEL -> {
                if (mode == Mode.ADDRESS) {
                    suggestions.clear(browser);
                    browser.updateChrome(chrome -> chrome.editing = null);
                }
                else pointer.clear(null);
                return Mode.BROWSING;
            }
            case EDIT_UP, EDIT_DOWN -> {
                if (mode == Mode.ADDRESS) suggestions.move(browser, key == Key.EDIT_DOWN ? 1 : -1);
                return mode;
            }
            case EDIT_ENTER -> {
                String text = typed.toString();
                if (mode == Mode.ADDRESS) {
                    String chosen = suggestions.chosen();
                    suggestions.clear(browser);
                    browser.updateChrome(chrome -> chrome.editing = null);
                    pointer.clear(null);
                    follow(browser, chosen != null ? chosen : text);
                } else if (mode == Mode.FIND) {
                    if (text.isEmpty()) pointer.clear(null);
                    else pointer.find(text);
                } else if (mode == Mode.HINTS) {
                    return Mode.HINTS;
                }
                return Mode.BROWSING;
            }
            default -> { }
        }
        String text = typed.toString();
        switch (mode) {
            case ADDRESS -> {
                browser.updateChrome(chrome -> chrome.editing = text);
                suggestions.typed(browser, text);
            }
            case FIND -> browser.updateChrome(chrome -> chrome.message = "find: " + text);
            case HINTS -> {
                if (text.isEmpty()) return Mode.HINTS;
                String href = pointer.hintTyped(text);
                if (href == null) return Mode.BROWSING;   // no such label
                if (!href.isEmpty()) {
                    followLink(browser, href);
                    return Mode.BROWSING;
                }
            }
            default -> { }
        }
        return mode;
    }

    /** 1..9: the Nth bookmark (0-based {@code index}) in the active tab, as the bookmarks bar shows them. */
    private static void openBookmark(Browser browser, int index) {
        if (browser.profile() == null) return;
        browser.profile().bookmarks().thenAccept(bookmarks -> {
            if (index < bookmarks.size()) onActiveTab(browser, tab -> browser.navigate(tab, bookmarks.get(index).url()));
            else browser.showMessage("no bookmark " + (index + 1) + " (D bookmarks a page)");
        });
    }

    /** A key in the task manager; returns true when it closes the task manager. */
    private static boolean taskKey(TaskManager taskManager, Key key) throws Exception {
        if (taskManager.isAsking()) {
            if (key == Key.YES || key == Key.NO || key == Key.CLOSE) taskManager.answer(key == Key.YES);
            return false;
        }
        switch (key) {
            case ROW_UP -> taskManager.moveSelection(-1);
            case ROW_DOWN -> taskManager.moveSelection(1);
            case SHOW_THREADS -> taskManager.toggleThreads();
            case END_PROCESS -> taskManager.askToEnd();
            case CLOSE -> { return true; }
            default -> { }
        }
        return false;
    }

    /** The wheel scrolls; a click on the tab strip picks a tab; a click on the page follows a link there. */
    private void mouse(Browser browser, PagePointer pointer, MouseEvent event) {
        int column = event.getX();
        int row = event.getY();
        if (event.getType() == MouseEvent.Type.Wheel) {
            int lines = event.getButton() == MouseEvent.Button.WheelUp ? -3 : 3;
            scroll(browser, pointer, lines * CELL_HEIGHT, false);
        } else if (event.getType() == MouseEvent.Type.Pressed && event.getButton() == MouseEvent.Button.Button1) {
            int pageTop = browser.pageTop();
            int pageBottom = terminal.getHeight() - 1;
            if (row == 0) {
                pointer.clear(null);
                browser.clickTabStrip(column);
            } else if (row >= pageTop && row < pageBottom) {
                pointer.clear(null);
                browser.clickActive(column * CELL_WIDTH + CELL_WIDTH / 2, (row - pageTop) * CELL_HEIGHT + CELL_HEIGHT / 2)
                        .thenAccept(pointer::clicked); // a clicked text field takes the keys typed next
            }
        }
    }

    private static void scroll(Browser browser, PagePointer pointer, int deltaY, boolean absolute) {
        pointer.scrolled(browser.scrollActive(deltaY, absolute));
    }

    /**
     * Follows a link the page reported (Tab focus, a link hint): a navigation the page
     * asked for, which the browser checks ({@link Browser#followLinkInActiveTab}): one post to browser-ui.
     */
    private static void followLink(Browser browser, String href) {
        browser.followLinkInActiveTab(href);
    }

    /** Goes to {@code url}, which the user typed, in the active tab (a new tab when there is none). */
    private static void follow(Browser browser, String url) {
        onActiveTab(browser, tab -> browser.navigate(tab, url), () -> browser.openTab(url));
    }

    private static void onActiveTab(Browser browser, java.util.function.IntConsumer action) {
        onActiveTab(browser, action, () -> { });
    }

    private static void onActiveTab(Browser browser, java.util.function.IntConsumer action, Runnable noTab) {
        browser.activeTabId().thenAccept(tab -> {
            if (tab != 0) action.accept(tab);
            else noTab.run();
        });
    }

    private int pageHeight() {
        return Math.max(1, terminal.getHeight() - 4) * CELL_HEIGHT;
    }

    /** Leaves the alternate screen and raw mode. Safe to call more than once, from any thread. */
    public synchronized void restore() {
        if (restored) return;
        restored = true;
        try {
            terminal.trackMouse(Terminal.MouseTracking.Off);
            terminal.puts(Capability.cursor_visible);
            terminal.puts(Capability.keypad_local);
            terminal.puts(Capability.exit_ca_mode);
            terminal.flush();
            terminal.setAttributes(original);
            terminal.close();
        } catch (IOException | RuntimeException ignored) {
            // The terminal is already gone.
        }
    }
}
