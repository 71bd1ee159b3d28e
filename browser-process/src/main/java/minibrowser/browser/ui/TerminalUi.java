package minibrowser.browser.ui;

import java.io.IOException;
import minibrowser.browser.Browser;
import minibrowser.browser.DisplayMode;
import minibrowser.common.ExitCode;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp.Capability;

/**
 * The terminal browser's input side, on the thread that runs it ({@code main}):
 * raw mode and the alternate screen (restored on every way out), keys read through
 * JLine and turned into {@link Browser} calls, and SIGWINCH turned into a resize.
 */
public final class TerminalUi {
    static final int LINE = 16;          // one terminal row in CSS pixels
    private final Terminal terminal;
    private final Attributes original;
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

    /** Reads keys until the user quits; returns the exit code. */
    public int run(Browser browser) {
        terminal.handle(Terminal.Signal.WINCH, signal -> browser.resize(displayMode()));
        terminal.handle(Terminal.Signal.INT, signal -> {
            restore();
            System.exit(ExitCode.NORMAL.code());
        });
        BindingReader reader = new BindingReader(terminal.reader());
        KeyMap<Key> browsing = KeyBindings.browsing(terminal);
        KeyMap<Key> editing = KeyBindings.editing();
        StringBuilder address = null;
        boolean help = false;
        while (true) {
            Key key = reader.readBinding(address == null ? browsing : editing);
            if (key == null) return ExitCode.NORMAL.code(); // the terminal closed
            if (address != null) {
                switch (key) {
                    case EDIT_INSERT:
                        address.append(reader.getLastBinding());
                        break;
                    case EDIT_DELETE:
                        if (address.length() > 0) address.setLength(address.length() - 1);
                        break;
                    case EDIT_ENTER:
                        String typed = address.toString();
                        browser.activeTabId().thenAccept(tab -> {
                            if (tab == 0) browser.openTab(typed);
                            else browser.navigate(tab, typed);
                        });
                        address = null;
                        break;
                    case EDIT_CANCEL:
                        address = null;
                        break;
                    default:
                        break;
                }
                String shown = address == null ? null : address.toString();
                browser.updateChrome(chrome -> chrome.editing = shown);
                continue;
            }
            if (help && key != Key.QUIT) {
                help = false;
                browser.updateChrome(chrome -> chrome.overlay = null);
                if (key == Key.HELP) continue;
            }
            switch (key) {
                case SCROLL_DOWN: browser.scrollActive(3 * LINE, false); break;
                case SCROLL_UP: browser.scrollActive(-3 * LINE, false); break;
                case PAGE_DOWN: browser.scrollActive(pageHeight(), false); break;
                case PAGE_UP: browser.scrollActive(-pageHeight(), false); break;
                case HOME: browser.scrollActive(0, true); break;
                case END: browser.scrollActive(Integer.MAX_VALUE / 2, true); break;
                case NEXT_TAB: browser.activateRelative(1); break;
                case PREVIOUS_TAB: browser.activateRelative(-1); break;
                case NEW_TAB: browser.openTab("about:home"); break;
                case CLOSE_TAB: browser.activeTabId().thenAccept(tab -> { if (tab != 0) browser.closeTab(tab); }); break;
                case RELOAD: browser.activeTabId().thenAccept(tab -> { if (tab != 0) browser.reload(tab); }); break;
                case BACK: browser.activeTabId().thenAccept(tab -> { if (tab != 0) browser.goBack(tab); }); break;
                case FORWARD: browser.activeTabId().thenAccept(tab -> { if (tab != 0) browser.goForward(tab); }); break;
                case ADDRESS_BAR:
                    address = new StringBuilder();
                    browser.updateChrome(chrome -> chrome.editing = "");
                    break;
                case HELP:
                    help = true;
                    browser.updateChrome(chrome -> chrome.overlay = HelpPage.LINES);
                    break;
                case QUIT:
                    return ExitCode.NORMAL.code();
                default:
                    if (key.name().startsWith("TAB_")) browser.activateIndex(key.ordinal() - Key.TAB_1.ordinal() + 1);
                    break;
            }
        }
    }

    private int pageHeight() {
        return Math.max(1, terminal.getHeight() - 4) * LINE;
    }

    /** Leaves the alternate screen and raw mode. Safe to call more than once, from any thread. */
    public synchronized void restore() {
        if (restored) return;
        restored = true;
        try {
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
