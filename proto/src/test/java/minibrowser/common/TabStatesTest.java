package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        for (TabState state : TabState.values()) {
            if (state == TabState.UNRECOGNIZED || state == TabState.TAB_STATE_UNSPECIFIED) continue;
            assertEquals(state, TabStates.fromLabel(TabStates.label(state)));
        }
        assertThrows(IllegalArgumentException.class, () -> TabStates.fromLabel("asleep"));
    }
}
