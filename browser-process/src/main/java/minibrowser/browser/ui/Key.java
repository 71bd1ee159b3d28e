package minibrowser.browser.ui;

/** What a key press means in the terminal browser (see the help page for the bindings). */
enum Key {
    SCROLL_DOWN, SCROLL_UP, PAGE_DOWN, PAGE_UP, HOME, END,
    NEXT_TAB, PREVIOUS_TAB, NEW_TAB, CLOSE_TAB,
    ADDRESS_BAR, RELOAD, BACK, FORWARD, HELP, QUIT,
    TAB_1, TAB_2, TAB_3, TAB_4, TAB_5, TAB_6, TAB_7, TAB_8, TAB_9,
    // Links and find in page:
    FOCUS_NEXT_LINK, FOCUS_PREVIOUS_LINK, FOLLOW_LINK, LINK_HINTS, FIND, FIND_NEXT, FIND_PREVIOUS, CANCEL,
    TASK_MANAGER,
    // The console panel (as Chromium's Ctrl-Shift-J):
    CONSOLE,
    // The IPC inspector: open or close it, and, while it is open, pause it and filter it by process:
    IPC_INSPECTOR, IPC_PAUSE, IPC_FILTER,
    // The profile: bookmark the page, open the Nth bookmark, restore the session a crash left:
    BOOKMARK, BOOKMARK_1, BOOKMARK_2, BOOKMARK_3, BOOKMARK_4, BOOKMARK_5, BOOKMARK_6, BOOKMARK_7, BOOKMARK_8, BOOKMARK_9,
    RESTORE_SESSION,
    // A key bound to nothing while browsing (a script dialog's prompt may want it):
    UNBOUND,
    // A mouse event follows (JLine reads the rest of it).
    MOUSE,
    // While typing (address bar, find, link hints):
    EDIT_ENTER, EDIT_CANCEL, EDIT_DELETE, EDIT_INSERT,
    // In the address bar: choose among the suggestions:
    EDIT_UP, EDIT_DOWN,
    // In the task manager:
    ROW_UP, ROW_DOWN, SHOW_THREADS, END_PROCESS, YES, NO, CLOSE
}
