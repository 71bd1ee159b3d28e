package minibrowser.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TabIdsTest {
    @Test
    void carriesTheId() {
        assertEquals(7, TabIds.of(7).getValue());
        assertEquals(TabIds.of(7), TabIds.of(7));
    }

    @Test
    void zeroIsTheUnsetTab() {
        assertEquals(minibrowser.proto.TabId.getDefaultInstance(), TabIds.of(0));
    }
}
