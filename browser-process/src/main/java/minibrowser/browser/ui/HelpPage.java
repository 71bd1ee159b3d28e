package minibrowser.browser.ui;

import java.util.List;

/** The in-app help page (`?`, F1): every key, as the README's table lists them. */
final class HelpPage {
    private HelpPage() {}

    static final List<String> LINES = List.of(
            "",
            "  minibrowser keys                             (any key closes this page)",
            "",
            "  g  Ctrl-L          address bar: type a URL or a path, Enter goes, Esc cancels",
            "  t  Ctrl-T          new tab              w  Ctrl-W        close tab",
            "  ]  Ctrl-PgDn       next tab             [  Ctrl-PgUp     previous tab",
            "  Alt-1..9           go to tab N",
            "  Up Down j k        scroll               PgUp PgDn Space  scroll a page",
            "  Home End           top / bottom of the page",
            "  Tab  Shift-Tab     next / previous link or field  Enter   follow it / press it",
            "  in a text field    keys type into it    Enter submits    Esc leaves the field",
            "  f                  link hints: type the label on a link to follow it",
            "  /                  find in page         n  N             next / previous match",
            "  Esc                clear find, link focus and hints; close the console and the IPC inspector",
            "  J                  the tab's console: what its scripts logged (J or Esc closes)",
            "  I                  IPC inspector: every process's gRPC calls, live (p pauses, o filters, I closes)",
            "  Backspace Alt-Left back                 Alt-Right        forward",
            "  r  Ctrl-R  F5      reload (a crashed tab gets a new renderer process)",
            "  T  Shift-Esc       task manager: Up/Down, Enter threads, k/Del end process",
            "  D  Ctrl-D          bookmark the page    1..9             open the Nth bookmark (about:bookmarks)",
            "  R                  after a crash: restore the tabs it left   about:history lists visits",
            "  ?  F1              this help            q  Ctrl-Q        quit",
            "  mouse              click links and tabs; the wheel scrolls",
            "",
            "  Unresponsive page: w waits, k kills its renderer.",
            "  A page's alert/confirm/prompt: Enter OK, Esc Cancel; type to edit a prompt's text.",
            "  Kill a tab's renderer from another terminal: kill -9 PID (PID on the status line).");
}
