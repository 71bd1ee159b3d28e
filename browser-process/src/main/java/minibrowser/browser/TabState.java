package minibrowser.browser;

import minibrowser.common.TabStates;

/**
 * What a tab is doing, as {@code ctl tabs} and the tab strip show it: the browser's
 * side of {@code TabState} in {@code common.proto}, which it sends; the words are
 * {@link TabStates}'.
 */
public enum TabState {
    LOADING(minibrowser.proto.TabState.TAB_STATE_LOADING),
    READY(minibrowser.proto.TabState.TAB_STATE_READY),
    CRASHED(minibrowser.proto.TabState.TAB_STATE_CRASHED),
    UNRESPONSIVE(minibrowser.proto.TabState.TAB_STATE_UNRESPONSIVE);

    private final minibrowser.proto.TabState wire;

    TabState(minibrowser.proto.TabState wire) {
        this.wire = wire;
    }

    /** The value sent in TabInfo and TabStripEntry. */
    public minibrowser.proto.TabState wire() {
        return wire;
    }

    public String label() {
        return TabStates.label(wire);
    }

    /** The word in {@code language}, for the status line. */
    public String label(minibrowser.common.Language language) {
        return TabStates.label(wire, language);
    }
}
