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

    /**
     * The word for {@code state} as the status line shows it in {@code language}: the
     * English words above, or Korean ones (for people; programs read {@link #label(TabState)}).
     */
    public static String label(TabState state, Language language) {
        if (language == Language.ENGLISH) return label(state);
        return switch (state) {
            case TAB_STATE_READY -> "준비됨";
            case TAB_STATE_CRASHED -> "비정상 종료됨";
            case TAB_STATE_UNRESPONSIVE -> "응답 없음";
            case TAB_STATE_LOADING, TAB_STATE_UNSPECIFIED, UNRECOGNIZED -> "불러오는 중";
        };
    }
}
