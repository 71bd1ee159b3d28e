package minibrowser.common;

import minibrowser.proto.TabState;

/**
 * The word for each {@code TabState} of {@code common.proto}, in one place: what
 * {@code ctl tabs} prints (its JSON too), what the status line shows and what tests
 * and tools read. The words are part of the command line's output and stay as they
 * are: "loading", "ready", "crashed", "unresponsive".
 */
public final class TabStates {
    private TabStates() {}

    /** The word for {@code state}; an unset state (which the browser never sends) reads as "loading". */
    public static String label(TabState state) {
        return switch (state) {
            case TAB_STATE_READY -> "ready";
            case TAB_STATE_CRASHED -> "crashed";
            case TAB_STATE_UNRESPONSIVE -> "unresponsive";
            case TAB_STATE_LOADING, TAB_STATE_UNSPECIFIED, UNRECOGNIZED -> "loading";
        };
    }
}
