package minibrowser.gpu.compositor;

import minibrowser.proto.TabState;

/**
 * The mark after a tab's title that tells its state at a glance. The marks are
 * ASCII on purpose: symbols such as an hourglass are two columns wide on some
 * terminals and one on others, which would shift everything after them.
 */
enum TabMark {
    NONE(' ', UiColors.TEXT),
    LOADING('~', UiColors.TEXT),
    UNRESPONSIVE('!', UiColors.UNRESPONSIVE_MARK),
    CRASHED('x', UiColors.CRASHED_MARK);

    private final char symbol;
    private final int color;

    TabMark(char symbol, int color) {
        this.symbol = symbol;
        this.color = color;
    }

    char symbol() {
        return symbol;
    }

    int color() {
        return color;
    }

    /** The mark for a {@code TabStripEntry.state} (none for an unset one). */
    static TabMark forState(TabState state) {
        return switch (state) {
            case TAB_STATE_LOADING -> LOADING;
            case TAB_STATE_UNRESPONSIVE -> UNRESPONSIVE;
            case TAB_STATE_CRASHED -> CRASHED;
            case TAB_STATE_READY, TAB_STATE_UNSPECIFIED, UNRECOGNIZED -> NONE;
        };
    }
}
