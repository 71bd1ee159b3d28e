package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import minibrowser.proto.TabState;
import org.junit.jupiter.api.Test;

class TabStatesTest {
    @Test
    void theWordsCtlPrints() {
        assertEquals("loading", TabStates.label(TabState.TAB_STATE_LOADING));
        assertEquals("ready", TabStates.label(TabState.TAB_STATE_READY));
        assertEquals("crashed", TabStates.label(TabState.TAB_STATE_CRASHED));
        assertEquals("unresponsive", TabStates.label(TabState.TAB_STATE_UNRESPONSIVE));
    }

    @Test
    void anUnsetStateReadsAsLoading() {
        assertEquals("loading", TabStates.label(TabState.TAB_STATE_UNSPECIFIED));
        assertEquals("loading", TabStates.label(TabState.UNRECOGNIZED));
    }

    @Test
    void eachWordNamesOneState() {
        // A program reading ctl tabs tells the states apart by their words alone.
        java.util.Set<String> words = new java.util.HashSet<>();
        for (TabState state : TabState.values()) {
            if (state == TabState.UNRECOGNIZED || state == TabState.TAB_STATE_UNSPECIFIED) continue;
            assertTrue(words.add(TabStates.label(state)), "one word for one state: " + state);
        }
    }
}
