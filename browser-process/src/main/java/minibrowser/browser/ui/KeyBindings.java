package minibrowser.browser.ui;

import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

/**
 * The key bindings, as JLine key maps: one for browsing (which also reads every
 * printable key, for a text field of the page), one for typing (the address bar, find
 * in page, link hints), one for the task manager. JLine turns
 * the terminal's escape sequences into these keys.
 *
 * <p>Terminals differ in what they send for a key: where two forms are common
 * (xterm's {@code ESC [ 1 ; 3 D} and the older {@code ESC ESC [ D} for Alt-Left)
 * both are bound. Shift-Esc reaches a program as a plain Esc in most terminals,
 * so {@code T} opens the task manager everywhere; the xterm and kitty encodings of
 * Shift-Esc are bound for the terminals that send them.
 */
final class KeyBindings {
    private KeyBindings() {}

    /** The prefixes of mouse reports: X10/UTF-8 ({@code ESC [ M}) and SGR ({@code ESC [ <}). */
    private static final String[] MOUSE = {"\033[M", "\033[<"};

    /**
     * How long a lone ESC waits for the rest of an escape sequence before it counts as
     * the Esc key. A key such as Ctrl-PgDn arrives as ESC [ 6 ; 5 ~, normally in one read;
     * on a busy machine its bytes can arrive apart, and cutting it short would read ESC,
     * then "[" (previous tab). vim waits 100 ms, tmux 500 ms.
     */
    private static final long ESCAPE_WAIT_MS = 200;

    static KeyMap<Key> browsing(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        bind(keys, Key.SCROLL_DOWN, KeyMap.key(terminal, Capability.key_down), "j", "\033[B", "\033OB");
        bind(keys, Key.SCROLL_UP, KeyMap.key(terminal, Capability.key_up), "k", "\033[A", "\033OA");
        bind(keys, Key.PAGE_DOWN, KeyMap.key(terminal, Capability.key_npage), " ", "\033[6~");
        bind(keys, Key.PAGE_UP, KeyMap.key(terminal, Capability.key_ppage), "\033[5~");
        bind(keys, Key.HOME, KeyMap.key(terminal, Capability.key_home), "\033[H", "\033[1~", "\033OH");
        bind(keys, Key.END, KeyMap.key(terminal, Capability.key_end), "\033[F", "\033[4~", "\033OF");
        bind(keys, Key.NEXT_TAB, "]", "\033[6;5~");
        bind(keys, Key.PREVIOUS_TAB, "[", "\033[5;5~");
        bind(keys, Key.NEW_TAB, "t", KeyMap.ctrl('T'));
        bind(keys, Key.CLOSE_TAB, "w", KeyMap.ctrl('W'));
        bind(keys, Key.ADDRESS_BAR, "g", KeyMap.ctrl('L'));
        bind(keys, Key.RELOAD, "r", KeyMap.ctrl('R'), "\033[15~");
        bind(keys, Key.BACK, KeyMap.del(), "\b", "\033[1;3D", "\033\033[D", "b");
        bind(keys, Key.FORWARD, "\033[1;3C", "\033\033[C");
        bind(keys, Key.HELP, "?", "\033OP", "\033[11~");
        bind(keys, Key.QUIT, "q", KeyMap.ctrl('Q'));
        bind(keys, Key.FOCUS_NEXT_LINK, "\t");
        bind(keys, Key.FOCUS_PREVIOUS_LINK, KeyMap.key(terminal, Capability.back_tab), "\033[Z");
        bind(keys, Key.FOLLOW_LINK, "\r", "\n");
        bind(keys, Key.LINK_HINTS, "f");
        bind(keys, Key.FIND, "/");
        bind(keys, Key.FIND_NEXT, "n");
        bind(keys, Key.FIND_PREVIOUS, "N");
        bind(keys, Key.CANCEL, KeyMap.esc());
        bind(keys, Key.TASK_MANAGER, "T", "\033[27;2;27~", "\033[27;2u");
        bind(keys, Key.CONSOLE, "J");
        bind(keys, Key.IPC_INSPECTOR, "I");
        // While the IPC inspector is open: p pauses it, o picks the process it shows (else unbound).
        bind(keys, Key.IPC_PAUSE, "p");
        bind(keys, Key.IPC_FILTER, "o");
        bind(keys, Key.BOOKMARK, "D", KeyMap.ctrl('D'));
        bind(keys, Key.RESTORE_SESSION, "R");
        Key[] bookmarks = {Key.BOOKMARK_1, Key.BOOKMARK_2, Key.BOOKMARK_3, Key.BOOKMARK_4, Key.BOOKMARK_5, Key.BOOKMARK_6,
                Key.BOOKMARK_7, Key.BOOKMARK_8, Key.BOOKMARK_9};
        for (int i = 0; i < bookmarks.length; i++) bind(keys, bookmarks[i], String.valueOf((char) ('1' + i)));
        bind(keys, Key.MOUSE, MOUSE);
        // Every other key is read too, for a script dialog's prompt and a focused text field of the
        // page (TerminalUi gives even a bound key, such as g or j, to the field while one has focus).
        keys.setNomatch(Key.UNBOUND);
        keys.setUnicode(Key.UNBOUND);
        Key[] tabs = {Key.TAB_1, Key.TAB_2, Key.TAB_3, Key.TAB_4, Key.TAB_5, Key.TAB_6, Key.TAB_7, Key.TAB_8, Key.TAB_9};
        for (int i = 0; i < tabs.length; i++) bind(keys, tabs[i], KeyMap.alt((char) ('1' + i)));
        return keys;
    }

    static KeyMap<Key> editing(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        bind(keys, Key.EDIT_UP, KeyMap.key(terminal, Capability.key_up), "\033[A", "\033OA");
        bind(keys, Key.EDIT_DOWN, KeyMap.key(terminal, Capability.key_down), "\033[B", "\033OB");
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        keys.setUnicode(Key.EDIT_INSERT);
        for (char c = 32; c < 127; c++) keys.bind(Key.EDIT_INSERT, String.valueOf(c));
        bind(keys, Key.EDIT_ENTER, "\r", "\n");
        bind(keys, Key.EDIT_CANCEL, KeyMap.esc());
        bind(keys, Key.EDIT_DELETE, KeyMap.del(), "\b");
        bind(keys, Key.MOUSE, MOUSE);
        return keys;
    }

    static KeyMap<Key> taskManager(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        keys.setAmbiguousTimeout(ESCAPE_WAIT_MS);
        bind(keys, Key.ROW_UP, KeyMap.key(terminal, Capability.key_up), "\033[A", "\033OA");
        bind(keys, Key.ROW_DOWN, KeyMap.key(terminal, Capability.key_down), "\033[B", "\033OB", "j");
        bind(keys, Key.SHOW_THREADS, "\r", "\n");
        bind(keys, Key.END_PROCESS, "k", KeyMap.key(terminal, Capability.key_dc), "\033[3~");
        bind(keys, Key.YES, "y", "Y");
        bind(keys, Key.NO, "n", "N");
        bind(keys, Key.CLOSE, KeyMap.esc(), "T", "q", "\033[27;2;27~", "\033[27;2u");
        bind(keys, Key.MOUSE, MOUSE);
        return keys;
    }

    private static void bind(KeyMap<Key> keys, Key key, String... sequences) {
        for (String sequence : sequences) {
            if (sequence != null && !sequence.isEmpty()) keys.bind(key, sequence);
        }
    }
}
